import { erfc, twoSidedZ, upperTail } from "../../src/kpi/normal";

// Reference values: Excel's NORM.S.INV and NORM.S.DIST as printed to 15 significant digits, and erfc from tables.
describe("the two-sided z of a confidence level", () => {
  it.each([
    [0.95, 1.95996398454005], // NORM.S.INV(0.975)
    [0.9, 1.64485362695147], // NORM.S.INV(0.95)
    [0.99, 2.5758293035489], // NORM.S.INV(0.995)
    [0.5, 0.674489750196082], // NORM.S.INV(0.75)
    [0.999, 3.2905267314919], // NORM.S.INV(0.9995)
  ])("at %p is NORM.S.INV(1 − (1 − c) / 2) = %p", (confidence, z) => {
    expect(twoSidedZ(confidence)).toBeCloseTo(z, 13);
  });

  it("goes to 0 as the confidence goes to 0", () => {
    // For small c, z ≈ c × √(π/2)
    expect(twoSidedZ(1e-6)).toBeCloseTo(1e-6 * Math.sqrt(Math.PI / 2), 15);
  });
});

describe("the normal tail", () => {
  it("matches NORM.S.DIST(1.96, TRUE) = 0.975002104851780", () => {
    expect(1 - upperTail(1.96)).toBeCloseTo(0.97500210485178, 14);
  });

  it("is symmetric and a half at 0", () => {
    expect(upperTail(0)).toBe(0.5);
    expect(upperTail(-1.5) + upperTail(1.5)).toBeCloseTo(1, 15);
  });

  it("keeps its relative precision far into the tail", () => {
    // erfc(1) = 0.157299207050285, erfc(3) = 2.20904969985854e-5, erfc(6) = 2.15197367124989e-17
    expect(erfc(1) / 0.157299207050285).toBeCloseTo(1, 13);
    expect(erfc(3) / 2.20904969985854e-5).toBeCloseTo(1, 13);
    expect(erfc(6) / 2.15197367124989e-17).toBeCloseTo(1, 12);
  });
});

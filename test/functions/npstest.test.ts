import { nps, npsTest } from "../../src/functions/sentiment";
import { column, excelError } from "../support/excel";

// Answers with the given numbers of promoters (10), passives (7) and detractors (0).
function answers(promoters: number, passives: number, detractors: number): unknown[][] {
  return column(
    ...Array(promoters).fill(10),
    ...Array(passives).fill(7),
    ...Array(detractors).fill(0)
  );
}

// Last month: 50 promoters, 30 passives, 20 detractors (NPS 30); this month: 40, 30, 30 (NPS 10).
const lastMonth = answers(50, 30, 20);
const thisMonth = answers(40, 30, 30);

function row(result: unknown): number[] {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as number[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(5);
  return rows[0];
}

describe("WOM.NPSTEST", () => {
  it("spills NPS A, NPS B, B − A, its margin and the p-value, the p-value checked independently", () => {
    // var A = 0.5 + 0.2 − 0.3² = 0.61; var B = 0.4 + 0.3 − 0.1² = 0.69
    // SE = √(0.61/100 + 0.69/100) = √0.013 = 0.1140175425; z = (0.1 − 0.3) / SE = −1.7541160386
    // margin = 1.9599639845 × 0.1140175425 × 100 = 22.3470276925
    // p = 2 × (1 − Φ(1.7541160386)): a normal table gives Φ(1.75) = 0.95994 and Φ(1.76) = 0.96080,
    // so Φ(1.75412) ≈ 0.95994 + 0.412 × 0.00086 = 0.96029 and p ≈ 0.0794; python3's
    // statistics.NormalDist().cdf gives p = 2 × (1 − 0.960294687) = 0.07941062599894222.
    const [a, b, difference, margin, p] = row(npsTest(lastMonth, thisMonth));
    expect(a).toBe(30);
    expect(b).toBeCloseTo(10, 12);
    expect(difference).toBeCloseTo(-20, 12);
    expect(margin).toBeCloseTo(22.347027692519557, 9);
    expect(p).toBeCloseTo(0.07941062599894222, 12);
    expect(Math.abs(p - 0.0794)).toBeLessThan(1e-4);
  });

  it("shows the same scores as WOM.NPS in the plain form", () => {
    const [a, b] = row(npsTest(lastMonth, thisMonth));
    expect(a).toBe(nps(lastMonth));
    expect(b).toBe(nps(thisMonth));
  });

  it("gives B − A: swapping the samples flips the difference and keeps the margin and p-value", () => {
    const forward = row(npsTest(lastMonth, thisMonth));
    const backward = row(npsTest(thisMonth, lastMonth));
    expect(backward[2]).toBeCloseTo(-forward[2], 12);
    expect(backward[3]).toBeCloseTo(forward[3], 12);
    expect(backward[4]).toBeCloseTo(forward[4], 12);
  });

  it("widens only the margin at a higher confidence; the p-value does not depend on it", () => {
    // margin at 99 % = NORM.S.INV(0.995) × √0.013 × 100 = 2.5758293035489004 × 0.1140175425 × 100
    const at99 = row(npsTest(lastMonth, thisMonth, "99%"));
    expect(at99[3]).toBeCloseTo(2.5758293035489004 * Math.sqrt(0.013) * 100, 9);
    expect(at99[4]).toBeCloseTo(0.07941062599894222, 12);
  });

  it("uses Rocks's adjusted Wald form with adjusted_wald TRUE, checked independently", () => {
    // A: P = 50.75, D = 20.75, n = 103; B: P = 40.75, D = 30.75, n = 103
    // scores (P − D) / (n + 3) × 100: 30/103 × 100 = 29.126213592, 10/103 × 100 = 9.708737864
    // var A = 71.5/103 − (30/103)², var B = 71.5/103 − (10/103)²; SE = √((var A + var B) / 103) = 0.1120891602
    // z = (10 − 30)/103 / SE = −1.7323241327; python3's statistics.NormalDist gives p = 0.08321586753157129
    const [a, b, difference, margin, p] = row(npsTest(lastMonth, thisMonth, null, true));
    expect(a).toBeCloseTo(3000 / 103, 12);
    expect(b).toBeCloseTo(1000 / 103, 12);
    expect(difference).toBeCloseTo(-2000 / 103, 12);
    expect(margin).toBeCloseTo(21.969071710982593, 9);
    expect(p).toBeCloseTo(0.08321586753157129, 12);
  });

  it("finds a clear change significant: 90 promoters of 100 against 10", () => {
    // A: p = 0.1, d = 0.9 → NPS −80, var 1 − 0.64 = 0.36; B: NPS +80, var 0.36; SE = √0.0072 = 0.0848528
    // z = 1.6 / 0.0848528 = 18.8561808; p = 2 × P(Z > z) = erfc(z / √2), which python3's math.erfc
    // gives as 2.6143603688394882e-79: far below 0.05, yet not rounded to 0
    const [, , difference, , p] = row(npsTest(answers(10, 0, 90), answers(90, 0, 10)));
    expect(difference).toBeCloseTo(160, 10);
    expect(p / 2.6143603688394882e-79).toBeCloseTo(1, 10);
  });

  it("gives a p-value of 1 for two samples with the same NPS", () => {
    expect(row(npsTest(answers(5, 3, 2), answers(10, 6, 4)))[4]).toBeCloseTo(1, 12);
  });

  it("reads survey-export answers and skips blanks", () => {
    // A: "10 - Extremely likely", "0 = not at all" → NPS 0; B: "9 (very likely)", "8 – good" → NPS 50
    const a = column("10 - Extremely likely", null, "0 = not at all");
    const b = column("9 (very likely)", "8 – good", "");
    const [scoreA, scoreB, difference] = row(npsTest(a, b));
    expect([scoreA, scoreB, difference]).toEqual([0, 50, 50]);
  });

  it("gives #DIV/0! in the plain form when each sample has all its answers in one group", () => {
    // A all promoters, B all detractors: both variances are 0, so SE = 0
    expect(excelError(npsTest(column(10, 9), column(0, 3)))?.code).toBe("#DIV/0!");
    // The adjusted form adds answers to every group and always has a spread.
    const [, , difference, margin, p] = row(npsTest(column(10, 9), column(0, 3), null, true));
    // (0 − 2)/5 − (2 − 0)/5 = −0.8 → −80 points
    expect(difference).toBeCloseTo(-80, 10);
    expect(margin).toBeGreaterThan(0);
    expect(p).toBeGreaterThan(0);
  });

  it("names the sample with no answers, a bad answer and a bad option", () => {
    expect(excelError(npsTest(column(null), lastMonth))?.code).toBe("#DIV/0!");
    expect(excelError(npsTest(lastMonth, column(9, "11 - too much")))).toEqual({
      code: "#VALUE!",
      message: 'answer "11 - too much" in row 2 of answers_b is outside 0-10',
    });
    expect(excelError(npsTest(lastMonth, thisMonth, 1.5))?.code).toBe("#NUM!");
    expect(excelError(npsTest(lastMonth, thisMonth, null, "adjusted"))).toEqual({
      code: "#VALUE!",
      message: 'adjusted_wald "adjusted" is not TRUE or FALSE',
    });
  });
});

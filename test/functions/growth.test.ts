import { growth, kFactorOf } from "../../src/functions/growth";
import { column, excelError } from "../support/excel";

describe("WOM.KFACTOR", () => {
  it("multiplies invitations per user by their conversion", () => {
    // 5 invitations × 0.3 conversion = 1.5 new users per user
    expect(kFactorOf(5, 0.3)).toBeCloseTo(1.5, 12);
    expect(kFactorOf("4", "25%")).toBe(1);
  });

  it("gives #NUM! for a conversion above 1 or negative invitations", () => {
    expect(excelError(kFactorOf(5, 30))?.code).toBe("#NUM!");
    expect(excelError(kFactorOf(-5, 0.3))?.code).toBe("#NUM!");
  });

  it("is #N/A naming a blank argument", () => {
    expect(excelError(kFactorOf(null, 0.3))?.message).toBe("invites_per_user is required");
  });
});

describe("WOM.GROWTH", () => {
  it("gives the article's 100 → 200 → 400 a week as 1, that is 100 % a week", () => {
    expect(growth(column(100, 200, 400))).toBe(1);
  });

  it("reads a row as well as a column", () => {
    expect(growth([[100, 200, 400]])).toBe(1);
  });

  it("compounds over the periods: 8 → 27 over three periods is 0.5 a period", () => {
    // (27 / 8)^(1/3) = 1.5
    expect(growth(column(8, 12, 18, 27))).toBeCloseTo(0.5, 12);
  });

  it("counts a blank period between figures, and ignores blanks at either end", () => {
    // 100, (no figure), 400: still two periods → 1
    expect(growth(column(null, 100, null, 400, ""))).toBe(1);
  });

  it("is negative for a shrinking series and −1 when it falls to zero", () => {
    // 400 → 100 over 2 periods: (1/4)^(1/2) − 1 = −0.5
    expect(growth(column(400, 200, 100))).toBe(-0.5);
    expect(growth(column(50, 0))).toBe(-1);
  });

  it("gives #DIV/0! for a first value of zero or fewer than two values", () => {
    expect(excelError(growth(column(0, 10)))?.code).toBe("#DIV/0!");
    expect(excelError(growth(column(100)))?.code).toBe("#DIV/0!");
    expect(excelError(growth([[]]))?.code).toBe("#DIV/0!");
  });

  it("rejects a 2-D range, a negative count and text", () => {
    expect(
      excelError(
        growth([
          [1, 2],
          [3, 4],
        ])
      )?.message
    ).toBe("series must be one row or one column");
    expect(excelError(growth(column(100, -5)))?.message).toBe("-5 in row 2 of series is negative");
    expect(excelError(growth([[100, "n/a"]]))?.message).toBe(
      '"n/a" in row 1, column 2 of series is not a number'
    );
  });

  it("stays finite when the ratio of last to first overflows", () => {
    // (1e300 / 1e-300)^(1/10) = 1e60, though 1e300 / 1e-300 itself is beyond a double
    const series = column(1e-300, ...Array(9).fill(null), 1e300);
    expect((growth(series) as number) / 1e60).toBeCloseTo(1, 9);
  });
});

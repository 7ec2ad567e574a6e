import { rateCi } from "../../src/functions/intervals";
import { column, excelError } from "../support/excel";

// z for 95 % as Excel's NORM.S.INV(0.975) gives it.
const Z95 = 1.959963984540054;

function bounds(result: unknown): [number, number] {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as number[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(2);
  return [rows[0][0], rows[0][1]];
}

describe("WOM.RATECI", () => {
  it("gives 0.05523 to 0.17437 for 10 of 100 at 95 %", () => {
    // z² = 3.8414588; centre = (10 + z²/2) / (100 + z²) = 11.9207294 / 103.8414588 = 0.1147976
    // half = z / (100 + z²) × √(10 × 90 / 100 + z²/4) = 1.9599640 / 103.8414588 × √9.9603647 = 0.0595685
    const [lower, upper] = bounds(rateCi([[10]], [[100]]));
    expect(lower).toBeCloseTo(0.05523, 5);
    expect(upper).toBeCloseTo(0.17437, 5);
  });

  it("matches Wilson's formula written out with x and n", () => {
    // 37 of 100 at 95 %: (x + z²/2 ± z √(x(n − x)/n + z²/4)) / (n + z²)
    const z2 = Z95 * Z95;
    const half = Z95 * Math.sqrt((37 * 63) / 100 + z2 / 4);
    const [lower, upper] = bounds(rateCi([[37]], [[100]]));
    expect(lower).toBeCloseTo((37 + z2 / 2 - half) / (100 + z2), 12);
    expect(upper).toBeCloseTo((37 + z2 / 2 + half) / (100 + z2), 12);
  });

  it("starts at exactly 0 with no successes and ends at exactly 1 with all of them", () => {
    // 0 of 20: upper = z² / (20 + z²) = 3.8414588 / 23.8414588 = 0.161124
    const [lower, upper] = bounds(rateCi([[0]], [[20]]));
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo((Z95 * Z95) / (20 + Z95 * Z95), 12);
    const [allLower, allUpper] = bounds(rateCi([[20]], [[20]]));
    expect(allUpper).toBe(1);
    expect(allLower).toBeCloseTo(20 / (20 + Z95 * Z95), 12);
  });

  it("narrows at a lower confidence and widens at a higher one", () => {
    const [lower90, upper90] = bounds(rateCi([[10]], [[100]], 0.9));
    const [lower99, upper99] = bounds(rateCi([[10]], [[100]], "99%"));
    expect(upper90 - lower90).toBeLessThan(0.17437 - 0.05523);
    expect(upper99 - lower99).toBeGreaterThan(0.17437 - 0.05523);
  });

  it("sums ranges, so that a rate's parts can be given per segment", () => {
    // successes 4 + 6 = 10, total 60 + 40 = 100: the same interval as 10 of 100
    const [lower, upper] = bounds(rateCi(column(4, null, 6), column(60, 40)));
    expect(lower).toBeCloseTo(0.05523, 5);
    expect(upper).toBeCloseTo(0.17437, 5);
  });

  it("names more successes than the total", () => {
    expect(excelError(rateCi([[120]], [[100]]))).toEqual({
      code: "#VALUE!",
      message: "successes 120 is more than total 100",
    });
  });

  it("gives #DIV/0! for a zero total, #NUM! for a confidence outside 0 to 1, #VALUE! for text", () => {
    expect(excelError(rateCi([[0]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(rateCi(column(null), [[10]]))?.code).toBe("#DIV/0!");
    expect(excelError(rateCi([[1]], [[10]], 1))?.code).toBe("#NUM!");
    expect(excelError(rateCi([[1]], [[10]], 95))?.code).toBe("#NUM!");
    expect(excelError(rateCi(column("ten"), [[10]]))?.message).toBe(
      '"ten" in row 1 of successes is not a number'
    );
  });
});

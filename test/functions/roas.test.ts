import { roas, roi } from "../../src/functions/action";
import { column, excelError } from "../support/excel";

describe("WOM.ROAS", () => {
  it("divides revenue by ad spend: 5 back for each 1 spent is 5", () => {
    expect(roas([[500]], [[100]])).toBe(5);
  });

  it("is the worked example's 6,000 / 250 = 24, one more than its ROI of 23", () => {
    expect(roas([[6000]], [[250]])).toBe(24);
    expect(roi([[6000]], [[250]])).toBe(23);
  });

  it("sums ranges of revenue and spend, skipping blanks", () => {
    // revenue 1,000 + 2,000 = 3,000; spend 400 + 200 = 600 → 5
    expect(roas(column(1000, null, 2000), column(400, "", 200))).toBe(5);
  });

  it("is below 1 when the ads lost money, and 0 with no revenue", () => {
    expect(roas([[80]], [[100]])).toBe(0.8);
    expect(roas([[0]], [[100]])).toBe(0);
  });

  it("gives #DIV/0! with no spend or no revenue figure", () => {
    expect(excelError(roas([[100]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(roas(column(null), [[10]]))?.code).toBe("#DIV/0!");
  });

  it("names text and negative amounts", () => {
    expect(excelError(roas(column(100, "lots"), [[10]]))).toEqual({
      code: "#VALUE!",
      message: '"lots" in row 2 of revenue is not a number',
    });
    expect(excelError(roas([[100]], column(10, -5)))?.message).toBe(
      "-5 in row 2 of ad_spend is negative"
    );
  });
});

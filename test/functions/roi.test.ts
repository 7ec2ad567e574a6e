import { roi } from "../../src/functions/action";
import { column, excelError } from "../support/excel";

describe("WOM.ROI", () => {
  it("gives the worked example's ROI: (6000 − 250) / 250 = 23", () => {
    expect(roi([[6000]], [[250]])).toBe(23);
  });

  it("gives 25.56 when the worked example's EMV of 640 is counted as return", () => {
    // (6000 + 640 − 250) / 250 = 6390 / 250 = 25.56
    expect(roi([[6000 + 640]], [[250]])).toBeCloseTo(25.56, 12);
  });

  it("sums ranges of return and cost", () => {
    // return 3600 + 2400 = 6000; cost 100 + 150 = 250
    expect(roi(column(3600, 2400), column(100, null, 150))).toBe(23);
  });

  it("is -1 when nothing came back", () => {
    expect(roi([[0]], [[250]])).toBe(-1);
  });

  it("gives #DIV/0! for zero cost or no return data", () => {
    expect(excelError(roi([[6000]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(roi(column(null), [[250]]))?.code).toBe("#DIV/0!");
  });

  it("rejects a negative cost and text in the cost range", () => {
    expect(excelError(roi([[6000]], column(100, -5)))?.message).toBe(
      "-5 in row 2 of cost is negative"
    );
    expect(excelError(roi([[6000]], column("fee")))?.message).toBe(
      '"fee" in row 1 of cost is not a number'
    );
  });
});

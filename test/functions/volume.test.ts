import { cpe, cpm, cpv, engagementRate } from "../../src/functions/volume";
import { column, excelError } from "../support/excel";

describe("WOM.CPM", () => {
  it("gives cost / impressions × 1000: the worked example's 250 over 80,000 impressions is 3.125", () => {
    expect(cpm([[250]], [[80000]])).toBe(3.125);
  });

  it("sums ranges of cost and impressions, skipping blanks", () => {
    // cost 100 + 150 = 250; impressions 30,000 + 50,000 = 80,000 → 3.125
    expect(cpm(column(100, null, 150), column(30000, "50,000"))).toBe(3.125);
  });

  it("gives #DIV/0! for zero or no impressions and for no cost at all", () => {
    expect(excelError(cpm([[250]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(cpm([[250]], column(null, "")))?.code).toBe("#DIV/0!");
    expect(excelError(cpm(column(null), [[1000]]))?.code).toBe("#DIV/0!");
  });

  it("names negative and non-numeric cells", () => {
    expect(excelError(cpm([[250]], column(1000, -5)))?.message).toBe(
      "-5 in row 2 of impressions is negative"
    );
    expect(excelError(cpm(column(true), [[1000]]))?.message).toBe(
      "TRUE in row 1 of cost is not a number"
    );
  });
});

describe("WOM.ENGAGEMENTRATE", () => {
  it("divides reposts + comments by impressions: the worked example's 1,700 of 80,000 is 0.02125", () => {
    // (500 + 1,200) / 80,000 = 0.02125
    expect(engagementRate([[500, 1200]], [[80000]])).toBe(0.02125);
  });

  it("sums a range with one column per kind of engagement", () => {
    // reposts 10 + 20, comments 5 + 15, likes 50 + null → 100 over 2,000 impressions = 0.05
    const engagements = [
      [10, 5, 50],
      [20, 15, null],
    ];
    expect(engagementRate(engagements, column(1000, 1000))).toBe(0.05);
  });

  it("can exceed 1 when each impression drew several engagements", () => {
    expect(engagementRate([[300]], [[100]])).toBe(3);
  });

  it("gives #DIV/0! for zero impressions and names text among the engagements", () => {
    expect(excelError(engagementRate([[5]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(engagementRate([[5, "x"]], [[10]]))?.message).toBe(
      '"x" in row 1, column 2 of engagements is not a number'
    );
  });
});

describe("WOM.CPE", () => {
  it("divides cost by engagements: the worked example's 250 over 500 reposts and 1,200 comments", () => {
    // 250 / (500 + 1,200) = 250 / 1,700
    expect(cpe([[250]], [[500, 1200]])).toBeCloseTo(250 / 1700, 12);
  });

  it("sums cost and a range with a column per kind of engagement, skipping blanks", () => {
    // cost 40 + 60 = 100; reposts 10 + 30, comments 20 + null, likes 100 + 40 = 200 → 0.5
    const engagements = [
      [10, 20, 100],
      [30, null, 40],
    ];
    expect(cpe(column(40, null, 60), engagements)).toBe(0.5);
  });

  it("gives #DIV/0! for engagements that total zero or hold no number, and for no cost", () => {
    expect(excelError(cpe([[250]], [[0, 0]]))?.code).toBe("#DIV/0!");
    expect(excelError(cpe([[250]], column(null, "")))?.code).toBe("#DIV/0!");
    expect(excelError(cpe(column(null), [[10]]))?.code).toBe("#DIV/0!");
  });

  it("names negative and non-numeric cells", () => {
    expect(excelError(cpe([[250]], [[5, -1]]))).toEqual({
      code: "#VALUE!",
      message: "-1 in row 1, column 2 of engagements is negative",
    });
    expect(excelError(cpe(column("free"), [[10]]))?.message).toBe(
      '"free" in row 1 of cost is not a number'
    );
  });
});

describe("WOM.CPV", () => {
  it("divides cost by views: 250 over plays of 12,000, 20,000 and 18,000 is 0.005", () => {
    // 250 / 50,000 = 0.005
    expect(cpv([[250]], column(12000, 20000, 18000))).toBe(0.005);
  });

  it("skips blank views and reads numbers as exports print them", () => {
    // "1.2万" is 12,000; 60 / (12,000 + 3,000) = 0.004
    expect(cpv([[60]], column("1.2万", null, 3000))).toBe(0.004);
  });

  it("gives #DIV/0! for zero views or none at all", () => {
    expect(excelError(cpv([[250]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(cpv([[250]], column(null)))?.code).toBe("#DIV/0!");
  });

  it("names a bad cell among the views", () => {
    expect(excelError(cpv([[250]], column(100, true)))?.message).toBe(
      "TRUE in row 2 of views is not a number"
    );
  });
});

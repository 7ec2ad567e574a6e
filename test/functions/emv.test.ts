import { emv } from "../../src/functions/volume";
import { column, excelError } from "../support/excel";

describe("WOM.EMV", () => {
  it("gives the worked example's EMV: 80,000 impressions at CPM 8 is 640", () => {
    expect(emv([[80000]], [[8]])).toBe(640);
  });

  it("sums a column of impressions at one CPM, skipping blanks", () => {
    // (30,000 + 50,000) / 1000 × 8 = 640
    expect(emv(column(30000, null, "50000", ""), [[8]])).toBe(640);
  });

  it("uses a CPM per row when cpm has the shape of impressions", () => {
    // 10,000/1000 × 5 + 20,000/1000 × 12 = 50 + 240 = 290
    expect(emv(column(10000, 20000), column(5, 12))).toBe(290);
  });

  it("adds engagements at one value each", () => {
    // 80 + (500 + 1,200) × 0.1 = 80 + 170 = 250
    expect(emv([[10000]], [[8]], column(500, 1200), [[0.1]])).toBeCloseTo(250, 10);
  });

  it("adds engagements at a value per column: reposts and comments priced apart", () => {
    // 0 impressions, reposts 500 × 0.5 + comments 1,200 × 0.2 = 250 + 240 = 490
    expect(
      emv(
        [[0]],
        [[8]],
        [
          [300, 700],
          [200, 500],
        ],
        [[0.5, 0.2]]
      )
    ).toBeCloseTo(490, 10);
  });

  it("names a bad cell with its row", () => {
    const error = excelError(emv(column(100, "lots"), [[8]]));
    expect(error).toEqual({
      code: "#VALUE!",
      message: '"lots" in row 2 of impressions is not a number',
    });
  });

  it("rejects negative impressions and booleans", () => {
    expect(excelError(emv(column(-5), [[8]]))?.message).toBe(
      "-5 in row 1 of impressions is negative"
    );
    expect(excelError(emv(column(true), column(8)))?.message).toBe(
      "TRUE in row 1 of impressions is not a number"
    );
  });

  it("rejects a CPM range of another shape", () => {
    expect(excelError(emv(column(1, 2, 3), column(8, 9)))?.code).toBe("#VALUE!");
  });

  it("asks for the value of an engagement when engagements are given", () => {
    expect(excelError(emv([[1000]], [[8]], column(5)))).toEqual({
      code: "#N/A",
      message: "value_per_engagement is required with engagements",
    });
  });

  it("reports a missing per-row CPM where impressions are given", () => {
    expect(excelError(emv(column(1000, 2000), column(8, null)))?.message).toBe(
      "row 2 of cpm is blank but impressions has a value there"
    );
  });

  it("gives #NUM! rather than Infinity when a sum overflows", () => {
    expect(excelError(emv(column(1e308, 1e308), [[8]]))?.code).toBe("#NUM!");
  });
});

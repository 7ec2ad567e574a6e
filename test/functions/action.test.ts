import { attributed, costRatio } from "../../src/functions/action";
import { column, excelError } from "../support/excel";

// 2024-03-01 is Excel serial 45352.
const MAR_1 = 45352;

describe("WOM.ATTRIBUTED", () => {
  it("counts orders 0 to 7 days after the exposure on the same row", () => {
    const exposures = column(MAR_1, MAR_1, MAR_1, MAR_1);
    // same day (0), a week later (7): counted; 8 days later and a day before: not
    const orders = column(MAR_1, MAR_1 + 7, MAR_1 + 8, MAR_1 - 1);
    expect(attributed(exposures, orders)).toBe(2);
  });

  it("takes another window, such as 14 days", () => {
    const exposures = column(MAR_1, MAR_1, MAR_1);
    const orders = column(MAR_1 + 7, MAR_1 + 14, MAR_1 + 15);
    expect(attributed(exposures, orders, 14)).toBe(2);
    expect(attributed(exposures, orders, 0)).toBe(0);
  });

  it("does not count an order before its exposure", () => {
    expect(attributed(column(MAR_1 + 3), column(MAR_1 + 2))).toBe(0);
  });

  it("does not count a row missing either date", () => {
    // row 1 has no exposure (not exposed), row 2 no order (exposed, did not buy), row 3 both
    expect(attributed(column(null, MAR_1, MAR_1), column(MAR_1, "", MAR_1 + 1))).toBe(1);
  });

  it("reads ISO dates and date-times as text, comparing times exactly", () => {
    const exposures = column("2024-03-01 10:00", "2024-03-01 10:00");
    // 7 days exactly is inside; 7 days and 30 minutes is past the window
    const orders = column("2024-03-08 10:00", "2024-03-08 10:30");
    expect(attributed(exposures, orders)).toBe(1);
  });

  it("is 0 for empty ranges", () => {
    expect(attributed(column(null), column(null))).toBe(0);
  });

  it("names a bad date, and rejects ranges of different shapes", () => {
    expect(excelError(attributed(column(MAR_1, "soon"), column(MAR_1, MAR_1)))).toEqual({
      code: "#VALUE!",
      message: '"soon" in row 2 of exposure_dates is not a date',
    });
    expect(excelError(attributed(column(MAR_1, MAR_1), column(MAR_1)))?.message).toBe(
      "order_dates must be one value or the same shape as exposure_dates"
    );
  });

  it("gives #NUM! for a negative window and #VALUE! for a window that is text", () => {
    expect(excelError(attributed(column(MAR_1), column(MAR_1), -1))?.code).toBe("#NUM!");
    expect(excelError(attributed(column(MAR_1), column(MAR_1), "week"))?.message).toBe(
      'window_days "week" is not a number'
    );
  });
});

describe("WOM.COSTRATIO", () => {
  it("gives the articles' ratios: Xiaomi's 1 % against 5 % for other handset makers", () => {
    // 1 spent for 100 of revenue is 0.01; 5 for 100 is 0.05
    expect(costRatio([[1]], [[100]])).toBe(0.01);
    expect(costRatio([[5]], [[100]])).toBe(0.05);
  });

  it("sums ranges of spend and revenue", () => {
    // spend 200 + 300 = 500 over revenue 20,000 + 30,000 = 50,000 → 0.01
    expect(costRatio(column(200, 300), column(20000, 30000))).toBe(0.01);
  });

  it("gives #DIV/0! for zero revenue and names a negative spend", () => {
    expect(excelError(costRatio([[5]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(costRatio(column(-5), [[100]]))?.message).toBe(
      "-5 in row 1 of marketing_spend is negative"
    );
  });
});

import { cohorts } from "../../src/functions/cohorts";
import { column, excelError } from "../support/excel";

// The Excel serial of a day written as ISO text: days since 30 December 1899.
function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("WOM.COHORTS", () => {
  // January: 1001 (back in February and March) and "ann" (back in March only); February: "bo".
  const ids = column(1001, "Ann", "1001", null, " ann ", "bo", 1001);
  const dates = column(
    "2024-01-03",
    serial("2024-01-15"),
    serial("2024-02-02"),
    null,
    serial("2024-03-09"),
    serial("2024-02-20"),
    serial("2024-03-30")
  );

  it("spills one row per cohort: its first day, its customers, then a share per month, blank where the data ends", () => {
    // January 2 customers: 2/2, 1/2 (1001 in February), 2/2 (both in March).
    // February 1 customer: 1/1, 0/1 (bo not in March), then blank: April is not in the data.
    expect(cohorts(ids, dates)).toEqual([
      [serial("2024-01-01"), 2, 1, 0.5, 1],
      [serial("2024-02-01"), 1, 1, 0, ""],
    ]);
  });

  it("matches IDs as WOM.REPEATRATE does and skips rows without an ID", () => {
    // 1001 and "1001" are one customer, "Ann" and " ann " another: 2 in January, as above.
    const result = cohorts(ids, dates) as unknown[][];
    expect(result[0][1]).toBe(2);
  });

  it("groups by ISO week or quarter, in English or Chinese", () => {
    // Weeks from Monday 1 Jan 2024: 1001 (1 Jan cohort) again on 2 Jan (same week) and 8 Jan.
    const weekIds = column(1001, 1001, 1001);
    const weekDates = column(serial("2024-01-01"), serial("2024-01-02"), serial("2024-01-08"));
    expect(cohorts(weekIds, weekDates, "week")).toEqual([[serial("2024-01-01"), 1, 1, 1]]);
    expect(cohorts(weekIds, weekDates, "周")).toEqual([[serial("2024-01-01"), 1, 1, 1]]);
    // Quarters: the January and February cohorts are one Q1 cohort of 3, all active in Q1 only.
    expect(cohorts(ids, dates, " Quarter ")).toEqual([[serial("2024-01-01"), 3, 1]]);
    expect(cohorts(ids, dates, [["季"]])).toEqual([[serial("2024-01-01"), 3, 1]]);
  });

  it("counts by month when the period is blank or left out", () => {
    expect(cohorts(ids, dates, null)).toEqual(cohorts(ids, dates));
    expect(cohorts(ids, dates, [[""]])).toEqual(cohorts(ids, dates));
  });

  it("names an unknown period", () => {
    expect(excelError(cohorts(ids, dates, "day"))).toEqual({
      code: "#VALUE!",
      message: 'period "day" is not "month", "week" or "quarter"',
    });
  });

  it("names an ID without a date, a date that is not one and a cell that is not an ID", () => {
    expect(excelError(cohorts(column("a", "b"), column(45000, null)))?.message).toBe(
      "row 2 of order_dates is blank but customer_ids has a value there"
    );
    expect(excelError(cohorts(column("a"), column("soon")))?.message).toBe(
      '"soon" in row 1 of order_dates is not a date'
    );
    expect(excelError(cohorts(column("a"), column(3e6)))?.message).toBe(
      "3000000 in row 1 of order_dates is not a date"
    );
    expect(excelError(cohorts(column(true), column(45000)))?.message).toBe(
      "TRUE in row 1 of customer_ids is not a customer ID"
    );
  });

  it("needs dates in the shape of the IDs, and at least one order", () => {
    expect(excelError(cohorts(column("a", "b"), column(45000)))?.message).toBe(
      "order_dates must be one value or the same shape as customer_ids"
    );
    expect(excelError(cohorts(column(null, ""), column(null, null)))?.code).toBe("#DIV/0!");
  });
});

import { repeatRate } from "../../src/functions/retention";
import { column, excelError } from "../support/excel";

// 2024-03-01 is Excel serial 45352.
const MAR_1 = 45352;

describe("WOM.REPEATRATE", () => {
  it("divides customers with two or more orders by customers with any", () => {
    // A ×3, B ×1, C ×2, D ×1: repeaters A and C of 4 customers = 0.5
    expect(repeatRate(column("A", "B", "A", "C", "A", "D", "C"))).toBe(0.5);
  });

  it('counts 1001 and "1001" as one customer', () => {
    // 1001 twice (number, text), 1002 once: 1 of 2
    expect(repeatRate(column(1001, "1001", 1002))).toBe(0.5);
  });

  it("compares text IDs as Excel does, ignoring case and surrounding spaces", () => {
    expect(repeatRate(column("ab-1", " AB-1", "cd-2"))).toBe(0.5);
  });

  it("skips blank rows", () => {
    // X twice, Y once among blanks: 1 of 2
    expect(repeatRate(column("X", null, "", "Y", "X", undefined))).toBe(0.5);
  });

  it("keeps only orders inside a date window", () => {
    const ids = column("A", "A", "B", "B", "C");
    const dates = column(MAR_1, MAR_1 + 5, MAR_1 - 1, MAR_1 + 2, MAR_1 + 3);
    // From Mar 1 to Mar 31: A twice, B once (its Feb 29 order is outside), C once → 1 of 3
    expect(repeatRate(ids, dates, MAR_1, MAR_1 + 30)).toBeCloseTo(1 / 3, 12);
    // Without a window B repeats too: 2 of 3
    expect(repeatRate(ids, dates)).toBeCloseTo(2 / 3, 12);
  });

  it("counts the whole end day and accepts ISO dates as text", () => {
    const ids = column("A", "A");
    const dates = column("2024-03-01", "2024-03-10 18:30");
    expect(repeatRate(ids, dates, "2024-03-01", "2024-03-10")).toBe(1);
    expect(repeatRate(ids, dates, "2024-03-01", "2024-03-09")).toBe(0);
  });

  it("gives #DIV/0! when the log has no customer", () => {
    expect(excelError(repeatRate(column(null, "")))?.code).toBe("#DIV/0!");
    expect(excelError(repeatRate(column("A"), column(MAR_1), MAR_1 + 1))?.code).toBe("#DIV/0!");
  });

  it("names a bad ID, a bad date and a missing date", () => {
    expect(excelError(repeatRate(column("A", true)))?.message).toBe(
      "TRUE in row 2 of customer_ids is not a customer ID"
    );
    expect(excelError(repeatRate(column("A", "B"), column(MAR_1, "later")))?.message).toBe(
      '"later" in row 2 of order_dates is not a date'
    );
    expect(excelError(repeatRate(column("A", "B"), column(MAR_1, null), MAR_1))?.message).toBe(
      "row 2 of order_dates is blank but customer_ids has a value there"
    );
  });

  it("needs order dates for a window, and a window that runs forward", () => {
    expect(excelError(repeatRate(column("A"), undefined, MAR_1))?.code).toBe("#VALUE!");
    expect(excelError(repeatRate(column("A"), column(MAR_1), MAR_1 + 2, MAR_1))?.message).toBe(
      "start_date is after end_date"
    );
  });
});

import { onTime } from "../../src/functions/service";
import { column, excelError } from "../support/excel";

// 2024-03-01 00:00 is Excel serial 45352; an hour is 1/24.
const MAR_1 = 45352;
const HOUR = 1 / 24;

describe("WOM.ONTIME", () => {
  it("gives the share of items resolved within 48 hours of being received", () => {
    const received = column(MAR_1, MAR_1, MAR_1);
    // 24 h and exactly 48 h are in time; 72 h is late → 2 of 3
    const resolved = column(MAR_1 + 1, MAR_1 + 2, MAR_1 + 3);
    expect(onTime(received, resolved)).toBeCloseTo(2 / 3, 12);
  });

  it("takes another deadline in hours", () => {
    const received = column(MAR_1, MAR_1);
    const resolved = column(MAR_1 + 2 * HOUR, MAR_1 + 5 * HOUR);
    // within 4 hours: 1 of 2
    expect(onTime(received, resolved, 4)).toBe(0.5);
  });

  it("counts an open item as late once its deadline is before the latest time in the data", () => {
    // Latest time: the resolution at Mar 4 00:00. Open item received Mar 1: deadline Mar 3, passed → late.
    // Open item received Mar 3: deadline Mar 5, not passed → left out. Resolved item: 1 h → in time.
    const received = column(MAR_1, MAR_1 + 2, MAR_1 + 3 - HOUR);
    const resolved = column(null, null, MAR_1 + 3);
    // counted: the late open item and the resolved one → 1 of 2
    expect(onTime(received, resolved)).toBe(0.5);
  });

  it("reads ISO date-times as text", () => {
    const received = column("2024-03-01 09:00", "2024-03-01 09:00");
    const resolved = column("2024-03-03 09:00", "2024-03-03 09:01");
    // 48 h exactly is in time; 48 h 1 min is not
    expect(onTime(received, resolved)).toBe(0.5);
  });

  it("gives #DIV/0! when nothing can be counted yet", () => {
    // one item, open, received at the latest time in the data: its deadline has not passed
    expect(excelError(onTime(column(MAR_1), column(null)))?.code).toBe("#DIV/0!");
    expect(excelError(onTime(column(null), column(null)))?.code).toBe("#DIV/0!");
  });

  it("names a resolution without a receipt and one before its receipt", () => {
    expect(excelError(onTime(column(MAR_1, null), column(MAR_1 + 1, MAR_1 + 1)))?.message).toBe(
      "row 2 of received is blank but resolved has a value there"
    );
    expect(excelError(onTime(column(MAR_1 + 1), column(MAR_1)))?.message).toBe(
      "row 1 of resolved is earlier than received on the same row"
    );
  });

  it("names a bad time, and gives #NUM! for negative hours", () => {
    expect(excelError(onTime(column("today"), column(null)))?.message).toBe(
      '"today" in row 1 of received is not a date'
    );
    expect(excelError(onTime(column(MAR_1), column(MAR_1), -2))?.code).toBe("#NUM!");
  });
});

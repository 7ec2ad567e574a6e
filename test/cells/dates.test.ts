import { isoDateSerial, toDateSerial } from "../../src/cells/dates";

describe("dates in cells", () => {
  it("keeps Excel serials and converts ISO text to serials", () => {
    expect(toDateSerial(45000)).toBe(45000);
    // 2024-01-01 is serial 45292 in Excel's 1900 date system.
    expect(toDateSerial("2024-01-01")).toBe(45292);
    expect(toDateSerial("2024-01-01 12:00")).toBe(45292.5);
  });
  it("rejects impossible dates and text", () => {
    expect(toDateSerial("2024-02-30")).toBeNaN();
    expect(toDateSerial("soon")).toBeNaN();
    expect(toDateSerial(-1)).toBeNaN();
  });
});

describe("ISO dates written as text", () => {
  it("reads ISO dates as Excel serials", () => {
    // 2024-01-01 is serial 45292; May 1 is 31 + 29 + 31 + 30 = 121 days later.
    expect(isoDateSerial("2024-05-01")).toBe(45413);
    expect(isoDateSerial("2024/5/1 12:00")).toBe(45413.5);
  });

  it("refuses other text and bare numbers", () => {
    expect(isoDateSerial("May 1")).toBeNaN();
    expect(isoDateSerial("45413")).toBeNaN();
  });
});

describe("ISO dates on the days of the calendar", () => {
  it("agrees with the general date reader on every day of a leap year and a common year, and refuses impossible days", () => {
    for (const year of [2023, 2024, 1900, 2000]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const expected =
            new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
              ? (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000
              : NaN;
          expect([text, isoDateSerial(text)]).toEqual([text, expected]);
        }
      }
    }
  });
});

import {
  anyDateSerial,
  calendarDateAt,
  columnDayOrder,
  isDateText,
  isoDateSerial,
  numericDateOrder,
  toDateSerial,
} from "../../src/cells/dates";

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

describe("a date in a range", () => {
  it("is a serial up to 31 December 9999, Excel's last day, and blank is NaN", () => {
    expect(calendarDateAt([[2958465.5]], "d", 0, 0)).toBe(2958465.5);
    expect(calendarDateAt([[null]], "d", 0, 0)).toBeNaN();
    expect(calendarDateAt([[1], [2958466]], "d", 1, 0)).toMatchObject({
      ok: false,
      problems: [{ detail: { kind: "notDate", value: 2958466, at: { arg: "d", row: 2 } } }],
    });
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

describe("numeric dates, whose order is their column's", () => {
  it("reads 05/03/2024 only in the order given", () => {
    // 2024-03-05 is serial 45356 (2024-01-01 = 45292, + 31 + 29 + 4); 2024-05-03 is 45415.
    expect(isoDateSerial("05/03/2024")).toBeNaN();
    expect(isoDateSerial("05/03/2024", "dayFirst")).toBe(45356);
    expect(isoDateSerial("05/03/2024", "monthFirst")).toBe(45415);
    expect(toDateSerial("5.3.2024", "dayFirst")).toBe(45356);
  });

  it("reads a 12-hour time after it, as SurveyMonkey writes one", () => {
    // 10:15:32 PM is 22:15:32, (22 × 3600 + 15 × 60 + 32) / 86400 of a day.
    const serial = isoDateSerial("03/05/2024 10:15:32 PM", "monthFirst");
    expect(serial).toBeCloseTo(45356 + (22 * 3600 + 15 * 60 + 32) / 86400, 9);
    expect(isoDateSerial("03/05/2024 12:00 AM", "monthFirst")).toBe(45356);
    expect(isoDateSerial("03/05/2024 13:00 PM", "monthFirst")).toBeNaN();
  });

  it("tells what one date says of its column's order", () => {
    expect(numericDateOrder("13/03/2024")).toBe("dayFirst");
    expect(numericDateOrder("03/13/2024")).toBe("monthFirst");
    expect(numericDateOrder("03/05/2024")).toBe("either");
    expect(numericDateOrder("13/13/2024")).toBeUndefined();
    expect(numericDateOrder("31/02/2024")).toBeUndefined();
    expect(numericDateOrder("2024-03-05")).toBeUndefined();
  });

  it("reads a column's dates together", () => {
    expect(columnDayOrder(["01/03/2024", "13/03/2024", "14/03/2024"])).toEqual({
      found: "dayFirst",
      evidence: "13/03/2024",
      index: 1,
    });
    expect(columnDayOrder(["01/03/2024", null, "03/12/2024"])).toEqual({ found: "either" });
    expect(columnDayOrder(["2024-03-01", 45356, ""])).toEqual({ found: "none" });
    expect(columnDayOrder(["13/03/2024", "03/25/2024"])).toEqual({
      found: "conflict",
      first: "13/03/2024",
      order: "dayFirst",
      second: "03/25/2024",
    });
  });

  it("knows a numeric date as a date, in either order, where only that matters", () => {
    expect(isDateText("25/03/2024")).toBe(true);
    expect(isDateText("03/25/2024 09:00 AM")).toBe(true);
    expect(isDateText("25/25/2024")).toBe(false);
    expect(anyDateSerial("25/03/2024")).toBe(45376);
  });
});

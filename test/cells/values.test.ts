import { isBlank, parseNumericText, toDateSerial, toNumber } from "../../src/cells/values";

describe("blank cells", () => {
  it("treats null, undefined and the empty string as blank, as Excel hosts pass them", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank("")).toBe(true);
  });
  it("does not treat zero, a space or FALSE as blank", () => {
    expect(isBlank(0)).toBe(false);
    expect(isBlank(" ")).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe("numbers in cells", () => {
  it("reads numbers stored as text, with spaces around them", () => {
    expect(toNumber("9")).toBe(9);
    expect(toNumber(" 9 ")).toBe(9);
    expect(toNumber("-2.5")).toBe(-2.5);
    expect(toNumber("1e3")).toBe(1000);
  });
  it("reads thousands separators, Western and full-width", () => {
    expect(parseNumericText("80,000")).toBe(80000);
    expect(parseNumericText("1，200")).toBe(1200);
    expect(parseNumericText("1,5")).toBeNaN();
  });
  it("rejects booleans, words and non-finite numbers", () => {
    expect(toNumber(true)).toBeNaN();
    expect(toNumber("abc")).toBeNaN();
    expect(toNumber("9 apples")).toBeNaN();
    expect(toNumber(Infinity)).toBeNaN();
  });
});

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

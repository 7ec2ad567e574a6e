import { isBlank, toNumber } from "../../src/cells/values";

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
  it("rejects booleans, words and non-finite numbers", () => {
    expect(toNumber(true)).toBeNaN();
    expect(toNumber("abc")).toBeNaN();
    expect(toNumber("9 apples")).toBeNaN();
    expect(toNumber(Infinity)).toBeNaN();
  });
});

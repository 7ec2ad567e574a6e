import { parseNumberText, parsePercentText } from "../../src/cells/numbers";
import { toNumber } from "../../src/cells/values";

describe("numbers written as text", () => {
  it("reads thousands separators, Western and full-width", () => {
    expect(parseNumberText("80,000")).toBe(80000);
    expect(parseNumberText("1，200")).toBe(1200);
    expect(parseNumberText("1,5")).toBeNaN();
  });
  it("reads full-width digits, signs and points as a Chinese input method types them", () => {
    expect(parseNumberText("８")).toBe(8);
    expect(parseNumberText("０.３")).toBe(0.3);
    expect(parseNumberText("－１２．５")).toBe(-12.5);
    expect(parseNumberText("１，０００")).toBe(1000);
    expect(parseNumberText("　８０，０００　")).toBe(80000);
    expect(parsePercentText("９２％")).toBeCloseTo(0.92, 15);
  });

  it("reads nothing but the number: no hexadecimal, no units, no currency", () => {
    expect(parseNumberText("0x10")).toBeNaN();
    expect(parseNumberText("1.2万")).toBeNaN();
    expect(parseNumberText("$8")).toBeNaN();
    expect(parseNumberText("Infinity")).toBeNaN();
    expect(parseNumberText("")).toBeNaN();
  });

  it("is the rule cells follow too: a number stored as text is read the same way", () => {
    for (const text of ["1,000", "１，０００", " 1000 ", "1e3"]) expect(toNumber(text)).toBe(1000);
  });
});

import {
  currencyOfText,
  isNoAnswerText,
  isPercentText,
  parseNumberText,
} from "../../src/cells/numbers";
import { toNumber } from "../../src/cells/values";

describe("numbers written as text", () => {
  it("reads thousands separators, Western and full-width", () => {
    expect(parseNumberText("80,000")).toBe(80000);
    expect(parseNumberText("1，200")).toBe(1200);
    expect(parseNumberText("1,5")).toBeNaN();
    expect(parseNumberText("12,34")).toBeNaN();
    expect(parseNumberText("1,2345")).toBeNaN();
  });

  it("reads full-width digits, signs and points as a Chinese input method types them", () => {
    expect(parseNumberText("８")).toBe(8);
    expect(parseNumberText("０.３")).toBe(0.3);
    expect(parseNumberText("－１２．５")).toBe(-12.5);
    expect(parseNumberText("１，０００")).toBe(1000);
    expect(parseNumberText("　８０，０００　")).toBe(80000);
    expect(parseNumberText("＋５")).toBe(5);
  });

  it("reads a leading plus sign", () => {
    expect(parseNumberText("+5")).toBe(5);
    expect(parseNumberText("+1,200")).toBe(1200);
    expect(parseNumberText("+-5")).toBeNaN();
  });

  it("reads unit suffixes as exact powers of ten", () => {
    expect(parseNumberText("3.4w")).toBe(34000); // 3.4 × 10,000
    expect(parseNumberText("1.2万")).toBe(12000); // 1.2 × 10,000
    expect(parseNumberText("152.3K")).toBe(152300); // 152.3 × 1,000
    expect(parseNumberText("1.2M")).toBe(1200000); // 1.2 × 1,000,000
    expect(parseNumberText("2.05W")).toBe(20500); // 2.05 × 10,000
    expect(parseNumberText("1.08万")).toBe(10800); // 1.08 × 10,000; 1.08 * 10000 in doubles is 10800.000000000002
    expect(parseNumberText("3亿")).toBe(300000000); // 3 × 100,000,000
    expect(parseNumberText("5千")).toBe(5000);
    expect(parseNumberText("8k")).toBe(8000);
    expect(parseNumberText("2.5B")).toBe(2500000000); // 2.5 × 1,000,000,000
    expect(parseNumberText("-1.5w")).toBe(-15000);
    expect(parseNumberText("1.2 万")).toBe(12000);
    expect(parseNumberText("１.２万")).toBe(12000);
    expect(parseNumberText("1,200k")).toBe(1200000);
  });

  it("reads currencies before or after the amount", () => {
    expect(parseNumberText("$1,200.00")).toBe(1200);
    expect(parseNumberText("US$45")).toBe(45);
    expect(parseNumberText("HK$ 1,350")).toBe(1350);
    expect(parseNumberText("1,350 HKD")).toBe(1350);
    expect(parseNumberText("¥280")).toBe(280);
    expect(parseNumberText("￥120.00")).toBe(120);
    expect(parseNumberText("80元")).toBe(80);
    expect(parseNumberText("RMB 99")).toBe(99);
    expect(parseNumberText("99RMB")).toBe(99);
    expect(parseNumberText("CNY 12.5")).toBe(12.5);
    expect(parseNumberText("USD 7")).toBe(7);
    expect(parseNumberText("-$5")).toBe(-5);
    expect(parseNumberText("$-5")).toBe(-5);
    expect(parseNumberText("＄３")).toBe(3);
    expect(parseNumberText("1.2万元")).toBe(12000); // 1.2 × 10,000 yuan
    expect(parseNumberText("$1.2M")).toBe(1200000);
  });

  it("says which currency an amount names", () => {
    expect(currencyOfText("$1,200.00")).toBe("USD");
    expect(currencyOfText("US$45")).toBe("USD");
    expect(currencyOfText("7 USD")).toBe("USD");
    expect(currencyOfText("HK$ 1,350")).toBe("HKD");
    expect(currencyOfText("1,350 HKD")).toBe("HKD");
    expect(currencyOfText("¥280")).toBe("CNY");
    expect(currencyOfText("￥120.00")).toBe("CNY");
    expect(currencyOfText("RMB 99")).toBe("CNY");
    expect(currencyOfText("CNY 1")).toBe("CNY");
    expect(currencyOfText("80元")).toBe("CNY");
    expect(currencyOfText("1.2万元")).toBe("CNY");
    expect(currencyOfText("1,350")).toBeUndefined();
    expect(currencyOfText("1.2万")).toBeUndefined();
    expect(currencyOfText("$")).toBeUndefined();
    expect(currencyOfText("about $5 each")).toBeUndefined();
  });

  it("reads a percentage as the fraction it stands for, exactly", () => {
    expect(parseNumberText("24.00%")).toBe(0.24); // 0.24 * 100 / 100 drifts; 24.00e-2 does not
    expect(parseNumberText("6.9%")).toBe(0.069);
    expect(parseNumberText("22.47%")).toBe(0.2247);
    expect(parseNumberText("92 ％")).toBe(0.92);
    expect(parseNumberText("-3%")).toBe(-0.03);
    expect(parseNumberText("９２％")).toBe(0.92);
    expect(isPercentText(" 92 ％ ")).toBe(true);
    expect(isPercentText("92")).toBe(false);
    expect(parseNumberText("$5%")).toBeNaN();
    expect(parseNumberText("%")).toBeNaN();
  });

  it("reads nothing but the number: no hexadecimal, no unit or currency alone, no dates", () => {
    for (const text of [
      "0x10",
      "Infinity",
      "1e400",
      "",
      "abc",
      "1.2.3",
      "K",
      "万",
      "$",
      "HK$",
      "元",
      "2024-03-05",
      "10 - Extremely likely",
      "- 5",
      "$5元",
      "1.2万万",
      "5m",
      "12 apples",
    ])
      expect(parseNumberText(text)).toBeNaN();
  });

  it("tells the marks exports write for no answer, which are no number", () => {
    const marks = [
      "",
      "  ",
      "-",
      "--",
      "—",
      "N/A",
      "n/a",
      "NULL",
      "null",
      "(跳过)",
      "（空）",
      "未填写",
    ];
    for (const text of marks) {
      expect(isNoAnswerText(text)).toBe(true);
      expect(parseNumberText(text)).toBeNaN();
    }
    for (const text of ["NA", "0", "none", "跳过", "-5"]) expect(isNoAnswerText(text)).toBe(false);
  });

  it("is the rule cells follow too: a number stored as text is read the same way", () => {
    for (const text of ["1,000", "１，０００", " 1000 ", "1e3", "1k", "$1,000", "100000%"])
      expect(toNumber(text)).toBe(1000);
  });
});

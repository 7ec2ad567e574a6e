import { formatNumber } from "../../src/cells/number-format";

describe("formatNumber", () => {
  it("groups thousands and fixes decimals", () => {
    expect(formatNumber(80000, "#,##0")).toBe("80,000");
    expect(formatNumber(6000, "#,##0.00")).toBe("6,000.00");
    expect(formatNumber(1.25, "0.0")).toBe("1.3");
  });

  it("shows fractions as percentages", () => {
    // docs/kpi.md: ROI 23 is 2300 %.
    expect(formatNumber(23, "0.0%")).toBe("2300.0%");
    expect(formatNumber(23, "#,##0.0%")).toBe("2,300.0%");
    expect(formatNumber(0.37, "0%")).toBe("37%");
    // 5,640 / 80,000 is 0.0705 to 15 digits (a hair less in binary): Excel shows 7.1 %.
    expect(formatNumber(5640 / 80000, "0.0%")).toBe("7.1%");
  });

  it("uses the negative and zero sections, as Excel does", () => {
    // docs/kpi.md's social NPS: (950 − 100) / (950 + 100) × 100 = 80.95, shown as a signed whole number.
    expect(formatNumber(80.95, "+0;-0;0")).toBe("+81");
    expect(formatNumber(-12.4, "+0;-0;0")).toBe("-12");
    expect(formatNumber(0, "+0;-0;0")).toBe("0");
  });

  it("shows optional decimals (#) only when they are not zero, as the rate card's format does", () => {
    expect(formatNumber(10, "#,##0.00##")).toBe("10.00");
    expect(formatNumber(0.005, "#,##0.00##")).toBe("0.005");
    expect(formatNumber(0.00125, "#,##0.00##")).toBe("0.0013");
  });

  it("keeps quoted and escaped literals", () => {
    expect(formatNumber(8, '0" days"')).toBe("8 days");
    expect(formatNumber(640, "\\$#,##0.00")).toBe("$640.00");
  });

  it("shows General as up to ten significant digits", () => {
    expect(formatNumber(1 / 3, "General")).toBe("0.3333333333");
    expect(formatNumber(7, undefined)).toBe("7");
  });
});

import { acqRetRatio, churn, clv, loyaltyGapOf, retention } from "../../src/functions/retention";
import { column, excelError } from "../support/excel";

describe("WOM.CHURN", () => {
  it("divides customers lost by customers at the start", () => {
    // 20 of 100 lost → 0.2
    expect(churn([[100]], [[20]])).toBe(0.2);
  });

  it("sums segments given as ranges", () => {
    // start 60 + 40 = 100, lost 5 + 10 = 15 → 0.15
    expect(churn(column(60, 40), column(5, 10))).toBe(0.15);
  });

  it("is 0 when nobody left and 1 when everybody did", () => {
    expect(churn([[50]], [[0]])).toBe(0);
    expect(churn([[50]], [[50]])).toBe(1);
  });

  it("names more customers lost than there were", () => {
    expect(excelError(churn([[100]], [[120]]))).toEqual({
      code: "#VALUE!",
      message: "customers_lost 120 is more than customers_at_start 100",
    });
  });

  it("gives #DIV/0! with no customers at the start", () => {
    expect(excelError(churn([[0]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(churn(column(null), [[0]]))?.code).toBe("#DIV/0!");
  });
});

describe("WOM.RETENTION", () => {
  it("gives (customers at end − new customers) / customers at start", () => {
    // (110 − 30) / 100 = 0.8
    expect(retention([[100]], [[110]], [[30]])).toBe(0.8);
  });

  it("is 1 minus churn when the end count is start − lost + new", () => {
    // start 200, lost 30, new 50: end = 220; (220 − 50) / 200 = 0.85 = 1 − 30/200
    expect(retention([[200]], [[220]], [[50]])).toBe(0.85);
  });

  it("names more new customers than customers at the end", () => {
    expect(excelError(retention([[100]], [[20]], [[30]]))?.message).toBe(
      "new_customers 30 is more than customers_at_end 20"
    );
  });

  it("gives #DIV/0! with no customers at the start and names text", () => {
    expect(excelError(retention([[0]], [[10]], [[10]]))?.code).toBe("#DIV/0!");
    expect(excelError(retention([[100]], column("ninety"), [[0]]))?.message).toBe(
      '"ninety" in row 1 of customers_at_end is not a number'
    );
  });
});

describe("WOM.CLV", () => {
  it("multiplies order value, orders a year and years", () => {
    // 30 × 4 × 3 = 360
    expect(clv(30, 4, 3)).toBe(360);
  });

  it("applies a gross margin when given, as a fraction or as percent text", () => {
    // 360 × 0.4 = 144
    expect(clv(30, 4, 3, 0.4)).toBeCloseTo(144, 10);
    expect(clv(30, 4, 3, "40%")).toBeCloseTo(144, 10);
  });

  it("reads numbers stored as text and treats a blank margin as none", () => {
    expect(clv("30", " 4 ", 3, null)).toBe(360);
  });

  it("needs the three required values: a blank one is #N/A naming it", () => {
    expect(excelError(clv(30, null, 3))).toEqual({
      code: "#N/A",
      message: "orders_per_year is required",
    });
  });

  it("gives #NUM! for a negative value or a margin above 1, #VALUE! for a boolean", () => {
    expect(excelError(clv(-30, 4, 3))?.code).toBe("#NUM!");
    expect(excelError(clv(30, 4, 3, 40))?.code).toBe("#NUM!");
    expect(excelError(clv(30, true, 3))?.message).toBe("orders_per_year TRUE is not a number");
  });
});

describe("WOM.LOYALTYGAP", () => {
  it("gives the articles' gap: 92 % satisfied but 37 % repurchase is 0.55", () => {
    expect(loyaltyGapOf(0.92, 0.37)).toBeCloseTo(0.55, 12);
    expect(loyaltyGapOf("92%", "37 %")).toBeCloseTo(0.55, 12);
  });

  it("is negative when more customers buy again than say they are satisfied", () => {
    expect(loyaltyGapOf(0.5, 0.6)).toBeCloseTo(-0.1, 12);
  });

  it("gives #NUM! for 92 typed as a whole number, not a fraction", () => {
    expect(excelError(loyaltyGapOf(92, 37))?.code).toBe("#NUM!");
  });

  it("names a rate that is text", () => {
    expect(excelError(loyaltyGapOf(0.9, "most"))?.message).toBe(
      'repeat_rate "most" is not a number'
    );
  });
});

describe("WOM.ACQRETRATIO", () => {
  it("gives the 5:1 rule as 5", () => {
    expect(acqRetRatio(500, 100)).toBe(5);
  });

  it("gives #DIV/0! when keeping a customer costs nothing, #NUM! for a negative cost", () => {
    expect(excelError(acqRetRatio(500, 0))?.code).toBe("#DIV/0!");
    expect(excelError(acqRetRatio(-1, 100))?.code).toBe("#NUM!");
  });
});

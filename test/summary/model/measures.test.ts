import { wordsOf } from "../../../src/i18n";
import {
  isDateMeasure,
  isIdentityText,
  isNonNegativeMeasure,
  isNumericMeasure,
  Measure,
  MEASURES_BY_KIND,
  valueKindOf,
} from "../../../src/summary/model/measures";

describe("MEASURES_BY_KIND and the measures' names", () => {
  it("offers every measure under exactly the kinds that hold it", () => {
    expect(MEASURES_BY_KIND.posts).toContain("impressions");
    expect(MEASURES_BY_KIND.mentions).toEqual([
      "sentiment",
      "positive",
      "neutral",
      "negative",
      "score",
    ]);
    expect(MEASURES_BY_KIND.orders).toContain("exposureDate");
    // The discount code is in both posts (whose code) and orders (which code was used).
    expect(MEASURES_BY_KIND.posts).toContain("code");
    expect(MEASURES_BY_KIND.orders).toContain("code");
  });

  it("names measures in the three languages", () => {
    expect(wordsOf("en").measures.impressions).toBe("Impressions");
    expect(wordsOf("zh-CN").measures.revenue).toBe("销售额");
    expect(wordsOf("zh-TW").measures.revenue).toBe("銷售額");
  });
});

describe("the measures catalogue", () => {
  it("lists each kind's measures in the order the pane's drop-downs show them", () => {
    expect(MEASURES_BY_KIND.posts).toEqual([
      "creator",
      "channel",
      "impressions",
      "reposts",
      "comments",
      "likes",
      "cost",
      "code",
    ]);
    expect(MEASURES_BY_KIND.orders).toEqual([
      "customer",
      "orderDate",
      "revenue",
      "code",
      "utm",
      "exposureDate",
    ]);
  });

  it("tells numbers, non-negative numbers, dates and text matched as written apart", () => {
    const every = [...new Set(Object.values(MEASURES_BY_KIND).flat())];
    const where = (test: (measure: Measure) => boolean) => every.filter(test).sort();
    expect(where(isNumericMeasure)).toEqual(
      ["comments", "cost", "impressions", "likes", "negative", "neutral", "positive", "reposts"]
        .concat(["revenue", "score"])
        .sort()
    );
    // Revenue may be negative (a refund); counts and costs may not.
    expect(where(isNonNegativeMeasure)).toEqual(
      [
        "comments",
        "cost",
        "impressions",
        "likes",
        "negative",
        "neutral",
        "positive",
        "reposts",
      ].sort()
    );
    expect(where(isDateMeasure)).toEqual(["exposureDate", "orderDate"]);
    expect(where(isIdentityText)).toEqual(["channel", "code", "creator", "sentiment", "utm"]);
    expect(valueKindOf("customer")).toBe("id");
  });
});

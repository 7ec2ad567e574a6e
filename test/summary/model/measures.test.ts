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
      "text",
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
      "saves",
      "engagements",
      "cost",
      "contact",
      "postDate",
      "code",
    ]);
    expect(MEASURES_BY_KIND.orders).toEqual([
      "orderId",
      "customer",
      "orderDate",
      "revenue",
      "code",
      "utm",
      "exposureDate",
      "status",
      "cancelledAt",
      "refunded",
      "lineItem",
    ]);
  });

  it("tells numbers, non-negative numbers, dates and text matched as written apart", () => {
    const every = [...new Set(Object.values(MEASURES_BY_KIND).flat())];
    const where = (test: (measure: Measure) => boolean) => every.filter(test).sort();
    expect(where(isNumericMeasure)).toEqual(
      ["comments", "cost", "impressions", "likes", "negative", "neutral", "positive", "reposts"]
        .concat(["revenue", "score", "saves", "engagements", "refunded"])
        .sort()
    );
    // Counts, costs and amounts may not be negative: docs/kpi.md calls a negative revenue bad
    // input, and a refund is its own column, subtracted from the total.
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
        "saves",
        "engagements",
        "revenue",
        "refunded",
      ].sort()
    );
    expect(where(isDateMeasure)).toEqual(["exposureDate", "orderDate", "postDate"]);
    expect(where(isIdentityText)).toEqual(
      ["cancelledAt", "channel", "code", "creator", "lineItem", "sentiment", "status", "utm"].sort()
    );
    expect(valueKindOf("customer")).toBe("id");
  });
});

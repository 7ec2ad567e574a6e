import { figureFormat, TIER_FIGURES, TIERS } from "../../../src/summary/model/figures";

describe("the figures catalogue", () => {
  it("shows the tiers from the apex down, each tier's figures in the sheet's order", () => {
    expect(TIERS).toEqual(["apex", "action", "sentiment", "volume"]);
    expect(TIER_FIGURES).toEqual({
      apex: ["roi", "roiWithEmv"],
      action: [
        "orders",
        "ordersByCode",
        "ordersByUtm",
        "attributedOrders",
        "revenue",
        "cost",
        "staffCost",
        "costPerOrder",
      ],
      sentiment: ["positive", "neutral", "negative", "socialNps", "socialNpsMoe", "nps", "npsMoe"],
      volume: [
        ...["impressions", "engagements", "engagementRate", "emv"],
        ...["costPerEngagement", "costPerView"],
      ],
    });
  });

  it("gives each figure the number format the sheet and the terminal show it in", () => {
    expect(
      ["impressions", "engagementRate", "emv", "socialNps", "npsMoe", "roi", "repeatRate"].map(
        (figure) => figureFormat(figure as Parameters<typeof figureFormat>[0])
      )
    ).toEqual(["#,##0", "0.00%", "#,##0.00", "+0;-0;0", "0.0", "0.0%", "0.0%"]);
    expect(figureFormat("npsBenchmarkAverage")).toBe("+0;-0;0");
    expect(figureFormat("cpm")).toBe("#,##0.00##");
    // 250 / 80,000 = 0.003125 per view shows as 0.0031, not 0.00.
    expect(figureFormat("costPerView")).toBe("#,##0.00##");
    expect(figureFormat("windowDays")).toBe("0");
    // Words and TRUE/FALSE take no number format.
    expect(figureFormat("npsStanding")).toBeUndefined();
    expect(figureFormat("emvAsReturn")).toBeUndefined();
  });
});

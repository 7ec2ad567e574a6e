// The proof without Excel: HyperFormula, an independent spreadsheet engine, evaluates the summary's
// native formulas over the example data, and every figure must equal what the KPI code computes.
import { RateCardColumn } from "../../src/summary/model/tables";
import {
  checkAgainstEngine,
  evaluated,
  expectFiguresMatch,
  expectLeaderboardMatches,
} from "./support/evaluate";
import { loadExample } from "./support/example";
import { EARLY_BIRD, figuresFor, planFor } from "./support/plans";
import { table } from "./support/tables";

describe("the summary sheet in HyperFormula over the example CSVs", () => {
  const example = loadExample();
  const { plan, figures } = planFor(example.sources, example.rows);
  const sheet = evaluated(example.engine, plan);
  const { valueOf, shown } = sheet;
  // The rate card lists the example's four channels, then one row for any other.
  const setEveryCardRate = (column: RateCardColumn, value: number) => {
    for (let row = 0; row <= 4; row++)
      sheet.setTableCell({ table: "rateCard", row, column }, value);
  };

  it("shows in every figure cell what the KPI code computes", () => {
    // 22 figures: the pyramid's 21 formulas but NPS and its margin (no survey scores), and where the
    // social NPS stands. 67 table cells: 5 channels' EMV on the rate card, 4 weeks × 3 figures, and
    // 5 creators × 10 formulas on the leaderboard (CPE, CPV and ROI without the doubtful orders among them).
    expect(expectFiguresMatch(plan, valueOf, figures)).toEqual({ figures: 22, tables: 67 });
  });

  it("shows docs/kpi.md's worked example", () => {
    // EMV 80,000 / 1000 × 8; social NPS (950 − 100) / 1050 × 100; revenue 200 × 30;
    // ROI (6000 − 250) / 250; with EMV (6000 + 640 − 250) / 250.
    expect(shown("emv")).toBe(640);
    expect(shown("socialNps")).toBeCloseTo(80.952381, 6);
    expect(shown("revenue")).toBe(6000);
    expect(shown("roi")).toBe(23);
    expect(shown("roiWithEmv")).toBeCloseTo(25.56, 9);
    // Cost per engagement 250 / (500 reposts + 1,200 comments + 3,940 likes); per view 250 / 80,000.
    expect(shown("costPerEngagement")).toBeCloseTo(250 / 5640, 12);
    expect(shown("costPerView")).toBeCloseTo(0.003125, 12);
  });

  it("shows the social NPS with its margin of error, in the benchmarks' top quartile", () => {
    // n = 950 + 100 = 1050, net = 850 / 1050 = 0.809524; 1.959964 × √((1 − 0.809524²) / 1050) × 100
    expect(shown("socialNpsMoe")).toBeCloseTo(3.551043, 6);
    expect([shown("npsBenchmarkAverage"), shown("npsBenchmarkTopQuartile")]).toEqual([32, 72]);
    // 80.95 ≥ 72
    expect(shown("npsStanding")).toBe("In the top quartile");
  });

  it("shows every creator's figures as the KPI code computes them", () => {
    // 5 creators × posts, impressions, EMV, cost, CPE, CPV, orders, revenue, ROI, ROI without doubtful orders
    expect(expectLeaderboardMatches(plan, valueOf, figures.creators)).toBe(50);
  });

  it("follows a new CPM on every row of the rate card: EMV and ROI with EMV update", () => {
    setEveryCardRate("cpm", 10);
    // 80,000 / 1000 × 10 = 800; (6000 + 800 − 250) / 250 = 26.2; ROI without EMV stays 23.
    expect(shown("emv")).toBe(800);
    expect(shown("roiWithEmv")).toBeCloseTo(26.2, 9);
    expect(shown("roi")).toBe(23);
    const recomputed = figuresFor(example.sources, example.rows, { ...EARLY_BIRD, cpm: 10 });
    expectFiguresMatch(plan, valueOf, recomputed);
    expectLeaderboardMatches(plan, valueOf, recomputed.creators);
  });

  it("follows one channel's rate: 小红书 at CPM 20 and 0.5 a comment", () => {
    sheet.batch(() => {
      for (let row = 1; row <= 4; row++)
        sheet.setTableCell({ table: "rateCard", row, column: "cpm" }, 8);
      sheet.setTableCell({ table: "rateCard", row: 0, column: "cpm" }, 20);
      sheet.setTableCell({ table: "rateCard", row: 0, column: "perComment" }, 0.5);
    });
    // 小红书 (posts 1 and 6): 17,000 impressions, 260 comments → 17 × 20 + 260 × 0.5 = 470;
    // the other 63,000 impressions at 8 → 504. EMV 974; ROI with EMV (6000 + 974 − 250) / 250.
    expect(shown("emv")).toBeCloseTo(974, 9);
    expect(shown("roiWithEmv")).toBeCloseTo(26.896, 9);
    const zero = { perRepost: 0, perComment: 0, perLike: 0 };
    const rateCard = {
      channels: [{ names: ["小红书"], rates: { ...zero, cpm: 20, perComment: 0.5 } }],
      other: { ...zero, cpm: 8 },
    };
    const recomputed = figuresFor(example.sources, example.rows, { ...EARLY_BIRD, rateCard });
    expectFiguresMatch(plan, valueOf, recomputed);
    expectLeaderboardMatches(plan, valueOf, recomputed.creators);
    // 小美咖啡日记 posts only on 小红书: her EMV is that channel's 470.
    expect(recomputed.creators[0]).toMatchObject({ name: "小美咖啡日记", emv: 470 });
  });

  it("follows a new attribution window and EMV no longer counted as return", () => {
    sheet.batch(() => {
      sheet.setTableCell({ table: "rateCard", row: 0, column: "cpm" }, 8);
      sheet.setTableCell({ table: "rateCard", row: 0, column: "perComment" }, 0);
      sheet.setInput("windowDays", 14);
      sheet.setInput("emvAsReturn", false);
    });
    const recomputed = figuresFor(example.sources, example.rows, {
      ...EARLY_BIRD,
      windowDays: 14,
      emvAsReturn: false,
    });
    expect(expectFiguresMatch(plan, valueOf, recomputed)).toEqual({ figures: 22, tables: 67 });
    expect(shown("roiWithEmv")).toBe("");
    // A wider window attributes more of the 200 orders than 7 days' 180.
    expect(shown("attributedOrders")).toBeGreaterThan(180);
  });
});

describe("the summary sheet in HyperFormula over other kinds of data", () => {
  it("computes NPS and its margin of error from survey answers as the KPI code does", () => {
    const scores = [10, 9, 9, 8, 7, 6, 5, 10, 3, 9].map((score) => [score]);
    const checked = checkAgainstEngine([table("mentions", ["NPS"], [...scores, [null]])]);
    // NPS, its margin, and where it stands against the benchmarks.
    expect(checked.compared).toEqual({ figures: 3, tables: 0 });
    // (5 promoters − 3 detractors) / 10 × 100; 1.959964 × √((0.8 − 0.04) / 10) × 100
    expect(checked.shown("nps")).toBe(20);
    expect(checked.shown("npsMoe")).toBeCloseTo(54.03, 2);
    // 20 < 32
    expect(checked.shown("npsStanding")).toBe("Below the global average");
  });

  it("adds columns of sentiment counts to labels, on a sheet whose name needs quotes", () => {
    const mentions = table(
      "mentions",
      ["Sentiment", "Positive", "Negative"],
      [
        ["Positive", 600, 40],
        ["负面", 349, 59],
        ["中評", null, null],
        ["mixed", null, null],
      ],
      { sheet: "口碑 提及" }
    );
    const checked = checkAgainstEngine([mentions]);
    // positive 1 + 949, neutral 1, negative 1 + 99: 950, 1, 100
    expect([
      checked.shown("positive"),
      checked.shown("neutral"),
      checked.shown("negative"),
    ]).toEqual([950, 1, 100]);
    // The three counts, social NPS, its margin of error and its standing.
    expect(checked.compared).toEqual({ figures: 6, tables: 0 });
  });

  it("ranks discount codes from the orders alone, and shows blanks where nothing divides", () => {
    const posts = table("posts", ["Impressions", "Cost"], [[0, 0]]);
    const orders = table(
      "orders",
      ["Code", "Revenue", "Order date", "Exposure date"],
      [
        ["EB-B", 30, 45360, 45352],
        ["eb-a", 30, 45353, 45352],
        ["EB-B", 30, null, 45352],
        [null, 30, 45352, 45355],
      ]
    );
    const checked = checkAgainstEngine([posts, orders]);
    // Impressions and cost are 0: engagement rate needs engagements (absent), ROI and cost per order blank.
    expect(checked.shown("roi")).toBe("");
    expect(checked.shown("costPerOrder")).toBe(0);
    // Only row 2 is within 7 days (1 day); row 1 is 8 days, row 3 has no order date, row 4 is before exposure.
    expect(checked.shown("attributedOrders")).toBe(1);
    // EB-B: orders, revenue; eb-a: orders, revenue.
    expect(checked.creators).toBe(4);
  });
});

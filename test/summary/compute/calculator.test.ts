import { Result } from "../../../src/cells/result";
import { computedFiguresOf, createFigureCalculator } from "../../../src/summary/compute/calculator";
import { SummaryFigures } from "../../../src/summary/model/figures";
import { SourceKind } from "../../../src/summary/model/measures";
import { SourceProblem } from "../../../src/summary/model/problems";
import { Assumptions, MappedSource } from "../../../src/summary/model/source";
import { loadExample } from "../support/example";
import { mapped, table } from "../support/tables";

const EARLY_BIRD: Assumptions = {
  campaignName: "Early Bird",
  cpm: 8,
  windowDays: 7,
  emvAsReturn: true,
};

function calculate(
  sources: MappedSource[],
  rows: Partial<Record<SourceKind, unknown[][]>>,
  assumptions = EARLY_BIRD,
  chunk = 1000
): Result<SummaryFigures, SourceProblem> {
  const calculator = createFigureCalculator(sources, assumptions);
  for (const [kind, data] of Object.entries(rows) as [SourceKind, unknown[][]][])
    for (let start = 0; start < data.length; start += chunk)
      calculator.addRows(kind, data.slice(start, start + chunk));
  return calculator.result();
}

function figuresOf(result: Result<SummaryFigures, SourceProblem>): SummaryFigures {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Sources from tables whose sample is all their rows, and those rows to stream. */
function sourcesOf(...tables: ReturnType<typeof table>[]) {
  const rows = Object.fromEntries(tables.map((t) => [t.kind, t.sample]));
  return { sources: tables.map(mapped), rows };
}

describe("the figure calculator on the worked example (examples/*.csv)", () => {
  const example = loadExample();
  const result = calculate(example.sources, example.rows);
  const figures = figuresOf(result);

  it("gives docs/kpi.md's headline figures", () => {
    // 80,000 / 1000 × 8
    expect(figures.emv).toBe(640);
    // (950 − 100) / (950 + 100) × 100, not the article's 81.8
    expect(figures.socialNps).toBeCloseTo(80.952381, 6);
    // (120 + 80) × 30
    expect(figures.revenue).toBe(6000);
    // (6000 − 250) / 250
    expect(figures.roi).toBe(23);
    // (6000 + 640 − 250) / 250
    expect(figures.roiWithEmv).toBeCloseTo(25.56, 12);
  });

  it("gives every layer of the pyramid", () => {
    expect(figures).toMatchObject({
      impressions: 80000,
      // 500 reposts + 1,200 comments + 3,940 likes
      engagements: 5640,
      positive: 950,
      neutral: 150,
      negative: 100,
      orders: 200,
      ordersByCode: 120,
      ordersByUtm: 80,
      // The example data puts 20 of the 200 orders 8 to 20 days after first exposure.
      attributedOrders: 180,
      cost: 250,
      // 250 / 200
      costPerOrder: 1.25,
    });
    // 5,640 / 80,000
    expect(figures.engagementRate).toBeCloseTo(0.0705, 12);
    // 30 customers of 170 ordered twice
    expect(figures.repeatRate).toBeCloseTo(30 / 170, 12);
    expect(figures.repeatCounts).toEqual({ customers: 170, repeaters: 30 });
    expect(figures.nps).toBeUndefined();
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("ranks the five creators by ROI on their own codes", () => {
    // 小美: 40 orders × 30 = 1,200 on 50 of cost → (1200 − 50) / 50 = 23; 阿杰 900 → 17; Leo 600 → 11;
    // 豆子 540 → 9.8; Mia 360 → 6.2.
    expect(figures.creators.map((c) => [c.name, c.orders, c.revenue, c.roi])).toEqual([
      ["小美咖啡日记", 40, 1200, 23],
      ["阿杰的早餐", 30, 900, 17],
      ["Coffee Lab Leo", 20, 600, 11],
      ["豆子研究所", 18, 540, expect.closeTo(9.8, 12)],
      ["Mia Brews", 12, 360, expect.closeTo(6.2, 12)],
    ]);
    // 小美's posts: 12,000 + 5,000 impressions → EMV 17 × 8 = 136; two posts at 25.
    expect(figures.creators[0]).toMatchObject({
      code: "EB-MEI",
      posts: 2,
      impressions: 17000,
      emv: 136,
      cost: 50,
    });
  });

  it("gives each creator's cost per engagement and per view, fees only", () => {
    const per = figures.creators.map((c) => [c.name, c.costPerEngagement, c.costPerView]);
    // Each creator's 50 of fees over their two posts' reposts + comments + likes, and impressions:
    // 小美 (80 + 190 + 640) + (25 + 70 + 210) = 1,215 and 17,000; 阿杰 680 + 570 = 1,250 and 17,500;
    // Leo 425 + 230 = 655 and 10,000; 豆子 1,160 + 480 = 1,640 and 22,200; Mia 500 + 380 = 880 and 13,300.
    expect(per).toEqual([
      ["小美咖啡日记", expect.closeTo(50 / 1215, 12), expect.closeTo(50 / 17000, 12)],
      ["阿杰的早餐", 0.04, expect.closeTo(50 / 17500, 12)],
      ["Coffee Lab Leo", expect.closeTo(50 / 655, 12), 0.005],
      ["豆子研究所", expect.closeTo(50 / 1640, 12), expect.closeTo(50 / 22200, 12)],
      ["Mia Brews", expect.closeTo(50 / 880, 12), expect.closeTo(50 / 13300, 12)],
    ]);
    // Staff time counts in the campaign's CPE, not a creator's: 10 hours × 25 beside 250 of fees.
    const staffed = figuresOf(
      calculate(example.sources, example.rows, {
        ...EARLY_BIRD,
        staff: { hours: 10, hourlyRate: 25 },
      })
    );
    expect(staffed.costPerEngagement).toBeCloseTo(500 / 5640, 12);
    expect(staffed.creators[1].costPerEngagement).toBe(0.04);
  });

  it("gives the same figures whatever the chunk size", () => {
    expect(calculate(example.sources, example.rows, EARLY_BIRD, 7)).toEqual(result);
  });

  it("leaves ROI with EMV out unless EMV counts as return", () => {
    const without = figuresOf(
      calculate(example.sources, example.rows, { ...EARLY_BIRD, emvAsReturn: false })
    );
    expect(without.roiWithEmv).toBeUndefined();
    expect(without.roi).toBe(23);
  });

  it("hands the plan the repeat rate and the leaderboard's order", () => {
    const computed = computedFiguresOf(figures, "2024-04-01T09:00:00Z");
    expect(computed.repeatRate).toEqual({ value: 30 / 170, customers: 170, repeaters: 30 });
    // 小美's 40 orders all come after her first post from 40 customers: none is doubtful.
    expect(computed.creators?.[0]).toEqual({
      name: "小美咖啡日记",
      code: "EB-MEI",
      doubtful: 0,
      doubtfulRevenue: 0,
    });
    expect(computed.computedAt).toBe("2024-04-01T09:00:00Z");
    expect(computed.channels).toEqual(["小红书", "Instagram", "微博", "抖音"]);
    // Monday 2024-02-26 (serial 45348) to the week of the last order, four weeks in all.
    expect(computed.weeks).toEqual({ firstWeekStart: 45348, count: 4 });
  });
});

describe("the figure calculator's other inputs", () => {
  it("computes NPS and its margin of error from 0-10 answers", () => {
    const { sources, rows } = sourcesOf(
      table("mentions", ["Score"], [[10], [9], [9], [8], [7], [6], [5], [10], [3], [9], [null]])
    );
    const figures = figuresOf(calculate(sources, rows, EARLY_BIRD, 4));
    // 5 promoters (10, 9, 9, 10, 9), 2 passives, 3 detractors of 10 answers: (5 − 3) / 10 × 100
    expect(figures.nps).toBe(20);
    // p = 0.5, d = 0.3: √((0.8 − 0.04) / 10) = 0.275681; × 1.959964 × 100 = 54.03
    expect(figures.npsMoe).toBeCloseTo(54.03, 2);
    expect(figures.positive).toBeUndefined();
  });

  it("adds up columns of sentiment counts", () => {
    const { sources, rows } = sourcesOf(
      table(
        "mentions",
        ["Positive", "Neutral", "Negative"],
        [
          [600, 100, 40],
          [350, 50, 60],
        ]
      )
    );
    const figures = figuresOf(calculate(sources, rows));
    expect([figures.positive, figures.neutral, figures.negative]).toEqual([950, 150, 100]);
    expect(figures.socialNps).toBeCloseTo(80.952381, 6);
  });

  it("counts labels in any case and warns about labels it does not know", () => {
    const labels = [["Positive"], ["正面"], ["好評"], ["NEGATIVE"], ["mixed"], ["?"], [null]];
    const { sources, rows } = sourcesOf(table("mentions", ["Sentiment"], labels));
    const result = calculate(sources, rows);
    expect(figuresOf(result)).toMatchObject({ positive: 3, neutral: 0, negative: 1 });
    expect(result.ok && result.warnings).toEqual([
      {
        severity: "warning",
        code: "unknownLabels",
        source: "mentions",
        params: { count: 2, cell: "Mentions!A6", value: "mixed" },
      },
    ]);
  });

  it("treats a creator and a code as Excel's COUNTIFS does: case-insensitively", () => {
    const { sources, rows } = sourcesOf(
      table(
        "posts",
        ["Creator", "Cost", "Code"],
        [
          ["Mei", 20, "EB-MEI"],
          ["MEI", 30, null],
        ]
      ),
      table(
        "orders",
        ["Customer", "Code", "Revenue"],
        [
          ["C1", "eb-mei", 30],
          ["C2", "EB-Mei", 30],
        ]
      )
    );
    const [mei] = figuresOf(calculate(sources, rows)).creators;
    // One creator: 2 posts, 50 of cost, 2 orders for 60 → (60 − 50) / 50 = 0.2
    expect(mei).toMatchObject({ name: "Mei", posts: 2, cost: 50, orders: 2, revenue: 60 });
    expect(mei.costPerEngagement).toBeUndefined();
    expect(mei.roi).toBeCloseTo(0.2, 12);
  });

  it("warns when a creator has two codes: the leaderboard counts the first", () => {
    const { sources, rows } = sourcesOf(
      table(
        "posts",
        ["Creator", "Code"],
        [
          ["Mei", "EB-MEI"],
          ["Mei", "EB-MEI2"],
        ]
      )
    );
    const result = calculate(sources, rows);
    expect(result.ok && result.warnings?.map((w) => [w.code, w.params])).toEqual([
      ["severalCodes", { creator: "Mei", code: "EB-MEI", otherCode: "EB-MEI2" }],
    ]);
  });

  it("leaves out what the sources cannot give, and ROI when there is no cost", () => {
    const { sources, rows } = sourcesOf(
      table("posts", ["Creator", "Impressions", "Cost"], [["Mei", 1000, 0]]),
      table("orders", ["Customer", "Revenue"], [["C1", 30]])
    );
    const figures = figuresOf(calculate(sources, rows));
    expect(figures).toMatchObject({ impressions: 1000, emv: 8, cost: 0, revenue: 30, orders: 1 });
    for (const absent of ["engagements", "positive", "socialNps", "ordersByCode", "roi"] as const)
      expect(figures[absent]).toBeUndefined();
    // No code links the creator to orders: her figures stop at cost, and at its 0 / 1,000 impressions
    // per view; without engagement columns she has no cost per engagement.
    expect(figures.creators).toEqual([
      { name: "Mei", posts: 1, impressions: 1000, emv: 8, cost: 0, costPerView: 0 },
    ]);
  });

  it("ranks codes from the orders when no posts name creators", () => {
    const { sources, rows } = sourcesOf(
      table(
        "orders",
        ["Code", "Revenue"],
        [
          ["B", 30],
          ["A", 30],
          ["B", 30],
          [null, 30],
        ]
      )
    );
    expect(figuresOf(calculate(sources, rows)).creators).toEqual([
      { name: "B", code: "B", orders: 2, revenue: 60 },
      { name: "A", code: "A", orders: 1, revenue: 30 },
    ]);
  });
});

describe("the figure calculator on bad cells", () => {
  it("fails, naming the first bad cell of each column on its sheet", () => {
    const posts = table("posts", ["Creator", "Impressions", "Likes"], [], {
      sheet: "KOC posts",
      address: "B2:D7",
    });
    const source = { table: posts, mapping: { creator: 0, impressions: 1, likes: 2 } };
    const calculator = createFigureCalculator([source], EARLY_BIRD);
    calculator.addRows("posts", [
      ["Mei", 100, 5],
      ["Leo", "lots", 6],
    ]);
    calculator.addRows("posts", [
      ["Jie", "many", "7"],
      ["Mia", 50, 8],
    ]);
    // Data row 1 sits on sheet row 2 + 1 + 1 = 4, column C; the "7" stored as text on row 5, column D.
    expect(calculator.result()).toEqual({
      ok: false,
      problems: [
        {
          severity: "error",
          code: "notNumber",
          source: "posts",
          params: { cell: "'KOC posts'!C4", value: "lots", measure: "impressions" },
        },
        {
          severity: "error",
          code: "numberAsText",
          source: "posts",
          params: { cell: "'KOC posts'!D5", value: "7", measure: "likes" },
        },
      ],
    });
  });

  it("refuses rows for a kind of source it was not given", () => {
    const calculator = createFigureCalculator([], EARLY_BIRD);
    expect(() => calculator.addRows("orders", [[1]])).toThrow("No orders source");
  });
});

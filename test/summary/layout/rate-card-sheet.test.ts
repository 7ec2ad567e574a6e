import { CellPlan, SheetPlan } from "../../../src/summary/model/plan";
import { DEFAULT_RATE_CARD, rateCardOf, ratesFor } from "../../../src/summary/model/rate-card";
import {
  checkAgainstEngine,
  evaluated,
  expectFiguresMatch,
  tableCellOf,
} from "../support/evaluate";
import { loadExample } from "../support/example";
import { EARLY_BIRD, figureCell, figuresFor, planFor, textsOf } from "../support/plans";
import { table } from "../support/tables";

const WITH_DEFAULTS = { ...EARLY_BIRD, rateCard: DEFAULT_RATE_CARD };

/** The rate card's rows as [channel, ...rates], from the plan's cells. */
function cardRows(plan: SheetPlan): unknown[][] {
  const rows: unknown[][] = [];
  for (const cell of plan.cells) {
    if (cell.tableCell?.table !== "rateCard" || cell.tableCell.column === "emv") continue;
    const content = cell.content as { text?: string; value?: number };
    (rows[cell.tableCell.row] ??= []).push(content.text ?? content.value);
  }
  return rows;
}

describe("the default EMV rate card", () => {
  it("prices a channel under any of its names, ignoring case, spaces and full-width letters", () => {
    const weibo = DEFAULT_RATE_CARD.channels[0].rates;
    const bilibili = DEFAULT_RATE_CARD.channels[3].rates;
    for (const name of ["Weibo", "WEIBO", "微博", "新浪微博", " sina weibo "])
      expect(ratesFor(DEFAULT_RATE_CARD, name)).toBe(weibo);
    for (const name of ["B站", "b 站", "Ｂ站", "bilibili", "哔哩哔哩"])
      expect(ratesFor(DEFAULT_RATE_CARD, name)).toBe(bilibili);
    expect(ratesFor(DEFAULT_RATE_CARD, "Facebook")).toBe(DEFAULT_RATE_CARD.other);
    expect(ratesFor(DEFAULT_RATE_CARD, undefined)).toBe(DEFAULT_RATE_CARD.other);
  });

  it("covers Weibo, RED, Douyin, Bilibili, Instagram and TikTok", () => {
    const names = DEFAULT_RATE_CARD.channels.map((channel) => channel.names[0]);
    expect(names).toEqual(["Weibo", "小红书", "抖音", "B站", "Instagram", "TikTok"]);
  });

  it("is replaced by the CPM alone when the assumptions give no card, as docs/kpi.md defines EMV", () => {
    expect(rateCardOf(EARLY_BIRD)).toEqual({
      channels: [],
      other: { cpm: 8, perRepost: 0, perComment: 0, perLike: 0 },
    });
    expect(rateCardOf(WITH_DEFAULTS)).toBe(DEFAULT_RATE_CARD);
  });
});

describe("the rate card on the summary sheet", () => {
  const example = loadExample();
  const { plan, figures } = planFor(example.sources, example.rows, "en", WITH_DEFAULTS);
  let sheet: ReturnType<typeof evaluated>;
  beforeAll(() => (sheet = evaluated(example.engine, plan)));

  it("values each channel in the figure calculator, at the CPM alone when no card is given", () => {
    // No card given: every channel at CPM 8. 小红书 17,000, Instagram 23,300, 微博 17,500 and 抖音
    // 22,200 impressions; no post without a channel.
    expect(figuresFor(example.sources, example.rows).channelEmv).toEqual([
      { channel: "小红书", emv: 136 },
      { channel: "Instagram", emv: expect.closeTo(186.4, 12) },
      { channel: "微博", emv: 140 },
      { channel: "抖音", emv: expect.closeTo(177.6, 12) },
      { emv: 0 },
    ]);
  });

  it("lists the posts' channels priced from the card, then every other channel, as inputs", () => {
    expect(cardRows(plan)).toEqual([
      ["小红书", 10, 0.2, 0.1, 0.02],
      ["Instagram", 8, 0.2, 0.1, 0.02],
      ["微博", 5, 0.1, 0.05, 0.01],
      ["抖音", 6, 0.1, 0.05, 0.01],
      ["Other channels", 8, 0.1, 0.05, 0.01],
    ]);
    const rate = tableCellOf(plan, { table: "rateCard", row: 2, column: "perLike" });
    expect(rate?.style).toEqual({ input: true });
    expect(textsOf(plan)).toContain("EMV rate card (assumptions: EMV has no industry standard)");
    const title = plan.cells.find((cell) => cell.content.kind === "text" && cell.note);
    expect(title?.note).toContain("EMV has no industry standard, so these rates are assumptions");
  });

  it("values every post at its channel's rates, in HyperFormula as in the KPI code", () => {
    // As over the example: 5 EMV cells on the card, 12 in the weeks, 50 on the leaderboard.
    expect(expectFiguresMatch(plan, sheet.valueOf, figures)).toEqual({ figures: 22, tables: 67 });
    const emvOf = (row: number) => sheet.shownIn({ table: "rateCard", row, column: "emv" });
    // 小红书: 17 × 10 + 105 reposts × 0.2 + 260 comments × 0.1 + 850 likes × 0.02 = 170 + 21 + 26 + 17
    expect(emvOf(0)).toBeCloseTo(234, 9);
    // Instagram: 23.3 × 8 + 130 × 0.2 + 345 × 0.1 + 1,060 × 0.02 = 186.4 + 26 + 34.5 + 21.2
    expect(emvOf(1)).toBeCloseTo(268.1, 9);
    // 微博: 17.5 × 5 + 110 × 0.1 + 260 × 0.05 + 880 × 0.01 = 87.5 + 11 + 13 + 8.8
    expect(emvOf(2)).toBeCloseTo(120.3, 9);
    // 抖音: 22.2 × 6 + 155 × 0.1 + 335 × 0.05 + 1,150 × 0.01 = 133.2 + 15.5 + 16.75 + 11.5
    expect(emvOf(3)).toBeCloseTo(176.95, 9);
    expect(emvOf(4)).toBe(0);
    // 234 + 268.1 + 120.3 + 176.95; ROI with EMV (6000 + 799.35 − 250) / 250
    expect(sheet.shown("emv")).toBeCloseTo(799.35, 9);
    expect(sheet.shown("roiWithEmv")).toBeCloseTo(26.1974, 9);
  });

  it("gives each creator the EMV of their posts at their channels' rates", () => {
    const leo = figures.creators.find((creator) => creator.name === "Coffee Lab Leo");
    // Leo's two Instagram posts: 10 × 8 + 55 × 0.2 + 150 × 0.1 + 450 × 0.02 = 80 + 11 + 15 + 9
    expect(leo?.emv).toBeCloseTo(115, 9);
    const header = plan.cells.find(
      (cell) => cell.content.kind === "text" && cell.content.text === "Coffee Lab Leo"
    ) as CellPlan;
    // The leaderboard's EMV sits in F, right of posts (D) and impressions (E).
    const emv = plan.cells.find((cell) => cell.row === header.row && cell.column === 5);
    expect(sheet.valueOf(emv as CellPlan)).toBeCloseTo(115, 9);
  });
});

describe("the rate card over channels it does not list", () => {
  const posts = table(
    "posts",
    ["Channel", "Impressions", "Likes"],
    [
      ["Weibo", 1000, 100],
      ["Facebook", 1000, 0],
      ["WEIBO", 2000, 0],
      [null, 500, 0],
    ]
  );

  it("gives each channel one row under its first spelling, and posts with none the other row", () => {
    const checked = checkAgainstEngine([posts], WITH_DEFAULTS);
    expect(cardRows(checked.plan)).toEqual([
      ["Weibo", 5, 0.01],
      ["Facebook", 8, 0.01],
      ["Other channels", 8, 0.01],
    ]);
    // Weibo: 3 × 5 + 100 × 0.01 = 16; Facebook at the other rates 1 × 8 = 8; no channel 0.5 × 8 = 4.
    expect(checked.shown("emv")).toBeCloseTo(28, 9);
    expect(checked.compared.tables).toBe(3);
  });

  it("values posts added later on a new channel at the other row's rates", () => {
    const checked = checkAgainstEngine([posts], WITH_DEFAULTS);
    const sheet = checked.engine.getSheetId("Posts") as number;
    checked.engine.setCellContents({ sheet, row: 5, col: 0 }, [["Threads", 1000, 0]]);
    // 28 + Threads at the other rates: 1 × 8
    expect(checked.shown("emv")).toBeCloseTo(36, 9);
    checked.setTableCell({ table: "rateCard", row: 2, column: "cpm" }, 10);
    // Weibo 16 and Facebook's own row 8 stay; no channel 0.5 × 10 and Threads 1 × 10 make 15.
    expect(checked.shown("emv")).toBeCloseTo(39, 9);
    expect(figureCell(checked.plan, "cpm")?.tableCell).toEqual({
      table: "rateCard",
      row: 2,
      column: "cpm",
    });
  });

  it("has one row for all posts when they name no channel, with a rate per valued column only", () => {
    const plain = table("posts", ["Impressions", "Reposts"], [[4000, 10]]);
    const checked = checkAgainstEngine([plain]);
    expect(cardRows(checked.plan)).toEqual([["All posts", 8, 0]]);
    // 4 × 8
    expect(checked.shown("emv")).toBe(32);
  });
});

describe("EMV formulas with many channels", () => {
  // Excel refuses a formula over 8,192 characters (Excel's specifications and limits), and a long
  // source sheet name lengthens every reference in it.
  const FORMULA_LIMIT = 8192;
  const SHEET = "社交媒体帖子数据 2024";
  const channelsOf = (count: number) => Array.from({ length: count }, (_, i) => `Channel ${i + 1}`);
  const cardOf = (channels: string[]) => ({
    channels: channels.map((name, i) => ({
      names: [name],
      rates: { cpm: 5 + i, perRepost: 0.1, perComment: 0.05, perLike: 0.01 },
    })),
    other: { cpm: 8, perRepost: 0, perComment: 0, perLike: 0 },
  });
  // Two creators, each with one post of 1,000 impressions, 2 reposts, 4 comments and 10 likes on
  // every channel.
  const postsOn = (channels: string[]) =>
    table(
      "posts",
      ["Creator", "Channel", "Impressions", "Reposts", "Comments", "Likes"],
      ["Mei", "Jun"].flatMap((creator) =>
        channels.map((channel) => [creator, channel, 1000, 2, 4, 10])
      ),
      { sheet: SHEET }
    );
  const longest = (plan: SheetPlan) =>
    Math.max(
      ...plan.cells.map((cell: CellPlan) =>
        cell.content.kind === "formula" ? cell.content.formula.length : 0
      )
    );

  it("keeps every formula as long for 30 channels as for 3, far under Excel's limit", () => {
    const three = checkAgainstEngine([postsOn(channelsOf(3))], {
      ...EARLY_BIRD,
      rateCard: cardOf(channelsOf(3)),
    });
    const thirty = checkAgainstEngine([postsOn(channelsOf(30))], {
      ...EARLY_BIRD,
      rateCard: cardOf(channelsOf(30)),
    });
    expect(longest(thirty.plan)).toBeLessThan(FORMULA_LIMIT);
    // Only the channel numbers' digits and the card's row numbers differ.
    expect(Math.abs(longest(thirty.plan) - longest(three.plan))).toBeLessThan(40);
    // Each creator: on channel i, 1000/1000 × (5 + i − 1) + 2 × 0.1 + 4 × 0.05 + 10 × 0.01 = 4.5 + i;
    // over 30 channels Σ (4.5 + i) = 30 × 4.5 + 465 = 600, and the engine agrees with the calculator.
    // Posts, impressions and EMV of each of the two creators, as formulas the engine evaluated.
    expect(thirty.creators).toBe(6);
    expect(thirty.figures.creators.map((c) => c.emv)).toEqual([600, 600].map(expect.closeTo));
  });
});

// Doubtful discount-code orders on the summary, from hand-made posts and orders: a creator who
// bought with her own code, a code leaked beyond its creator's reach, a code of no creator. Every
// expected figure is worked out by hand in the comments.
import { toDateSerial } from "../../src/cells/dates";
import { sheetWordsOf } from "../../src/i18n/sheets";
import { codeAuditLine } from "../../src/summary";
import { CellPlan } from "../../src/summary/model/plan";
import { checkAgainstEngine, expectSame } from "./support/evaluate";
import { EARLY_BIRD, planFor } from "./support/plans";
import { mapped, table } from "./support/tables";

const day = (text: string) => toDateSerial(text) as number;

// Amy: 15,000 impressions, cost 300, first post 5 March. Ben: 500 impressions, cost 100, so more
// than 0.01 × 500 = 5 orders on his code are beyond his reach.
const POSTS = table(
  "posts",
  ["Creator", "Email", "Post date", "Impressions", "Likes", "Cost", "Discount code"],
  [
    ["Amy", "amy@example.com", day("2024-03-05"), 10000, 100, 200, "AMY10"],
    ["Amy", "amy@example.com", day("2024-03-12"), 5000, 50, 100, "AMY10"],
    ["Ben", "ben@example.com", day("2024-03-06"), 500, 10, 100, "BEN5"],
  ]
);

const order = (
  id: string,
  customer: string,
  date: string,
  revenue: number,
  code: string | null
) => [id, customer, day(date), revenue, code];
const ORDERS = table(
  "orders",
  ["Order ID", "Customer email", "Order date", "Revenue", "Discount code"],
  [
    // AMY10, 10 orders, revenue 100 + 50 + 50 + 50 + 3 × 40 + 50 + 50 + 50 = 520:
    // Amy herself, her e-mail in capitals → self (100).
    order("O1", "AMY@example.com", "2024-03-06", 100, "AMY10"),
    // The day before her first post → before-post (50).
    order("O2", "c1@example.com", "2024-03-04", 50, "AMY10"),
    order("O3", "c2@example.com", "2024-03-07", 50, "AMY10"),
    order("O4", "c3@example.com", "2024-03-08", 50, "AMY10"),
    // c4's 3 orders are 30 % of the code's 10: 3 ≥ 3 and 30 % ≥ 20 % → concentration (120).
    order("O5", "c4@example.com", "2024-03-09", 40, "AMY10"),
    order("O6", "c4@example.com", "2024-03-10", 40, "AMY10"),
    order("O7", "c4@example.com", "2024-03-11", 40, "AMY10"),
    order("O8", "c5@example.com", "2024-03-12", 50, "AMY10"),
    order("O9", "c6@example.com", "2024-03-13", 50, "AMY10"),
    order("O10", "c7@example.com", "2024-03-14", 50, "AMY10"),
    // BEN5: 6 orders of 30 > 5 → all 6 beyond reach (180).
    ...[1, 2, 3, 4, 5, 6].map((n) =>
      order(`O${10 + n}`, `f${n}@example.com`, "2024-03-07", 30, "BEN5")
    ),
    // A code no post gives (20), and an order without a code (80).
    order("O17", "f7@example.com", "2024-03-10", 20, "FREE20"),
    order("O18", "c8@example.com", "2024-03-10", 80, null),
  ]
);

describe("doubtful code orders on the summary", () => {
  const checked = checkAgainstEngine([POSTS, ORDERS]);
  const { plan, figures, shownIn } = checked;
  const labels = sheetWordsOf("en");
  const rowOf = (name: string) => figures.creators.findIndex((creator) => creator.name === name);
  const board = (name: string, column: "doubtful" | "doubtfulRevenue" | "roi" | "roiWithout") =>
    shownIn({ table: "leaderboard", row: rowOf(name), column });
  const textAt = (row: number) => {
    const content = plan.cells.find((cell) => cell.row === row && cell.column === 1)?.content;
    return content?.kind === "text" ? content.text : undefined;
  };
  const titleRow = (
    plan.cells.find(
      (cell) => cell.content.kind === "text" && cell.content.text === labels.codeAuditTitle
    ) as CellPlan
  ).row;

  it("shows each creator's doubtful orders and ROI with and without them, as the sheet computes it", () => {
    // Amy: 5 doubtful (O1, O2, O5-O7) worth 270; ROI (520 − 300) / 300, without (250 − 300) / 300.
    expect(board("Amy", "doubtful")).toBe(5);
    expect(board("Amy", "doubtfulRevenue")).toBe(270);
    expectSame(board("Amy", "roi"), 220 / 300, "Amy roi");
    expectSame(board("Amy", "roiWithout"), -50 / 300, "Amy roiWithout");
    // Ben: all 6 worth 180; ROI (180 − 100) / 100 = 0.8, without (0 − 100) / 100 = −1.
    expect(board("Ben", "doubtful")).toBe(6);
    expect(board("Ben", "doubtfulRevenue")).toBe(180);
    expectSame(board("Ben", "roi"), 0.8, "Ben roi");
    expectSame(board("Ben", "roiWithout"), -1, "Ben roiWithout");
    // Every formula of the leaderboard agrees with the KPI code: 2 creators × 10 formulas (posts,
    // impressions, EMV, cost, CPE, CPV, orders, revenue, ROI, ROI without the doubtful orders).
    expect(checked.creators).toBe(20);
  });

  it("says in one line what was doubted and how much ROI changes without it", () => {
    // 17 orders on codes (10 + 6 + 1), 12 doubtful (5 + 6 + 1) worth 270 + 180 + 20 = 470.
    // Revenue 800, cost 400: ROI (800 − 400) / 400 = 100 %, without (330 − 400) / 400 = −17.5 %.
    expect(textAt(titleRow + 1)).toBe(
      "12 of 17 orders on discount codes are doubtful: BEN5 (Ben): 6 beyond the creator's reach; " +
        "AMY10 (Amy): 1 by the creator, 3 by one customer, 1 before the first post; " +
        "FREE20: 1 on a code of no creator. Without them, ROI is -17.5% instead of 100.0%."
    );
    expect(figures.codeAudit).toMatchObject({ orders: 17, flagged: 12, flaggedRevenue: 470 });
    expect(figures.codeAudit?.roi).toBeCloseTo(1, 12);
    expect(figures.codeAudit?.roiWithout).toBeCloseTo(-0.175, 12);
  });

  it("states the thresholds it used and lists each code's doubtful orders by reason", () => {
    const valueAt = (row: number, column: number) => {
      const content = plan.cells.find((c) => c.row === row && c.column === column)?.content;
      return content?.kind === "number" || content?.kind === "text"
        ? "value" in content
          ? content.value
          : content.text
        : undefined;
    };
    expect([2, 3, 4].map((offset) => valueAt(titleRow + offset, 6))).toEqual([3, 0.2, 0.01]);
    expect(textAt(titleRow + 2)).toBe(labels.codeThresholds.minOrders);
    const header = titleRow + 6;
    const row = (offset: number) =>
      Array.from({ length: 10 }, (_, column) => valueAt(header + offset, 1 + column));
    // Code, creator, orders, doubtful, self, one customer, beyond reach, before post, no creator, revenue.
    expect(row(1)).toEqual(["BEN5", "Ben", 6, 6, 0, 0, 6, 0, 0, 180]);
    expect(row(2)).toEqual(["AMY10", "Amy", 10, 5, 1, 3, 0, 1, 0, 270]);
    expect(row(3)).toEqual(["FREE20", undefined, 1, 1, 0, 0, 0, 0, 1, 20]);
  });

  it("follows thresholds of the user's: 4 orders of one customer are needed, c4's 3 no longer are", () => {
    const sources = [POSTS, ORDERS].map(mapped);
    const rows = { posts: POSTS.sample, orders: ORDERS.sample };
    const codeThresholds = { minOrders: 4, minShare: 0.2, maxOrdersPerImpression: 0.01 };
    const { figures: own } = planFor(sources, rows, "en", { ...EARLY_BIRD, codeThresholds });
    const amy = own.creators.find((creator) => creator.name === "Amy");
    // Only O1 and O2: 2 orders worth 150; ROI without (370 − 300) / 300.
    expect(amy).toMatchObject({ doubtful: 2, doubtfulRevenue: 150 });
    expect(amy?.roiWithout).toBeCloseTo(70 / 300, 12);
  });

  it("writes the line in Chinese too", () => {
    const sources = [POSTS, ORDERS].map(mapped);
    const rows = { posts: POSTS.sample, orders: ORDERS.sample };
    const zh = planFor(sources, rows, "zh-CN").plan;
    const title = zh.cells.find(
      (cell) =>
        cell.content.kind === "text" && cell.content.text === sheetWordsOf("zh-CN").codeAuditTitle
    ) as CellPlan;
    const line = zh.cells.find((cell) => cell.row === title.row + 1 && cell.column === 1)?.content;
    expect(line).toEqual({
      kind: "text",
      text:
        "优惠码上的 17 笔订单中有 12 笔可疑：BEN5（Ben）：6 笔超出博主的触达；" +
        "AMY10（Amy）：1 笔由博主本人下单，3 笔来自同一客户，1 笔早于首条帖子；" +
        "FREE20：1 笔使用不属于任何博主的码。剔除后 ROI 为 -17.5%，而非 100.0%。",
    });
  });

  it("names a code by itself alone when the posts name no creators", () => {
    const byCode = table(
      "posts",
      ["Post date", "Impressions", "Cost", "Discount code"],
      POSTS.sample.map((row) => [row[2], row[3], row[5], row[6]])
    );
    const sources = [byCode, ORDERS].map(mapped);
    const rows = { posts: byCode.sample, orders: ORDERS.sample };
    const { figures: coded } = planFor(sources, rows);
    // No e-mails in these posts: Amy's own order is no longer doubted, her 4 others still are.
    const line = codeAuditLine(coded.codeAudit!, labels);
    expect(line).toContain(
      "BEN5: 6 beyond the creator's reach; AMY10: 3 by one customer, 1 before"
    );
    expect(coded.creators.find((row) => row.code === "AMY10")).toMatchObject({ doubtful: 4 });
  });
});

import { planSummary } from "../../../src/summary/layout/pyramid";
import { availableFigures, sourcesNeedingFullData } from "../../../src/summary/model/availability";
import { SheetPlan } from "../../../src/summary/model/plan";
import { MappedSource } from "../../../src/summary/model/source";
import { loadExample } from "../support/example";
import {
  COMPUTED_AT,
  EARLY_BIRD,
  figureCell,
  formulasOf,
  planFor,
  textsOf,
} from "../support/plans";
import { mapped, table } from "../support/tables";

const example = loadExample();
const { plan } = planFor(example.sources, example.rows);

/** The example's sources as Excel tables named after their sheets. */
function asTables(sources: MappedSource[]): MappedSource[] {
  return sources.map(({ table: t, mapping }) => ({ table: { ...t, tableName: t.sheet }, mapping }));
}

describe("planSummary with Chinese headers and labels", () => {
  const posts = table(
    "posts",
    ["达人", "平台", "曝光量", "转发", "评论", "点赞", "费用", "优惠码"],
    [["小美", "小红书", 12000, 80, 190, 640, 50, "EB-MEI"]],
    { sheet: "帖子" }
  );
  const mentions = table("mentions", ["情感"], [["正面"], ["负面"]], { sheet: "评论" });
  const orders = table(
    "orders",
    ["会员", "下单日期", "销售额", "优惠码", "来源", "首次曝光日期"],
    [["C1", 45355, 30, "EB-MEI", null, 45352]],
    { sheet: "订单" }
  );
  const sources = [posts, mentions, orders].map(mapped);
  const rows = { posts: posts.sample, mentions: mentions.sample, orders: orders.sample };

  it("recognises every column and plans every figure, quoting the Chinese sheet names", () => {
    const { plan: chinese } = planFor(sources, rows, "zh-CN");
    // Every measured figure but the survey's NPS and margin of error.
    expect(availableFigures(sources).size).toBe(22);
    for (const figure of availableFigures(sources))
      expect(figureCell(chinese, figure)).toBeDefined();
    expect(figureCell(chinese, "impressions")?.content).toEqual({
      kind: "formula",
      formula: "=SUM('帖子'!$C$2:$C$10002)",
    });
  });

  it("speaks 简体中文 and 繁體中文", () => {
    expect(textsOf(planFor(sources, rows, "zh-CN").plan)).toEqual(
      expect.arrayContaining([
        "活动汇总",
        "声量：多少人听说了？",
        "复购率",
        "EMV 价值表（假设：EMV 没有行业标准）",
        "其他平台",
        "社交媒体 NPS 误差范围（±，95%）",
      ])
    );
    expect(textsOf(planFor(sources, rows, "zh-TW").plan)).toEqual(
      expect.arrayContaining([
        "活動摘要",
        "聲量：多少人聽說了？",
        "回購率",
        "EMV 價值表（假設：EMV 沒有業界標準）",
        "每則評論",
        "社群媒體 NPS 與基準相比",
      ])
    );
  });
});

describe("planSummary over Excel tables", () => {
  const tables = asTables(example.sources);
  const { plan: tabled } = planFor(tables, example.rows);

  it("uses structured references, so the sheet follows rows added to the tables", () => {
    expect(figureCell(tabled, "impressions")?.content).toEqual({
      kind: "formula",
      formula: "=SUM(Posts[Impressions])",
    });
    expect(figureCell(tabled, "attributedOrders")?.content).toEqual({
      kind: "formula",
      formula:
        "=SUMPRODUCT(ISNUMBER(Orders[Order date])*ISNUMBER(Orders[First exposure date])*(Orders[Order date]-Orders[First exposure date]>=0)*(Orders[Order date]-Orders[First exposure date]<=$G$9))",
    });
    expect(figureCell(tabled, "ordersByCode")?.content).toEqual({
      kind: "formula",
      formula: "=ROWS(Orders[Discount code])-COUNTBLANK(Orders[Discount code])",
    });
    expect(formulasOf(tabled).join(" ")).not.toMatch(/!\$/);
    expect(textsOf(tabled)).toContain("table Posts (Posts!A1:J11)");
  });

  it("plans the same cells as over ranges, only the references differ", () => {
    const shape = (sheet: SheetPlan) =>
      sheet.cells.map((cell) => [cell.row, cell.column, cell.figure]);
    expect(shape(tabled)).toEqual(shape(plan));
  });
});

describe("text from the user's cells", () => {
  it("stays text, even when it looks like a formula", () => {
    const posts = table(
      "posts",
      ["Creator", "Cost"],
      [
        ['=HYPERLINK("http://evil.example","click")', 10],
        ["+cmd", 20],
      ]
    );
    const source = mapped(posts);
    // The calculator would refuse "=HYPERLINK…" as a COUNTIFS criterion; the plan must still write it as text.
    const creators = posts.sample.map(([name]) => ({ name: String(name) }));
    const computed = { computedAt: COMPUTED_AT, creators };
    const assumptions = { ...EARLY_BIRD, campaignName: "=1+1" };
    const sheet = planSummary({
      sources: [source],
      assumptions,
      computed,
      locale: "en",
      createdAt: "@now",
    });
    expect(textsOf(sheet)).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://evil.example","click")', "+cmd", "=1+1", "@now"])
    );
    const formulas = formulasOf(sheet).join(" ");
    expect(formulas).not.toContain("HYPERLINK");
    expect(formulas).not.toContain("cmd");
  });
});

describe("the sources the figure calculator must read in full", () => {
  const posts = (headers: string[]) => mapped(table("posts", headers, [[]]));
  const orders = (headers: string[]) => mapped(table("orders", headers, [[]]));

  it("are those behind the repeat rate, the leaderboard, the rate card's channels and the weeks", () => {
    expect(sourcesNeedingFullData([posts(["Impressions"]), orders(["Revenue"])])).toEqual([]);
    expect(sourcesNeedingFullData([posts(["Channel", "Impressions"])])).toEqual(["posts"]);
    expect(sourcesNeedingFullData([orders(["Order date", "Revenue"])])).toEqual(["orders"]);
    expect(sourcesNeedingFullData([orders(["Customer ID"])])).toEqual(["orders"]);
    expect(
      sourcesNeedingFullData([orders(["Discount code"]), posts(["Creator", "Impressions"])])
    ).toEqual(["orders", "posts"]);
  });
});

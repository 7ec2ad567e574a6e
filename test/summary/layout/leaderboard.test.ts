// The leaderboard's cost per engagement and per view: where they sit, when they appear, and what
// HyperFormula shows for them against costs, engagements and impressions added up by hand.
import { Locale, wordsOf } from "../../../src/i18n";
import { SheetPlan } from "../../../src/summary/model/plan";
import { LeaderboardColumn } from "../../../src/summary/model/tables";
import { checkAgainstEngine } from "../support/evaluate";
import { planFor } from "../support/plans";
import { mapped, table } from "../support/tables";

/** The leaderboard's columns, left to right, as its first row holds them. */
function boardColumns(plan: SheetPlan): LeaderboardColumn[] {
  return plan.cells
    .flatMap(({ tableCell, column }) =>
      tableCell?.table === "leaderboard" && tableCell.row === 0 ? [{ column, at: tableCell }] : []
    )
    .sort((a, b) => a.column - b.column)
    .map(({ at }) => at.column);
}

function planOf(headers: string[], rows: unknown[][], locale: Locale = "en"): SheetPlan {
  return planFor([mapped(table("posts", headers, rows))], { posts: rows }, locale).plan;
}

const HEADERS = ["Creator", "Impressions", "Reposts", "Comments", "Likes", "Saves", "Cost"];
// Ann: 600 of cost over (100 + 300 + 1,000 + 200) + (50 + 150 + 500 + 100) = 2,400 engagements and
// 30,000 + 18,000 = 48,000 impressions. Ben: 100 of cost, nothing to divide it by. Cy: 50 of cost,
// 400 likes, blanks for the rest.
const POSTS = [
  ["Ann", 30000, 100, 300, 1000, 200, 400],
  ["Ben", 0, 0, 0, 0, 0, 100],
  ["Cy", 20000, null, null, 400, null, 50],
  ["Ann", 18000, 50, 150, 500, 100, 200],
];

describe("the leaderboard's cost per engagement and per view", () => {
  it("follow the cost column", () => {
    expect(boardColumns(planOf(HEADERS, POSTS))).toEqual([
      ...["name", "posts", "impressions", "emv", "cost"],
      ...["costPerEngagement", "costPerView"],
    ]);
  });

  it("show in HyperFormula the creator's cost over their engagements and impressions", () => {
    const checked = checkAgainstEngine([table("posts", HEADERS, POSTS)]);
    const shown = (row: number, column: LeaderboardColumn) =>
      checked.shownIn({ table: "leaderboard", row, column });
    // Ann: 600 / 2,400 and 600 / 48,000.
    expect(shown(0, "costPerEngagement")).toBe(0.25);
    expect(shown(0, "costPerView")).toBeCloseTo(0.0125, 12);
    // Ben: blank where nothing divides, never #DIV/0!.
    expect([shown(1, "costPerEngagement"), shown(1, "costPerView")]).toEqual(["", ""]);
    // Cy: 50 / 400 and 50 / 20,000.
    expect(shown(2, "costPerEngagement")).toBe(0.125);
    expect(shown(2, "costPerView")).toBeCloseTo(0.0025, 12);
    // 3 creators × posts, impressions, EMV, cost, CPE and CPV, each as the KPI code computes it.
    expect(checked.creators).toBe(18);
    expect(checked.figures.creators[0]).toMatchObject({ costPerEngagement: 0.25 });
    expect(checked.figures.creators[1].costPerEngagement).toBeUndefined();
  });

  it("count a column of total engagements only where the posts give no parts, as the campaign does", () => {
    const cpeOf = (headers: string[], rows: unknown[][]) =>
      checkAgainstEngine([table("posts", headers, rows)]).shownIn({
        table: "leaderboard",
        row: 0,
        column: "costPerEngagement",
      });
    // 600 / 2,400 total engagements.
    expect(cpeOf(["Creator", "Engagements", "Cost"], [["Ann", 2400, 600]])).toBe(0.25);
    // Beside its parts the total would count every like twice: 600 / 1,200 likes.
    expect(cpeOf(["Creator", "Likes", "Engagements", "Cost"], [["Ann", 1200, 2400, 600]])).toBe(
      0.5
    );
  });

  it("appear only with a cost: CPE with an engagement column, CPV with impressions", () => {
    const columnsWith = (headers: string[]) =>
      boardColumns(planOf(headers, [["Ann", ...headers.slice(1).map(() => 10)]]));
    expect(columnsWith(["Creator", "Impressions", "Likes"])).toEqual([
      ...["name", "posts", "impressions", "emv"],
    ]);
    expect(columnsWith(["Creator", "Likes", "Cost"])).toEqual([
      ...["name", "posts", "cost", "costPerEngagement"],
    ]);
    expect(columnsWith(["Creator", "Impressions", "Cost"])).toEqual([
      ...["name", "posts", "impressions", "emv", "cost", "costPerView"],
    ]);
  });

  it.each([
    ["en", "Cost per engagement", "Cost per view"],
    ["zh-CN", "单次互动成本", "单次曝光成本"],
    ["zh-TW", "單次互動成本", "單次曝光成本"],
  ] as const)("are headed in %s as %s and %s", (locale, perEngagement, perView) => {
    const plan = planOf(HEADERS, POSTS, locale);
    const first = plan.cells.find(({ tableCell }) => tableCell?.table === "leaderboard");
    // The headers sit on the row above the first creator's, left to right.
    const headers = plan.cells
      .filter((cell) => cell.row === (first?.row ?? 0) - 1)
      .sort((a, b) => a.column - b.column)
      .map((cell) => (cell.content.kind === "text" ? cell.content.text : ""));
    const { cost } = wordsOf(locale).sheet.leaderboardColumns;
    expect(headers.slice(-3)).toEqual([cost, perEngagement, perView]);
  });
});

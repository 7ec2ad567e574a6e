// Where the summary's text sits, so that no viewer draws one cell's text over another's.
import { wordsOf } from "../../../src/i18n";
import { COLUMN_WIDTHS, LABEL_COLUMN } from "../../../src/summary/layout/grid";
import { CellPlan } from "../../../src/summary/model/plan";
import { loadExample } from "../support/example";
import { figureCell, planFor } from "../support/plans";

const example = loadExample();

describe.each(["en", "zh-CN", "zh-TW"] as const)("the summary's layout in %s", (locale) => {
  const { plan } = planFor(example.sources, example.rows, locale);
  const labels = wordsOf(locale).sheet;
  const textCell = (text: string) =>
    plan.cells.find((cell) => cell.content.kind === "text" && cell.content.text === text);
  const rowOf = (text: string) => textCell(text)?.row as number;
  const cellsIn = (row: number) => plan.cells.filter((cell) => cell.row === row);

  it("gives every row of wrapped headers two lines and the doubtful orders' line three", () => {
    const wrapped = new Set(plan.cells.filter((cell) => cell.style?.wrapText).map((c) => c.row));
    const header = (text: string) => rowOf(text);
    // The rate card's, the leaderboard's, the doubtful code orders', the weeks' and the cohorts' headers.
    const headers = [
      header(labels.rateCardColumns.perRepost),
      header(labels.leaderboardColumns.posts),
      header(labels.codeAuditColumns.flaggedRevenue),
      header(labels.weekColumns.weekStart),
      header(labels.cohortColumns.customers),
    ];
    // The audit's line sits right under its title.
    const line = rowOf(labels.codeAuditTitle) + 1;
    expect([...wrapped].sort((a, b) => a - b)).toEqual([...headers, line].sort((a, b) => a - b));
    const heights = [...headers.map((row) => ({ row, lines: 2 })), { row: line, lines: 3 }];
    const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
    expect([...(plan.rowHeights ?? [])].sort(byRow)).toEqual(heights.sort(byRow));
  });

  it("keeps the rate card's title on its own row, above its headers", () => {
    const title = textCell(labels.rateCardTitle) as CellPlan;
    expect(rowOf(labels.rateCardColumns.cpm)).toBe(title.row + 1);
    expect(cellsIn(title.row).map((cell) => cell.column)).toEqual([LABEL_COLUMN]);
  });

  it("puts the headers of figures over the numbers, on the right, and names and codes on the left", () => {
    const board = labels.leaderboardColumns;
    const weeks = labels.weekColumns;
    const alignedIn = (row: number) => (text: string) =>
      cellsIn(row).find((cell) => cell.content.kind === "text" && cell.content.text === text)?.style
        ?.horizontalAlignment;
    const boardHeader = alignedIn(rowOf(board.posts));
    expect([board.name, board.code].map(boardHeader)).toEqual([undefined, undefined]);
    const figures = [
      ...["posts", "impressions", "emv", "cost", "costPerEngagement", "costPerView"],
      ...["orders", "revenue", "roi"],
    ] as const;
    expect(figures.map((column) => boardHeader(board[column]))).toEqual(figures.map(() => "Right"));
    const weekHeader = alignedIn(rowOf(weeks.weekStart));
    expect(weekHeader(weeks.week)).toBeUndefined();
    expect([weeks.weekStart, weeks.orders, weeks.revenue].map(weekHeader)).toEqual([
      "Right",
      "Right",
      "Right",
    ]);
  });

  it("leaves the discount code's column wide enough for its header beside the posts' count", () => {
    const code = textCell(labels.leaderboardColumns.code) as CellPlan;
    // A bold header needs about a character more than its length; the column is in characters.
    expect(COLUMN_WIDTHS[code.column]).toBeGreaterThanOrEqual("Discount code".length + 1);
  });

  it("right-aligns where the NPS stands, at the tier's edge like the numbers above it", () => {
    const standing = figureCell(plan, "npsStanding") as CellPlan;
    const above = figureCell(plan, "npsBenchmarkTopQuartile") as CellPlan;
    expect(standing.style?.horizontalAlignment).toBe("Right");
    expect(above.style?.horizontalAlignment).toBe("Right");
    expect(standing.column).toBe(above.column);
  });
});

import { parseArguments } from "../../../src/cli/arguments";
import { summarise } from "../../../src/cli/summarise";
import { cachedValues } from "../../../src/cli/write/cached-values";
import { wordsOf } from "../../../src/i18n";
import { CellPlan, SheetPlan, SummaryFigures } from "../../../src/summary";
import { LeaderboardColumn } from "../../../src/summary/model/tables";
import { EXAMPLE_ARGS } from "../support/run-report";

const labels = wordsOf("en").sheet;
const text = (row: number, column: number, value: string): CellPlan => ({
  row,
  column,
  content: { kind: "text", text: value },
});
const formula = (
  row: number,
  column: number,
  value: string,
  figure?: CellPlan["figure"]
): CellPlan => ({
  row,
  column,
  content: { kind: "formula", formula: value },
  ...(figure ? { figure } : {}),
});

const board = (cell: CellPlan, row: number, column: LeaderboardColumn): CellPlan => ({
  ...cell,
  tableCell: { table: "leaderboard", row, column },
});

// A pyramid cell, one whose figure the data cannot give, a funnel reference, and a two-row
// leaderboard whose header row is left out: its cells are found by their table markers alone.
const PLAN: SheetPlan = {
  baseName: "Campaign Summary",
  refreshStopped: "Incomplete",
  cells: [
    formula(0, 1, "=SUM(posts!E2:E11)", "impressions"),
    formula(1, 1, '=IF(B1=0,"",B3/B1)', "engagementRate"),
    formula(2, 5, "=$B$1"),
    text(5, 1, labels.leaderboard),
    board(text(7, 1, "Lin"), 0, "name"),
    board(formula(7, 2, "=COUNTIFS(posts!C2:C11,$B8)"), 0, "posts"),
    board(formula(7, 3, '=IF(E8=0,"",(F8-E8)/E8)'), 0, "roi"),
    board(text(8, 1, "Wang"), 1, "name"),
    board(formula(8, 2, "=COUNTIFS(posts!C2:C11,$B9)"), 1, "posts"),
    board(formula(8, 3, '=IF(E9=0,"",(F9-E9)/E9)'), 1, "roi"),
    { ...formula(10, 1, '=IF(B1>=72,"In the top quartile","")'), figure: "npsStanding" },
    {
      ...formula(11, 7, "=SUMIFS(posts!E2:E11,posts!D2:D11,B12)/1000*D12"),
      tableCell: { table: "rateCard", row: 1, column: "emv" },
    },
    {
      ...formula(12, 3, '=COUNTIFS(orders!B2:B201,">="&C13)'),
      tableCell: { table: "weeks", row: 0, column: "orders" },
    },
  ],
  merges: [],
  columnWidths: [],
  conditionalFormats: [],
  charts: [],
  sourceSheets: ["posts"],
};

const FIGURES: SummaryFigures = {
  impressions: 80000,
  npsStanding: "topQuartile",
  channelEmv: [
    { channel: "微博", emv: 96 },
    { channel: "Instagram", emv: 44 },
  ],
  weeks: [{ start: 45348, orders: 10, revenue: 300 }],
  creators: [
    { name: "Lin", posts: 2, roi: 23 },
    { name: "Wang", posts: 1 },
  ],
};

describe("cachedValues", () => {
  const values = cachedValues(PLAN, FIGURES, "en");

  it("caches each figure cell's value, and a blank where the data gives none", () => {
    expect(values.get("0,1")).toBe(80000);
    expect(values.get("1,1")).toBe("");
  });

  it("caches the NPS standing as the words the sheet shows", () => {
    expect(values.get("10,1")).toBe(labels.standings.topQuartile);
  });

  it("caches the rate card's EMV and the weeks' figures by their place in the tables", () => {
    expect(values.get("11,7")).toBe(44);
    expect(values.get("12,3")).toBe(10);
  });

  it("caches a bare reference with the value of the cell it reads", () => {
    expect(values.get("2,5")).toBe(80000);
  });

  it("caches the leaderboard's rows in the calculator's order, by each cell's table marker", () => {
    expect(values.get("7,2")).toBe(2);
    expect(values.get("7,3")).toBe(23);
    expect(values.get("8,2")).toBe(1);
    // Without a cost, the ROI formula shows a blank.
    expect(values.get("8,3")).toBe("");
  });
});

describe("cachedValues on the example campaign's plan", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "caches every formula cell of the %s sheet",
    async (locale) => {
      const argv = [...EXAMPLE_ARGS, "--emv-as-return", "--lang", locale, "--json"];
      const result = await summarise(parseArguments(argv), { write: () => true });
      const values = cachedValues(result.plan, result.figures, locale);
      const uncached = result.plan.cells
        .filter((cell) => cell.content.kind === "formula")
        .filter((cell) => !values.has(`${cell.row},${cell.column}`));
      expect(uncached).toEqual([]);
      const roi = result.plan.cells.find((cell) => cell.figure === "roi")!;
      expect(values.get(`${roi.row},${roi.column}`)).toBe(23);
    }
  );
});

// Real exports picked in the pane give the figures computed by hand for them: the used rows are
// written to a sheet of their own, the summary's formulas read that sheet (evaluated here by
// HyperFormula), and the source itself is never edited.
import { readFileSync } from "fs";
import { join } from "path";
import { isoDateSerial } from "../../src/cells/dates";
import { valueOfText } from "../../src/cli/read/cell-values";
import { CreatorFigures, FigureKey } from "../../src/summary/model/figures";
import { SheetPlan } from "../../src/summary/model/plan";
import { FakeExcel } from "../excel/fake/workbook";
import { AGENCY } from "../fixtures/exports/expected/agency";
import { SHOPIFY_WITH_CREATORS } from "../fixtures/exports/expected/shopify";
import {
  AGENCY_SHEET,
  FIRST_DATA_ROW,
  HEADER as AGENCY_HEADER,
  MERGED_DOWN,
  POSTS as AGENCY_POSTS,
  TOTALS,
} from "../fixtures/exports/shapes/agency";
import { addValuesSheet, createEngine } from "../summary/support/engine";
import { evaluated, expectLeaderboardMatches, expectSame } from "../summary/support/evaluate";
import { parseCsv } from "../summary/support/csv";
import { paneOn, valueImpressionsOnly } from "./support/pane-on";
import { problemsOf } from "../../src/taskpane/state/pane";

const EXPORTS = join(__dirname, "..", "fixtures", "exports");

// The export as Excel holds it once opened: numbers as numbers, and Shopify's
// "2024-03-17 23:30:00 -0400" as text, since Excel reads no UTC offsets; the pane reads it.
function shopifyWorkbook(): FakeExcel {
  const [header, ...rows] = parseCsv(readFileSync(join(EXPORTS, "shopify-orders.csv"), "utf8"));
  const values = [header, ...rows.map((row) => row.map((field) => valueOfText(field) ?? ""))];
  return new FakeExcel([{ name: "Orders", data: [{ at: "A1", values }] }]);
}

/** The summary plan evaluated over the workbook's sheets as they now hold their values. */
function evaluatedOver(excel: FakeExcel, plan: SheetPlan) {
  const engine = createEngine();
  for (const sheet of excel.sheets)
    if (sheet.name !== "Campaign Summary") addValuesSheet(engine, sheet.name, sheet.grid);
  return evaluated(engine, plan);
}

// Name, posts, impressions, EMV and cost (and orders where given) of each creator, against the
// hand-computed ones.
function expectCreators(
  plan: SheetPlan,
  sheet: ReturnType<typeof evaluatedOver>,
  creators: unknown
): void {
  const expected = creators as CreatorFigures[];
  const compared = expectLeaderboardMatches(plan, sheet.valueOf, expected);
  expect(compared).toBeGreaterThanOrEqual(expected.length * 4);
}

function expectFigures(shown: (figure: FigureKey) => unknown, expected: object): void {
  for (const [figure, value] of Object.entries(expected))
    expectSame(shown(figure as FigureKey), value as number, figure);
}

describe("a Shopify orders export picked in the pane", () => {
  const expected = SHOPIFY_WITH_CREATORS.figures;
  const orders = SHOPIFY_WITH_CREATORS.sources[1];

  async function created() {
    const excel = shopifyWorkbook();
    const pane = paneOn(excel);
    excel.select("Orders", "B2");
    await pane.pane.useSelection("orders");
    pane.pane.editAssumptions({ cpm: "8" });
    await pane.pane.createSummary();
    return { excel, ...pane };
  }

  it("counts orders, not line items, and revenue net of refunds, as the report does", async () => {
    const { excel, plans, pane } = await created();
    expect(excel.sheetNames()).toEqual(["Orders", "Orders (rows used)", "Campaign Summary"]);
    // The export itself is never written to.
    expect(excel.operations.filter((op) => op.sheet === "Orders")).toEqual([]);
    const sheet = evaluatedOver(excel, plans[0]);
    expectFigures(sheet.shown, {
      orders: expected.orders,
      revenue: expected.revenue,
      repeatRate: expected.repeatRate,
    });
    const rows = pane.state.notices.map((n) => n.message).find((m) => m.kind === "rows");
    // 20 rows: 11 orders used, 6 further line items, 1 voided, 1 refunded, 1 cancelled.
    expect(rows).toEqual({
      kind: "rows",
      source: "orders",
      account: { headerRow: 1, ...orders.rows },
      usedRowsSheet: "Orders (rows used)",
      // Created at on each of the 20 rows, text with its offset; the first row is #1014's.
      textRead: { cells: 20, text: "2024-03-17 23:30:00 -0400" },
    });
  });

  it("holds on its own sheet one row per order kept, with #1007 at 64.60 − 15.30", async () => {
    const { excel } = await created();
    const used = excel.sheet("Orders (rows used)").grid;
    const header = used[0] as string[];
    const names = used.slice(1).map((row) => row[header.indexOf("Name")]);
    expect(names).toEqual([
      "#1014",
      "#1013",
      "#1011",
      "#1010",
      "#1008",
      "#1007",
      "#1005",
      "#1004",
      "#1003",
      "#1002",
      "#1001",
    ]);
    const total = (name: string) =>
      used.find((row) => row[header.indexOf("Name")] === name)?.[header.indexOf("Total")];
    expect(total("#1007")).toBeCloseTo(49.3, 10);
  });

  it("on Refresh writes the used rows again and removes the sheet the summary read before", async () => {
    const { excel, plans, pane, texts } = await created();
    await pane.refreshSummary();
    expect(texts()[0]).toBe("Refreshed the sheet “Campaign Summary”.");
    expect(excel.sheetNames()).toEqual(["Orders", "Campaign Summary", "Orders (rows used) (2)"]);
    expect(pane.state.usedRowsSheets).toEqual(["Orders (rows used) (2)"]);
    const sheet = evaluatedOver(excel, plans[1]);
    expectFigures(sheet.shown, { orders: expected.orders, revenue: expected.revenue });
  });

  it("removes the sheet of used rows when the summary cannot be written", async () => {
    const excel = shopifyWorkbook();
    const { pane } = paneOn(excel);
    excel.select("Orders", "B2");
    await pane.useSelection("orders");
    pane.editAssumptions({ cpm: "8" });
    excel.failWhen = (op) => op.path === "worksheets.add()" && op.sheet === "Campaign Summary";
    await pane.createSummary();
    expect(pane.state.notices[0].tone).toBe("error");
    expect(excel.sheetNames()).toEqual(["Orders"]);
  });
});

describe("an agency's report with title rows, merged creators and a 合计 row, picked in the pane", () => {
  // The sheet as Excel holds the agency's workbook: rows 1-2 the title and subtitle, row 3 blank,
  // the header on row 4, each creator's name and code only in the top cell of its merge, dates as
  // serials, and the 合计 row's sums.
  function agencyWorkbook(): FakeExcel {
    const posts = AGENCY_POSTS.map((post) =>
      post.map((value, column) => {
        if (value === "") return "";
        if (column === 2) return isoDateSerial(value);
        return column >= 4 && column <= 9 ? Number(value) : value;
      })
    );
    const totals = ["合计", "", "", "", ...TOTALS, ""];
    return new FakeExcel([
      {
        name: AGENCY_SHEET,
        data: [
          {
            at: "A1",
            values: [["早鸟咖啡 2024年3月 达人投放结案报告"], ["执行周期：2024/3/1 - 2024/3/21"]],
          },
          { at: `A${FIRST_DATA_ROW - 1}`, values: [AGENCY_HEADER, ...posts, totals] },
        ],
        merged: ["A1:K1", "A2:K2", ...MERGED_DOWN, "A11:D11"],
      },
    ]);
  }

  it("gives every post its merged creator and leaves the title and 合计 rows out", async () => {
    const excel = agencyWorkbook();
    const { pane, plans } = paneOn(excel);
    excel.select(AGENCY_SHEET, "A1:K11");
    await pane.useSelection("posts");
    valueImpressionsOnly(pane, 8);
    await pane.createSummary();
    const usedSheet = `${AGENCY_SHEET} (rows used)`;
    expect(excel.sheetNames()).toEqual([AGENCY_SHEET, usedSheet, "Campaign Summary"]);
    expect(excel.operations.filter((op) => op.sheet === AGENCY_SHEET)).toEqual([]);

    const sheet = evaluatedOver(excel, plans[0]);
    const figures = AGENCY.figures;
    expectFigures(sheet.shown, {
      impressions: figures.impressions,
      engagements: figures.engagements,
      emv: figures.emv,
      cost: figures.cost,
    });
    expectCreators(plans[0], sheet, figures.creators);
    const rows = pane.state.notices.map((n) => n.message).find((m) => m.kind === "rows");
    const { titleRows, blank, totals } = AGENCY.sources[0].rows.leftOut;
    expect(rows).toEqual({
      kind: "rows",
      source: "posts",
      // Header on row 4: 2 title rows and a blank row above it, 6 posts and the 合计 row under it.
      account: {
        headerRow: 4,
        seen: 10,
        used: 6,
        leftOut: { aboveHeader: titleRows, blank, totals },
      },
      usedRowsSheet: usedSheet,
    });
  });
});

describe("a creator report whose counts and fees are text (152.3K, $1,200.00), with the Shopify orders", () => {
  // Every cell of the creator report as text, as Excel holds a CSV imported with its columns as
  // text or pasted from a dashboard: SUM would skip all of them.
  function workbook(): FakeExcel {
    const text = parseCsv(readFileSync(join(EXPORTS, "creators-tiktok-instagram.csv"), "utf8"));
    const orders = shopifyWorkbook().sheet("Orders").grid;
    return new FakeExcel([
      { name: "Creators", data: [{ at: "A1", values: text }] },
      { name: "Orders", data: [{ at: "A1", values: orders }] },
    ]);
  }

  it("reads them as the report does and gives the report's figures", async () => {
    const excel = workbook();
    const { pane, plans } = paneOn(excel);
    excel.select("Creators", "A1");
    await pane.useSelection("posts");
    excel.select("Orders", "A1");
    await pane.useSelection("orders");
    valueImpressionsOnly(pane, 8);
    await pane.createSummary();
    expect(excel.sheetNames()).toEqual([
      "Creators",
      "Orders",
      "Creators (rows used)",
      "Orders (rows used)",
      "Campaign Summary",
    ]);
    expect(excel.operations.filter((op) => op.sheet === "Creators")).toEqual([]);
    const expected = SHOPIFY_WITH_CREATORS.figures;
    const sheet = evaluatedOver(excel, plans[0]);
    expectFigures(sheet.shown, {
      impressions: expected.impressions,
      engagements: expected.engagements,
      emv: expected.emv,
      cost: expected.cost,
      orders: expected.orders,
      revenue: expected.revenue,
      roi: expected.roi,
    });
    expectCreators(plans[0], sheet, expected.creators);
    // Posted, Views, Likes, Comments, Shares, Saves and Fee (USD) of 8 posts: 56 cells, the first
    // the date Mar 5, 2024 (Posted comes before Views).
    const rows = pane.state.notices
      .map((n) => n.message)
      .find((m) => m.kind === "rows" && m.source === "posts");
    expect(rows).toMatchObject({
      usedRowsSheet: "Creators (rows used)",
      textRead: { cells: 56, text: "Mar 5, 2024" },
    });
  });

  it("names a cell that no reading makes a number, before anything is written", async () => {
    const excel = workbook();
    const grid = excel.sheet("Creators").grid;
    grid[3][5] = "about 50K";
    const { pane } = paneOn(excel);
    excel.select("Creators", "A1");
    await pane.useSelection("posts");
    expect(problemsOf(pane.state)).toContainEqual(
      expect.objectContaining({
        code: "notNumber",
        params: expect.objectContaining({ cell: "Creators!F4", value: "about 50K" }),
      })
    );
    await pane.createSummary();
    expect(excel.sheetNames()).toEqual(["Creators", "Orders"]);
    expect(excel.operations).toEqual([]);
  });
});

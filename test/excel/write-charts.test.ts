import { writeSummary } from "../../src/excel/write-summary";
import { postsTable } from "./campaign-data";
import { FakeExcel, SheetSpec } from "./fake/workbook";
import { plansWithLine } from "./summary-plan";

const POSTS: SheetSpec = { name: "Posts", data: [{ at: "A1", values: postsTable(10) }] };
const { both, lineOnly } = plansWithLine(10);

/** Every write to the summary's charts, and to what they return. */
function chartCalls(excel: FakeExcel): string[] {
  return excel.operations
    .filter((op) => op.sheet === "Campaign Summary" && op.path.startsWith("charts.add("))
    .map((op) => op.path);
}

/** The charts.add() calls alone, in order. */
function addedCharts(excel: FakeExcel): string[] {
  return chartCalls(excel).filter((call) => !call.includes(")."));
}

const FUNNEL = 'charts.add("Funnel", Campaign Summary!B6:B7, "Columns")';
const BAR = 'charts.add("BarClustered", Campaign Summary!B6:B7, "Columns")';
const LINE = 'charts.add("Line", Campaign Summary!D20:D23, "Columns")';

describe("the summary's charts", () => {
  it("draws the weekly plan as a line chart over its weeks, titled and placed, beside the funnel", async () => {
    const excel = new FakeExcel([POSTS]);
    const result = await writeSummary(excel.host(), both);
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "funnel" },
      warnings: [],
    });
    const calls = chartCalls(excel);
    expect(calls).toEqual(
      expect.arrayContaining([
        FUNNEL,
        LINE,
        `${LINE}.series.getItemAt(0).setXAxisValues(Campaign Summary!B20:B23)`,
        `${LINE}.title.text`,
        `${LINE}.legend.visible`,
        // Anchored at row 18, column H (0-based 17, 7); 12 rows by 7 columns reach N29.
        `${LINE}.setPosition("H18", "N29")`,
      ])
    );
    const title = excel.operations.find((op) => op.path === `${LINE}.title.text`);
    expect(title?.value).toBe("Orders per week");
    expect(addedCharts(excel)).toEqual([FUNNEL, LINE]);
  });

  it("falls back to a bar chart for the funnel only: the weekly chart stays a line", async () => {
    const excel = new FakeExcel([POSTS]);
    excel.failWhen = (op) => op.path.startsWith('charts.add("Funnel"');
    const result = await writeSummary(excel.host(), both);
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "bar" },
      warnings: [],
    });
    // The refused funnel is not recorded; the second attempt adds the bar and the line.
    expect(addedCharts(excel)).toEqual([BAR, LINE]);
    expect(excel.sheetNames()).toEqual(["Posts", "Campaign Summary"]);
  });

  it("reports no funnel for a plan whose only chart is the weekly line", async () => {
    const excel = new FakeExcel([POSTS]);
    const result = await writeSummary(excel.host(), lineOnly);
    expect(result.ok && result.value.chart).toBe("none");
    expect(addedCharts(excel)).toEqual([LINE]);
  });

  it("makes no bar-chart attempt when a host refuses the line chart, and leaves no sheet", async () => {
    const excel = new FakeExcel([POSTS]);
    excel.failWhen = (op) => op.path.startsWith('charts.add("Line"');
    const result = await writeSummary(excel.host(), lineOnly);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: "excelError", detail: `Excel refused ${LINE}` }],
    });
    expect(excel.operations.filter((op) => op.path === "worksheets.add()")).toHaveLength(1);
    expect(excel.sheetNames()).toEqual(["Posts"]);
  });
});

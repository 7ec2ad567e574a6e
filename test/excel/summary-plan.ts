// A hand-made summary plan over a posts sheet, holding each kind of cell, format, rule and chart.
import { SheetPlan } from "../../src/summary";
import { LineChartPlan } from "../../src/summary/model/plan";

/** A plan whose formulas read `rows` data rows of the "Posts" sheet. */
export function postsSummaryPlan(rows: number): SheetPlan {
  const last = rows + 1;
  return {
    baseName: "Campaign Summary",
    refreshStopped: "Incomplete: the last refresh stopped part way.",
    cells: [
      {
        row: 0,
        column: 0,
        content: { kind: "text", text: "Campaign summary" },
        style: { bold: true, fontSize: 16 },
      },
      {
        row: 1,
        column: 0,
        content: { kind: "text", text: '=HYPERLINK("http://evil.example","click")' },
      },
      { row: 2, column: 0, content: { kind: "text", text: "+cmd" } },
      { row: 3, column: 0, content: { kind: "text", text: "CPM" } },
      {
        row: 3,
        column: 1,
        content: { kind: "number", value: 8 },
        numberFormat: "#,##0.00",
        style: { input: true },
        figure: "cpm",
      },
      { row: 4, column: 0, content: { kind: "text", text: "EMV counts as return" } },
      { row: 4, column: 1, content: { kind: "boolean", value: false }, figure: "emvAsReturn" },
      { row: 5, column: 0, content: { kind: "text", text: "Impressions" } },
      {
        row: 5,
        column: 1,
        content: { kind: "formula", formula: `=SUM(Posts!C2:C${last})` },
        numberFormat: "#,##0",
        figure: "impressions",
      },
      { row: 6, column: 0, content: { kind: "text", text: "EMV" } },
      {
        row: 6,
        column: 1,
        content: { kind: "formula", formula: "=B6/1000*B4" },
        numberFormat: "#,##0.00",
        figure: "emv",
      },
      { row: 7, column: 0, content: { kind: "text", text: "Repeat rate" } },
      {
        row: 7,
        column: 1,
        content: { kind: "number", value: 0.37 },
        numberFormat: "0.0%",
        note: "Computed 2024-05-01 10:00",
        figure: "repeatRate",
      },
      { row: 8, column: 0, content: { kind: "empty" }, style: { fill: "#DDEBF7" } },
    ],
    merges: [{ fromRow: 0, fromColumn: 0, toRow: 0, toColumn: 3 }],
    columnWidths: [24, 14],
    rowHeights: [{ row: 8, lines: 2 }],
    conditionalFormats: [{ kind: "trafficLight", address: "B10:B14", amberFrom: 0, greenFrom: 1 }],
    charts: [
      {
        preferred: "funnel",
        fallback: "bar",
        title: "Funnel",
        categoriesAddress: "A6:A7",
        valuesAddress: "B6:B7",
        anchor: { row: 1, column: 4 },
        size: { rows: 12, columns: 6 },
      },
    ],
    sourceSheets: ["Posts"],
  };
}

/** The line chart of orders per week, as the summary plans it below the pyramid. */
export const WEEKLY_LINE: LineChartPlan = {
  preferred: "line",
  fallback: "line",
  title: "Orders per week",
  categoriesAddress: "B20:B23",
  valuesAddress: "D20:D23",
  anchor: { row: 17, column: 7 },
  size: { rows: 12, columns: 7 },
};

/** The posts plan with the weekly line chart after its funnel, or instead of it. */
export function plansWithLine(rows: number): { both: SheetPlan; lineOnly: SheetPlan } {
  const plan = postsSummaryPlan(rows);
  return {
    both: { ...plan, charts: [...plan.charts, WEEKLY_LINE] },
    lineOnly: { ...plan, charts: [WEEKLY_LINE] },
  };
}

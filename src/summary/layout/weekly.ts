/**
 * The action layer per ISO week, so that word of mouth's effect over time shows: orders, revenue
 * and orders within the attribution window for each week from the first order's to the last's, as
 * COUNTIFS, SUMIFS and SUMPRODUCT between week-start dates, and a line chart of the orders.
 */
import { a1, blockAddress } from "../../cells/a1";
import { isoWeekLabel } from "../../cells/dates";
import { SheetWords } from "../../i18n/sheet-words";
import { MAX_WEEKS } from "../compute/weeks";
import { attributedFormula, FormulaContext } from "../formulas/formulas";
import { hasColumn } from "../model/availability";
import { ComputedFigures } from "../model/figures";
import { WEEK_FORMATS } from "../model/formats";
import { CellContent, LineChartPlan } from "../model/plan";
import { WeekColumn } from "../model/tables";
import { LABEL_COLUMN } from "./grid";
import { formula, number, SheetBuilder, text } from "./sheet-builder";

const HEADER_STYLE = { bold: true, fontColor: "#FFFFFF", fill: "#375623" };

/** The table's columns for these sources: revenue and attribution only where their columns exist. */
export function weekColumns(context: FormulaContext): WeekColumn[] {
  const has = (measure: "revenue" | "exposureDate") =>
    hasColumn(context.sources, "orders", measure);
  const columns: WeekColumn[] = ["week", "weekStart", "orders"];
  if (has("revenue")) columns.push("revenue");
  if (has("exposureDate")) columns.push("attributedOrders");
  return columns;
}

/** Draws the weeks from `top` when the orders have dates; returns the line chart and the last row. */
export function drawWeeks(
  builder: SheetBuilder,
  top: number,
  computed: ComputedFigures,
  context: FormulaContext,
  labels: SheetWords
): { chart: LineChartPlan; lastRow: number } | undefined {
  const weeks = computed.weeks;
  if (!weeks || weeks.count === 0 || !hasColumn(context.sources, "orders", "orderDate"))
    return undefined;
  const columns = weekColumns(context);
  const note = labels.weeksNote(
    computed.computedAt,
    weeks.count >= MAX_WEEKS ? MAX_WEEKS : undefined
  );
  drawHeader(builder, top, columns, note, labels);
  const firstRow = top + 2;
  for (let week = 0; week < weeks.count; week++) {
    const start = weeks.firstWeekStart + 7 * week;
    columns.forEach((column, index) => {
      const content = weekCell(column, start, a1(firstRow + week, LABEL_COLUMN + 1), context);
      const numberFormat = WEEK_FORMATS[column];
      builder.put(firstRow + week, LABEL_COLUMN + index, content, {
        tableCell: { table: "weeks", row: week, column },
        ...(numberFormat ? { numberFormat } : {}),
      });
    });
  }
  const lastRow = firstRow + weeks.count - 1;
  return { chart: ordersChart(top, firstRow, lastRow, columns, labels), lastRow };
}

function drawHeader(
  builder: SheetBuilder,
  top: number,
  columns: WeekColumn[],
  note: string,
  labels: SheetWords
): void {
  const right = LABEL_COLUMN + columns.length - 1;
  builder.merged(top, LABEL_COLUMN, right, text(labels.weeksTitle), { style: HEADER_STYLE, note });
  const headers = columns.map((column) => labels.weekColumns[column]);
  // The week's label is text; its Monday and the figures are numbers, with their headers on the right.
  builder.headerRow(top + 1, LABEL_COLUMN, headers, (index) => index > 0);
}

// The line of orders over the ISO weeks, right of the table.
function ordersChart(
  top: number,
  firstRow: number,
  lastRow: number,
  columns: WeekColumn[],
  labels: SheetWords
): LineChartPlan {
  const at = (column: WeekColumn) => {
    const sheetColumn = LABEL_COLUMN + columns.indexOf(column);
    return blockAddress({
      fromRow: firstRow,
      fromColumn: sheetColumn,
      toRow: lastRow,
      toColumn: sheetColumn,
    });
  };
  return {
    preferred: "line",
    fallback: "line",
    title: labels.weeksChartTitle,
    categoriesAddress: at("week"),
    valuesAddress: at("orders"),
    anchor: { row: top, column: LABEL_COLUMN + columns.length + 1 },
    size: { rows: Math.min(Math.max(lastRow - firstRow + 3, 12), 20), columns: 7 },
  };
}

// A week's figures count the orders dated from its Monday (`start` cell) to before the next Monday.
function weekCell(
  column: WeekColumn,
  start: number,
  startCell: string,
  context: FormulaContext
): CellContent {
  const dates = context.column("orders", "orderDate");
  const from = `$${startCell}`;
  const inWeek = `${dates},">="&${from},${dates},"<"&${from}+7`;
  switch (column) {
    case "week":
      return text(isoWeekLabel(start));
    case "weekStart":
      return number(start);
    case "orders":
      return formula(`=COUNTIFS(${inWeek})`);
    case "revenue":
      return formula(`=SUMIFS(${context.column("orders", "revenue")},${inWeek})`);
    case "attributedOrders":
      return formula(`=${attributedFormula(context, { from, before: `${from}+7` })}`);
  }
}

/** Queues the writes a summary plan asks for onto one new sheet, in batches the caller syncs one by one. */
import { a1 } from "../cells/a1";
import {
  CellPlan,
  CellStyle,
  ChartPlan,
  INPUT_LOOK,
  Light,
  MergePlan,
  POINTS_PER_LINE,
  SheetPlan,
  TRAFFIC_LIGHTS,
  trafficLightBands,
  TrafficLightRule,
} from "../summary";

/** What the host can draw and annotate with. */
export interface WriteOptions {
  /** How the funnel is drawn; the other charts are drawn as they are planned. */
  funnelChart: "Funnel" | "BarClustered";
  /** Notes need ExcelApi 1.18; older hosts get a comment instead. */
  notes: "notes" | "comments";
}

/** Excel on the web refuses requests over 5 MB; each batch of writes is planned to stay under this. */
export const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

// What one cell's writes cost in a request, conservatively: each cell is several actions (its
// range, its value or formula, its format, font and note), each naming its object and property.
const ACTIONS_BYTES_PER_CELL = 600;

function cellBytes(cell: CellPlan): number {
  return ACTIONS_BYTES_PER_CELL + requestBytesAtMost(cell);
}

/**
 * An upper bound on what a value takes in a request, as JSON: no character takes more than 3 bytes
 * (Chinese text takes 3 in UTF-8, and a character outside the BMP 4 for its 2 UTF-16 units).
 */
export function requestBytesAtMost(value: unknown): number {
  return 3 * JSON.stringify(value).length;
}

/** The plan's cells in batches whose requests stay under the budget, in the plan's order. */
export function cellBatches(cells: CellPlan[], budget = WRITE_BUDGET_BYTES): CellPlan[][] {
  const batches: CellPlan[][] = [[]];
  let bytes = 0;
  for (const cell of cells) {
    const cost = cellBytes(cell);
    if (bytes + cost > budget && batches[batches.length - 1].length > 0) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(cell);
    bytes += cost;
  }
  return batches;
}

/** Queues some of the plan's cells onto the sheet. Nothing here reads from or writes to any other sheet. */
export function queueCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: CellPlan[],
  options: WriteOptions
): void {
  cells.forEach((cell) => queueCell(context, sheet, cell, options));
}

/** Queues the rest of the plan: merges, column widths and row heights, traffic lights and charts. */
export function queueSheetLayout(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  options: WriteOptions
): void {
  plan.merges.forEach((merge) => queueMerge(sheet, merge));
  plan.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(width);
  });
  plan.rowHeights?.forEach(({ row, lines }) => {
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = lines * POINTS_PER_LINE;
  });
  plan.conditionalFormats.forEach((rule) => queueTrafficLight(sheet, rule));
  plan.charts.forEach((chart) => queueChart(sheet, chart, options.funnelChart));
}

/** Excel measures widths in characters of the default font (7 px each, plus 5 px padding); Office.js in points. */
export function charactersToPoints(characters: number): number {
  return ((characters * 7 + 5) * 3) / 4;
}

function queueCell(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cell: CellPlan,
  options: WriteOptions
): void {
  const range = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
  const { content } = cell;
  if (content.kind === "text") {
    // The text format goes first, so that "=HYPERLINK(…)" or "+cmd" is stored as the text it is.
    range.numberFormat = [["@"]];
    range.values = [[content.text]];
  } else {
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (content.kind === "formula") range.formulas = [[content.formula]];
    if (content.kind === "number" || content.kind === "boolean") range.values = [[content.value]];
  }
  if (cell.style) queueStyle(range, cell.style);
  if (cell.note) queueNote(context, sheet, range, cell.note, options);
}

function queueStyle(range: Excel.Range, style: CellStyle): void {
  const { font } = range.format;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = style.fontColor;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.horizontalAlignment) range.format.horizontalAlignment = style.horizontalAlignment;
  if (style.wrapText !== undefined) range.format.wrapText = style.wrapText;
  if (style.input) queueInputLook(range);
}

function queueInputLook(range: Excel.Range): void {
  range.format.fill.color = INPUT_LOOK.fill;
  range.format.font.color = INPUT_LOOK.font;
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = INPUT_LOOK.border;
  }
}

function queueNote(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: Excel.Range,
  text: string,
  options: WriteOptions
): void {
  if (options.notes === "notes") sheet.notes.add(range, text);
  else context.workbook.comments.add(range, text);
}

function queueMerge(sheet: Excel.Worksheet, merge: MergePlan): void {
  const rows = merge.toRow - merge.fromRow + 1;
  const columns = merge.toColumn - merge.fromColumn + 1;
  sheet.getRangeByIndexes(merge.fromRow, merge.fromColumn, rows, columns).merge(false);
}

/** Each light's formula, for its band of the rule; blanks and errors stay uncoloured. */
export function trafficLightFormulas(rule: TrafficLightRule): Record<Light, string> {
  // A relative reference in a rule's formula is read from the top-left cell of the range it applies to.
  const first = rule.address.split(":")[0].replace(/\$/g, "");
  const formulas = {} as Record<Light, string>;
  for (const { light, from, below } of trafficLightBands(rule)) {
    const tests = [`ISNUMBER(${first})`];
    if (from !== undefined) tests.push(`${first}>=${from}`);
    if (below !== undefined) tests.push(`${first}<${below}`);
    formulas[light] = `=AND(${tests.join(",")})`;
  }
  return formulas;
}

function queueTrafficLight(sheet: Excel.Worksheet, rule: TrafficLightRule): void {
  const range = sheet.getRange(rule.address);
  const formulas = trafficLightFormulas(rule);
  for (const light of ["red", "amber", "green"] as const) {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = formulas[light];
    format.custom.format.fill.color = TRAFFIC_LIGHTS[light].fill;
    format.custom.format.font.color = TRAFFIC_LIGHTS[light].font;
  }
}

// A line is drawn as a line everywhere; the funnel as the host allows.
function chartTypeOf(
  plan: ChartPlan,
  funnelChart: WriteOptions["funnelChart"]
): "Line" | WriteOptions["funnelChart"] {
  return plan.preferred === "line" ? "Line" : funnelChart;
}

function queueChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  funnelChart: WriteOptions["funnelChart"]
): void {
  const type = chartTypeOf(plan, funnelChart);
  const chart = sheet.charts.add(type, sheet.getRange(plan.valuesAddress), "Columns");
  chart.series.getItemAt(0).setXAxisValues(sheet.getRange(plan.categoriesAddress));
  chart.title.text = plan.title;
  chart.legend.visible = false;
  const { row, column } = plan.anchor;
  const last = a1(row + plan.size.rows - 1, column + plan.size.columns - 1);
  chart.setPosition(a1(row, column), last);
}

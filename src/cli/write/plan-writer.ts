/** Writes a summary plan into an ExcelJS worksheet: the .xlsx twin of the Office.js writer in src/excel/. */
import ExcelJS from "exceljs";
import {
  CellContent,
  CellPlan,
  CellStyle,
  INPUT_LOOK,
  POINTS_PER_LINE,
  SheetPlan,
  TRAFFIC_LIGHTS,
  trafficLightBands,
  TrafficLightRule,
} from "../../summary";
import { CachedValue, CachedValues, cellKey } from "./cached-values";
import { fileFormula } from "./future-functions";

/** What a worksheet must offer to be written: ExcelJS's in-memory and streaming worksheets both do. */
type PlanTarget = Pick<
  ExcelJS.Worksheet,
  "getCell" | "getRow" | "mergeCells" | "addConditionalFormatting" | "columns"
>;

// The plan's input look, so the assumptions look like cells to change.
const INPUT_BORDER = { style: "thin", color: { argb: argb(INPUT_LOOK.border) } } as const;
const INPUT_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(INPUT_LOOK.fill) } },
  font: { color: { argb: argb(INPUT_LOOK.font) } },
  border: { top: INPUT_BORDER, left: INPUT_BORDER, bottom: INPUT_BORDER, right: INPUT_BORDER },
};

/**
 * The workbook's default font, written into every font a cell gets: a font entry without a name
 * leaves the choice to the viewer (LibreOffice picks a serif), which changes what fits in a column.
 */
export const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

const DEFAULT_FONT_SIZE = 11;
const LINE_HEIGHT = 1.4;

/** "#1F4E79" → "FF1F4E79", the ARGB form ExcelJS writes. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** The ExcelJS value of a planned cell; a formula carries the figure's value as its cached result. */
function cellValue(content: CellContent, cached?: CachedValue): ExcelJS.CellValue {
  switch (content.kind) {
    case "text":
      // A string value is written as text: "=HYPERLINK(…)" or "+cmd" from a header stays literal.
      return content.text;
    case "number":
    case "boolean":
      return content.value;
    case "formula": {
      const formula = fileFormula(content.formula.replace(/^=/, ""));
      return cached === undefined
        ? { formula }
        : ({ formula, result: cached } as ExcelJS.CellFormulaValue);
    }
    case "empty":
      return null;
  }
}

/** The ExcelJS style of a planned cell. */
function cellStyle(style: CellStyle | undefined, numberFormat?: string): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = style?.input ? { ...INPUT_STYLE } : {};
  if (numberFormat) result.numFmt = numberFormat;
  if (!style) return result;
  const font: Partial<ExcelJS.Font> = { ...result.font };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) result.font = { ...DEFAULT_FONT, ...font };
  if (style.fill)
    result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontalAlignment || style.wrapText) {
    result.alignment = {
      horizontal: style.horizontalAlignment?.toLowerCase() as ExcelJS.Alignment["horizontal"],
      wrapText: style.wrapText,
    };
  }
  return result;
}

function writeCell(sheet: PlanTarget, plan: CellPlan, cached: CachedValues): void {
  const cell = sheet.getCell(plan.row + 1, plan.column + 1);
  cell.value = cellValue(plan.content, cached.get(cellKey(plan.row, plan.column)));
  const style = cellStyle(plan.style, plan.numberFormat);
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.font) cell.font = style.font as ExcelJS.Font;
  if (style.fill) cell.fill = style.fill;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.border) cell.border = style.border;
  if (plan.note) cell.note = plan.note;
  // A file's rows keep the default height unless told: a large title would be cut off.
  const size = plan.style?.fontSize;
  if (size && size > DEFAULT_FONT_SIZE) sheet.getRow(plan.row + 1).height = size * LINE_HEIGHT;
}

/** One cell-value rule per light of the plan's bands, in their order; the first has priority, so green wins at the edge. */
function trafficLightRules(rule: TrafficLightRule): ExcelJS.ConditionalFormattingRule[] {
  return trafficLightBands(rule).map(({ light, from, below }, index) => {
    const look = TRAFFIC_LIGHTS[light];
    const style: Partial<ExcelJS.Style> = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } },
      font: { color: { argb: argb(look.font) } },
    };
    // OOXML has greaterThanOrEqual; ExcelJS writes any operator but types only four of them.
    const [operator, formulae] =
      from === undefined
        ? ["lessThan" as const, [below as number]]
        : below === undefined
          ? ["greaterThanOrEqual" as ExcelJS.CellIsRuleType["operator"], [from]]
          : ["between" as const, [from, below]];
    return { type: "cellIs", operator, formulae, style, priority: index + 1 };
  });
}

/**
 * Writes every cell, merge, width and rule of the plan; formulas carry their cached values. The
 * charts are parts of their own, added to the finished file (chart-parts.ts).
 */
export function writePlan(sheet: PlanTarget, plan: SheetPlan, cached: CachedValues): void {
  sheet.columns = plan.columnWidths.map((width) => ({ width }));
  for (const { row, lines } of plan.rowHeights ?? [])
    sheet.getRow(row + 1).height = lines * POINTS_PER_LINE;
  for (const cell of plan.cells) writeCell(sheet, cell, cached);
  for (const merge of plan.merges) {
    sheet.mergeCells(merge.fromRow + 1, merge.fromColumn + 1, merge.toRow + 1, merge.toColumn + 1);
  }
  for (const rule of plan.conditionalFormats) {
    sheet.addConditionalFormatting({ ref: rule.address, rules: trafficLightRules(rule) });
  }
}

/**
 * The summary sheet as data: every cell, formula, format, merge, rule and chart, built by pure code and
 * written by two writers (Office.js in src/excel/, an .xlsx library in src/cli/). No Office, no I/O.
 */

import type { FigureKey } from "./figures";
import type { TableCell } from "./tables";

/** A cell's content. Text is always written as text, even when it starts with "=", "+", "-" or "@". */
export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  /** A native Excel formula in English A1 syntax, starting with "=", using only Excel 2016 functions. */
  | { kind: "formula"; formula: string }
  | { kind: "empty" };

/** How a cell looks. Colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrapText?: boolean;
  /** Marks an input cell the user may change (the assumptions): it gets the input look. */
  input?: boolean;
}

/** One cell of the summary sheet. Rows and columns are 0-based. */
export interface CellPlan {
  row: number;
  column: number;
  content: CellContent;
  /** An Excel number format code, e.g. "#,##0.00", "0.0%", "+0;-0;0". */
  numberFormat?: string;
  style?: CellStyle;
  /** A note shown on the cell (Excel note / comment), e.g. when a value was computed. */
  note?: string;
  /** A name for the figure, stable across languages, so that tests and the CLI's --json can find it. */
  figure?: FigureKey;
  /** Where the cell sits in one of the summary's tables, for the same purpose. */
  tableCell?: TableCell;
}

/** A block of cells merged into one, 0-based inclusive corners. */
export interface MergePlan {
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/** Excel's default row height in points, one line of its default 11-pt font. */
export const POINTS_PER_LINE = 15;

/** A row that needs more than one line, for text that wraps (a table's headers). */
export interface RowHeightPlan {
  row: number;
  /** Lines of the default font: the row is lines × POINTS_PER_LINE points tall. */
  lines: number;
}

/** Red/amber/green on a range of ROI cells: red below `amberFrom`, green from `greenFrom`. */
export interface TrafficLightRule {
  kind: "trafficLight";
  /** A1 address on the summary sheet, e.g. "H20:H24". */
  address: string;
  amberFrom: number;
  greenFrom: number;
}

export type ConditionalFormatPlan = TrafficLightRule;

/** What every chart of the summary has: one series of values over its categories. */
interface ChartBase {
  title: string;
  /** A1 address of the categories (labels) on the summary sheet. */
  categoriesAddress: string;
  /** A1 address of the values on the summary sheet. */
  valuesAddress: string;
  /** Where the chart's top-left corner goes, 0-based. */
  anchor: { row: number; column: number };
  /** Size in cells. */
  size: { rows: number; columns: number };
}

/** The pyramid's funnel; writers fall back to a bar chart where funnels are not supported. */
export interface FunnelChartPlan extends ChartBase {
  preferred: "funnel";
  fallback: "bar";
}

/** A line over time (orders per week), which every Excel draws: its fallback is itself. */
export interface LineChartPlan extends ChartBase {
  preferred: "line";
  fallback: "line";
}

/** A chart of the summary sheet; `preferred` tells the kinds apart. */
export type ChartPlan = FunnelChartPlan | LineChartPlan;

/** The whole summary sheet. */
export interface SheetPlan {
  /** The sheet's name before uniqueness is applied ("Campaign Summary"); writers add " (2)", " (3)"… */
  baseName: string;
  /** What the top-left cell says if a refresh in place stops part way, in the summary's language. */
  refreshStopped: string;
  cells: CellPlan[];
  merges: MergePlan[];
  /** Column widths in characters, index = column. */
  columnWidths: number[];
  /**
   * Rows taller than one line. Viewers that do not fit a row to its wrapped text (LibreOffice,
   * previews) would otherwise draw a wrapped header over the row above it.
   */
  rowHeights?: RowHeightPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  /** Sheet names the formulas read from, so writers can check they exist. */
  sourceSheets: string[];
}

// The independent spreadsheet engine: HyperFormula holding the example data and a summary plan.
import { HyperFormula, RawCellContent } from "hyperformula";
import { CellContent, SheetPlan } from "../../../src/summary/model/plan";

/** A HyperFormula engine that reads CSV text as Excel does when it opens a CSV: numbers and ISO dates. */
export function createEngine(): HyperFormula {
  return HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    dateFormats: ["YYYY-MM-DD"],
    // Excel evaluates array expressions inside SUMPRODUCT without Ctrl+Shift+Enter.
    useArrayArithmetic: true,
    maxRows: 1_048_576,
  });
}

/** Adds a sheet holding CSV rows; an empty field is an empty cell, as in Excel. */
export function addCsvSheet(engine: HyperFormula, name: string, rows: string[][]): number {
  engine.addSheet(name);
  const sheet = engine.getSheetId(name) as number;
  engine.setSheetContent(
    sheet,
    rows.map((row) => row.map((field) => (field === "" ? null : field)))
  );
  return sheet;
}

/** Adds a sheet holding cell values as a workbook holds them: text stays text, a hole is an empty cell. */
export function addValuesSheet(engine: HyperFormula, name: string, rows: unknown[][]): number {
  engine.addSheet(name);
  const sheet = engine.getSheetId(name) as number;
  const width = Math.max(...rows.map((row) => row?.length ?? 0));
  const cell = (value: unknown): RawCellContent =>
    value === undefined || value === null || value === ""
      ? null
      : typeof value === "string"
        ? `'${value}`
        : (value as RawCellContent);
  engine.setSheetContent(
    sheet,
    Array.from(rows, (row) => Array.from({ length: width }, (_, c) => cell(row?.[c])))
  );
  return sheet;
}

/** The cell values of a sheet as the engine typed them (numbers, date serials, text, null). */
export function sheetValues(engine: HyperFormula, sheet: number): unknown[][] {
  return engine.getSheetValues(sheet) as unknown[][];
}

function raw(content: CellContent): RawCellContent {
  switch (content.kind) {
    case "text":
      // A leading apostrophe makes HyperFormula keep any text literally, as Excel's text cells do.
      return `'${content.text}`;
    case "number":
    case "boolean":
      return content.value;
    case "formula":
      return content.formula;
    case "empty":
      return null;
  }
}

/** Adds the summary plan's cells as a sheet and returns its id. */
export function addPlanSheet(engine: HyperFormula, name: string, plan: SheetPlan): number {
  engine.addSheet(name);
  const sheet = engine.getSheetId(name) as number;
  const height = Math.max(...plan.cells.map((cell) => cell.row)) + 1;
  const width = Math.max(...plan.cells.map((cell) => cell.column)) + 1;
  const grid: RawCellContent[][] = Array.from({ length: height }, () => Array(width).fill(null));
  for (const cell of plan.cells) grid[cell.row][cell.column] = raw(cell.content);
  engine.setSheetContent(sheet, grid);
  return sheet;
}

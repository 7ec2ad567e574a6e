/** What the pane may ask of a workbook. Office.js implements it in this folder; tests pass stand-ins. */
import { Result } from "../cells/result";
import { SheetPlan, SourceKind, SourceTable } from "../summary";

/** Why the workbook could not do what was asked, independent of language; the pane words it. */
export type WorkbookProblem =
  | { code: "emptySelection" }
  | { code: "singleRow"; address: string }
  | { code: "tableWithoutHeader"; table: string }
  | { code: "mergedHeader"; address: string }
  | { code: "protectedSheet"; sheet: string }
  | { code: "protectedWorkbook" }
  | { code: "sourceGone"; address: string }
  | { code: "summaryGone"; sheet: string }
  | { code: "notOurSheet"; sheet: string }
  | { code: "refreshStopped"; sheet: string; detail: string }
  | { code: "unsupportedExcel"; requirement: string }
  | { code: "cellEditMode" }
  | { code: "excelError"; detail: string }
  /** A warning: the selection (several cells) is part of a larger block; only the selection was read. */
  | { code: "partOfBlock"; selected: string; block: string }
  /** The selection is on a sheet this add-in made: a summary, or the used rows of a source. */
  | { code: "ownSheet"; sheet: string; made: "summary" | "usedRows" }
  | { code: "cancelled" }
  /** A range picked for its cells (the user's words) has more rows than the pane reads. */
  | { code: "rangeTooLarge"; address: string; rows: number };

/** One chunk of a full-column read, handed over as soon as it arrives. */
export interface ColumnChunk {
  /** The chunk's rows, as wide as the source; only the requested columns hold values. */
  rows: unknown[][];
  /** Data rows read so far, this chunk included. */
  done: number;
  /** Data rows in the source. */
  total: number;
}

/** A source's used rows to write to a sheet of their own: a header row, then the rows. */
export interface UsedRowsTable {
  /** The sheet's name before it is made unique among the workbook's sheets. */
  baseName: string;
  headers: string[];
  rows: unknown[][];
  /** Columns (0-based) that hold dates, shown as dates rather than as serial numbers. */
  dateColumns: number[];
}

/** A small range's cells, such as the user's words: where it is and what it holds. */
export interface RangeCells {
  sheet: string;
  /** Its address on the sheet, without the sheet: "A1:B13". */
  address: string;
  /** Its cells, row by row; no more than three columns, which is enough to tell a range too wide. */
  values: unknown[][];
}

/** The summary sheet that was written. */
export interface WrittenSummary {
  sheetName: string;
  /** How the funnel was drawn: as a funnel, as a bar chart where the host has no funnel, or not at all (no funnel planned). */
  chart: "funnel" | "bar" | "none";
}

/** The workbook as the pane sees it. */
export interface WorkbookPort {
  /**
   * Reads the block or table around the user's selection: headers, a sample and the row count. A
   * selection of several cells is read as it is (with a partOfBlock warning when it is part of a
   * larger block), or with `wholeBlock` as the whole block around it.
   */
  readSelectedSource(
    kind: SourceKind,
    options?: { wholeBlock?: boolean }
  ): Promise<Result<SourceTable, WorkbookProblem>>;
  /**
   * Reads a source again, e.g. before a refresh: its table as it is now, or the block around its
   * header row as it is now (rows and columns added next to it included), or with `sameAddress`
   * exactly the address it was found at. Its headers are read as they are now.
   */
  readSourceAgain(
    source: SourceTable,
    options?: { sameAddress?: boolean }
  ): Promise<Result<SourceTable, WorkbookProblem>>;
  /**
   * Reads every data row of some columns (0-based within the source), in chunks, for figures that
   * need full data; `onChunk` returning false stops the reading with a "cancelled" problem.
   */
  readFullColumns(
    source: SourceTable,
    columns: number[],
    onChunk: (chunk: ColumnChunk) => void | false
  ): Promise<Result<{ rowsRead: number }, WorkbookProblem>>;
  /**
   * Reads the cells of the selection: a single cell stands for the block around it, a larger
   * selection for its filled part. For small ranges such as the user's words.
   */
  readSelectedRange(): Promise<Result<RangeCells, WorkbookProblem>>;
  /** Reads a range picked before again where it is, with rows typed right under it. */
  readRangeAgain(sheet: string, address: string): Promise<Result<RangeCells, WorkbookProblem>>;
  /** Activates a cell's sheet and selects the cell ("Orders!E7"), to show a problem found in it. */
  goToCell(reference: string): Promise<Result<void, WorkbookProblem>>;
  /** Writes the plan to a new sheet the add-in creates and activates. */
  writeSummary(plan: SheetPlan): Promise<Result<WrittenSummary, WorkbookProblem>>;
  /** Writes a source's used rows to a new sheet of their own; returns the sheet's name. */
  writeUsedRows(table: UsedRowsTable): Promise<Result<string, WorkbookProblem>>;
  /** Deletes a sheet of used rows this add-in created, and only such a sheet. */
  removeUsedRows(sheetName: string): Promise<Result<void, WorkbookProblem>>;
  /** Rewrites a summary sheet this add-in created, and only such a sheet. */
  refreshSummary(
    sheetName: string,
    plan: SheetPlan
  ): Promise<Result<WrittenSummary, WorkbookProblem>>;
  /** The names of the sheets this add-in marked as its summaries, in the workbook's order. */
  summarySheets(): Promise<Result<string[], WorkbookProblem>>;
  /** The pane's memory saved in this workbook; undefined when none was saved, or Excel keeps no settings. */
  loadMemory(): Promise<Result<string | undefined, WorkbookProblem>>;
  /** Saves the pane's memory in this workbook, replacing what was saved; unsupportedExcel where Excel keeps no settings. */
  saveMemory(text: string): Promise<Result<void, WorkbookProblem>>;
}

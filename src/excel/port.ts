/** What the pane may ask of a workbook. Office.js implements it in this folder; tests pass stand-ins. */
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
  | { code: "unsupportedExcel"; requirement: string }
  | { code: "cellEditMode" }
  | { code: "excelError"; detail: string };

/** A result that may fail with a problem; warnings are worth showing but do not stop the job. */
export type Outcome<T> =
  { ok: true; value: T; warnings: WorkbookProblem[] } | { ok: false; problem: WorkbookProblem };

/** One chunk of a full-column read, handed over as soon as it arrives. */
export interface ColumnChunk {
  /** The chunk's rows, as wide as the source; only the requested columns hold values. */
  rows: unknown[][];
  /** Data rows read so far, this chunk included. */
  done: number;
  /** Data rows in the source. */
  total: number;
}

/** The summary sheet that was written. */
export interface WrittenSummary {
  sheetName: string;
  /** How the funnel was drawn: as a funnel, as a bar chart where the host has no funnel, or not at all (no funnel planned). */
  chart: "funnel" | "bar" | "none";
}

/** The workbook as the pane sees it. */
export interface WorkbookPort {
  /** Reads the block or table around the user's selection: headers, a sample and the row count. */
  readSelectedSource(kind: SourceKind): Promise<Outcome<SourceTable>>;
  /** Reads a source again where it was found (its table, or the block at its address), e.g. before a refresh. */
  readSourceAgain(source: SourceTable): Promise<Outcome<SourceTable>>;
  /** Reads every data row of some columns (0-based within the source), in chunks, for figures that need full data. */
  readFullColumns(
    source: SourceTable,
    columns: number[],
    onChunk: (chunk: ColumnChunk) => void
  ): Promise<Outcome<{ rowsRead: number }>>;
  /** Writes the plan to a new sheet the add-in creates and activates. */
  writeSummary(plan: SheetPlan): Promise<Outcome<WrittenSummary>>;
  /** Rewrites a summary sheet this add-in created, and only such a sheet. */
  refreshSummary(sheetName: string, plan: SheetPlan): Promise<Outcome<WrittenSummary>>;
}

/** A successful outcome. */
export function succeeded<T>(value: T, warnings: WorkbookProblem[] = []): Outcome<T> {
  return { ok: true, value, warnings };
}

/** A failed outcome. */
export function failed<T>(problem: WorkbookProblem): Outcome<T> {
  return { ok: false, problem };
}

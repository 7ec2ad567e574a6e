/**
 * The used rows of a source picked in the pane, for a sheet of their own. The summary's formulas
 * read every row of what they are given: an order log with line items, voided or refunded orders,
 * or a table whose creator names are merged down over their posts, would give wrong figures read
 * where it is. Its rows are sorted as the report sorts a file's (one row per order, revenue net of
 * refunds, merged values given to every row they cover) and the used ones written beside it.
 */
import { blockAddress, onSheet } from "../../cells/a1";
import { isBlank } from "../../cells/values";
import { cellProblem } from "../check/source-problems";
import { CellIssue, SourceProblem } from "../model/problems";
import { Measure, ORDER_STATE_MEASURES } from "../model/measures";
import { RowAccount } from "../model/row-account";
import { ColumnMapping, MappedSource, MergedDown, SourceTable } from "../model/source";
import { cellIssue } from "../check/cell-checks";
import { RowSorter } from "./row-sorter";
import { TableStart } from "./table-start";
import { hasTextToRead, TextReader, textReaders } from "./text-values";
import { CommentLabeller, withLabelColumns } from "./comment-labels";
import { needsCommentLabels } from "../model/availability";

// Measures whose rows the sorter may leave out of an order log, or change: an order ID (line items
// and repeated orders) besides the order's state.
const ORDER_SORTING: Measure[] = ["orderId", ...ORDER_STATE_MEASURES];

/** The mapped columns (0-based within the source), in the source's order. */
export function mappedColumns(mapping: ColumnMapping): number[] {
  const columns = Object.values(mapping).filter((column) => column !== undefined) as number[];
  return [...new Set(columns)].sort((a, b) => a - b);
}

/** True when the source's rows must be read and sorted before the summary can use them. */
export function mayNeedUsedRows(source: MappedSource): boolean {
  const { table, mapping } = source;
  if (table.rowsSorted) return false;
  const columns = new Set(mappedColumns(mapping));
  if (table.mergedDown?.some((merge) => columns.has(merge.column))) return true;
  if (hasTextToRead(source) || needsCommentLabels(source)) return true;
  return table.kind === "orders" && ORDER_SORTING.some((measure) => mapping[measure] !== undefined);
}

/** How many cells held a number or a date as text, and the first of them. */
export interface TextRead {
  cells: number;
  text: string;
}

/** What sorting a source's rows gave. */
export interface SortedRows {
  /** The used rows, with the mapped columns only, in the source's order, then any label cells. */
  rows: unknown[][];
  /** The source's columns the rows hold, 0-based within the source. */
  columns: number[];
  account: RowAccount;
  /** True when the used rows differ from the source's: a row left out, a merged value given, text read. */
  changed: boolean;
  textRead?: TextRead;
  /** What labelled the mentions from their comment text, when the source had no labels. */
  labeller?: CommentLabeller;
}

// The account a source began with, as where its table starts: rows above the header and survey
// export's extra header rows. A trailing totals row, left out of the source's block, is added after.
function startOf(account: RowAccount | undefined): TableStart {
  const leftOut = account?.leftOut ?? {};
  return {
    header: (account?.headerRow ?? 1) - 1,
    aboveHeader: leftOut.aboveHeader ?? 0,
    blankAbove: leftOut.blank ?? 0,
    extraHeaderRows: leftOut.extraHeaderRows ?? 0,
  };
}

/** Sorts a source's data rows, fed in order chunk by chunk, into used and left out. */
export class UsedRows {
  readonly columns: number[];
  private readonly sorter: RowSorter;
  private readonly kept: unknown[][] = [];
  private readonly checked: [Measure, number][];
  private readonly reported = new Set<Measure>();
  private readonly problems: SourceProblem[] = [];
  // The value at the top of each merged area, once its first row has been read.
  private readonly mergeValues = new Map<MergedDown, unknown>();
  private readonly merges: MergedDown[];
  // Cells given a value they do not hold in the source: a merged value, a revenue net of a refund.
  private altered = 0;
  private rowsRead = 0;
  private readonly revenueAt?: number;
  // Each column's reader of numbers and dates left as text, by place in the used rows.
  private readonly readers: [number, TextReader][];
  private textRead?: TextRead;
  // Where the comment text is in the used rows, when they get label cells.
  private readonly textAt?: number;
  private readonly labeller?: CommentLabeller;

  /** `labeller` labels mentions that have comment text and no labels; others need none. */
  constructor(
    private readonly source: MappedSource,
    labeller?: CommentLabeller
  ) {
    const { table, mapping } = source;
    this.columns = mappedColumns(mapping);
    const place = new Map(this.columns.map((column, index) => [column, index]));
    const compact: ColumnMapping = {};
    for (const [measure, column] of Object.entries(mapping) as [Measure, number | undefined][])
      if (column !== undefined) compact[measure] = place.get(column);
    if (labeller && needsCommentLabels(source)) {
      this.labeller = labeller;
      this.textAt = compact.text;
      // The label cells follow the mapped columns: the sorter tells a mention without text by them.
      compact.sentiment = this.columns.length;
    }
    this.sorter = new RowSorter(startOf(table.account), { [table.kind]: compact });
    this.checked = Object.entries(mapping).filter(([, c]) => c !== undefined) as [
      Measure,
      number,
    ][];
    this.merges = (table.mergedDown ?? []).filter((merge) => place.has(merge.column));
    if (table.kind === "orders") this.revenueAt = compact.revenue;
    this.readers = [...textReaders(source)]
      .map(([column, read]): [number, TextReader] => [place.get(column) as number, read])
      .sort((a, b) => a[0] - b[0]);
  }

  /** The next data rows, as wide as the source (only the mapped columns need values). */
  add(rows: readonly (readonly unknown[])[]): void {
    for (const row of rows) {
      const index = this.rowsRead++;
      const cells = this.columns.map((column) => row[column]);
      this.fillMerges(cells, index);
      // As the report does: blank and totals rows are told by their cells as written, the rest
      // read, checked and sorted.
      if (!this.sorter.screen(cells)) continue;
      this.readText(cells);
      this.check(cells, index);
      const gross = this.revenueAt === undefined ? undefined : cells[this.revenueAt];
      if (this.labeller) cells.push(...this.labeller.cells(cells[this.textAt as number]));
      if (!this.sorter.keep(cells)) continue;
      if (this.revenueAt !== undefined && cells[this.revenueAt] !== gross) this.altered++;
      this.kept.push(cells);
    }
  }

  /** The used rows and the account of every row, or the first bad cell of each column. */
  result(): { sorted: SortedRows; problems: SourceProblem[] } {
    const { kind, account: before } = this.source.table;
    const account = this.sorter.account(kind);
    // The totals row under the block was counted when the source was read.
    const totals = before?.leftOut.totals ?? 0;
    if (totals > 0) {
      account.seen += totals;
      account.leftOut.totals = (account.leftOut.totals ?? 0) + totals;
    }
    const changed =
      this.altered > 0 || this.kept.length < this.rowsRead || this.labeller !== undefined;
    const sorted: SortedRows = { rows: this.kept, columns: this.columns, account, changed };
    if (this.textRead) sorted.textRead = this.textRead;
    if (this.labeller) sorted.labeller = this.labeller;
    return { sorted, problems: this.problems };
  }

  // "1.2万" becomes 12000 and "2024-03-05" its date, as the report reads them; a blank for "-"
  // or a survey's skip code.
  private readText(cells: unknown[]): void {
    for (const [at, read] of this.readers) {
      const cell = cells[at];
      const value = read(cell);
      if (value === cell) continue;
      cells[at] = value;
      this.altered++;
      // A "no answer" mark read as a blank held no number to tell of.
      if (typeof cell !== "string" || typeof value !== "number") continue;
      if (this.textRead) this.textRead.cells++;
      else this.textRead = { cells: 1, text: cell };
    }
  }

  // A merged area's cells below its top one read blank: each gets the top one's value.
  private fillMerges(cells: unknown[], index: number): void {
    for (const merge of this.merges) {
      if (index < merge.fromRow || index > merge.toRow) continue;
      const at = this.columns.indexOf(merge.column);
      if (index === merge.fromRow) this.mergeValues.set(merge, cells[at]);
      else if (isBlank(cells[at])) {
        cells[at] = this.mergeValues.get(merge) ?? "";
        this.altered++;
      }
    }
  }

  // Each mapped cell is checked as the summary checks a source read where it is, and named where
  // it is in the source, so that the user fixes the right cell.
  private check(cells: readonly unknown[], index: number): void {
    for (const [measure, column] of this.checked) {
      if (this.reported.has(measure)) continue;
      const value = cells[this.columns.indexOf(column)];
      const issue: CellIssue | undefined = cellIssue(this.source.table.kind, measure, value);
      if (issue === undefined) continue;
      this.reported.add(measure);
      this.problems.push(cellProblem(this.source.table, issue, measure, index, column, value));
    }
  }
}

/**
 * The source the summary reads instead: the used rows on `sheet`, under the source's headers of
 * the mapped columns (and the label columns, when the add-in labelled them), the mapping moved to match.
 */
export function usedRowsSource(
  original: MappedSource,
  sorted: SortedRows,
  sheet: string,
  sampleRows: number
): MappedSource {
  const { table, mapping } = original;
  const place = new Map(sorted.columns.map((column, index) => [column, index]));
  const moved: ColumnMapping = {};
  for (const [measure, column] of Object.entries(mapping) as [Measure, number | undefined][])
    if (column !== undefined) moved[measure] = place.get(column);
  const width = sorted.columns.length;
  const copy: SourceTable = {
    kind: table.kind,
    sheet,
    address: blockAddress({
      fromRow: 0,
      fromColumn: 0,
      toRow: sorted.rows.length,
      toColumn: width + (sorted.labeller?.headers.length ?? 0) - 1,
    }),
    headers: sorted.columns.map((column) => table.headers[column]),
    sample: sorted.rows.slice(0, sampleRows),
    rowCount: sorted.rows.length,
    account: sorted.account,
    rowsSorted: true,
    usedRowsOf: table.tableName ?? onSheet(table.sheet, table.address),
  };
  return sorted.labeller
    ? withLabelColumns(copy, moved, width, sorted.labeller)
    : { table: copy, mapping: moved };
}

/** Reading a source block from the workbook: two round trips, whatever the row count. */
import { Block, blockAddress, parseBlock, withoutSheet } from "../cells/a1";
import { failure, Result, success } from "../cells/result";
import {
  extraHeaderTexts,
  findTableStart,
  HEADER_SEARCH_ROWS,
  isTotalsRow,
  MergedDown,
  newAccount,
  RowAccount,
  SourceKind,
  SourceTable,
  tableStartAt,
} from "../summary";
import { ExcelHost, guarded, READ_API } from "./host";
import { WorkbookProblem } from "./port";

/** Data rows read to recognise columns and check types; the rest is only counted. */
export const SAMPLE_ROWS = 200;

/** Where a source's block is, before anything in it has been read. */
interface Located {
  block: Excel.Range;
  tableName?: string;
}

/** Reads the table or block around the user's selection. */
export async function readSelectedSource(
  host: ExcelHost,
  kind: SourceKind
): Promise<Result<SourceTable, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const located = await locateSelection(context);
      if (!located.ok) return located;
      return readBlock(context, kind, located.value, located.warnings, host.supports("1.13"));
    })
  );
}

/** Reads a source again where it was found: its table as it is now, or the same address. */
export async function readSourceAgain(
  host: ExcelHost,
  source: SourceTable
): Promise<Result<SourceTable, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const located = await locateAgain(context, source);
      if (!located.ok) return located;
      const { value, warnings } = located;
      return readBlock(context, source.kind, value, warnings, host.supports("1.13"), source);
    })
  );
}

/** First round trip: what is selected, whether it is in a table, and what is protected. */
async function locateSelection(
  context: Excel.RequestContext
): Promise<Result<Located, WorkbookProblem>> {
  const selection = context.workbook.getSelectedRange();
  selection.load("rowCount,columnCount");
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,protection/protected");
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  const tables = selection.getTables(false);
  tables.load("items/name,items/showHeaders");
  const used = selection.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();

  const warnings: WorkbookProblem[] = [];
  if (sheet.protection.protected) warnings.push({ code: "protectedSheet", sheet: sheet.name });
  if (workbookProtection.protected) warnings.push({ code: "protectedWorkbook" });
  // eslint-disable-next-line office-addins/load-object-before-read -- "items/name" above loads the items
  const table = tables.items[0];
  if (table) return tableBlock(table, warnings);
  if (selection.rowCount === 1 && selection.columnCount === 1) {
    return success({ block: selection.getSurroundingRegion() }, warnings);
  }
  // A whole-column (or any larger) selection stands for the filled part of it.
  if (used.isNullObject) return failure({ code: "emptySelection" });
  return success({ block: sheet.getRange(withoutSheet(used.address)) }, warnings);
}

/** First round trip of a second reading: the table or sheet must still be there. */
async function locateAgain(
  context: Excel.RequestContext,
  source: SourceTable
): Promise<Result<Located, WorkbookProblem>> {
  const gone = failure<WorkbookProblem>({ code: "sourceGone", address: describeSource(source) });
  if (source.tableName) {
    const table = context.workbook.tables.getItemOrNullObject(source.tableName);
    table.load("name,showHeaders");
    await context.sync();
    if (table.isNullObject) return gone;
    return tableBlock(table, []);
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheet);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return gone;
  return success({ block: sheet.getRange(source.address) }, []);
}

/** A table's block, header row included; a table without its header row cannot be a source. */
function tableBlock(
  table: Excel.Table,
  warnings: WorkbookProblem[]
): Result<Located, WorkbookProblem> {
  if (!table.showHeaders) return failure({ code: "tableWithoutHeader", table: table.name });
  const block = table.getHeaderRowRange().getBoundingRect(table.getDataBodyRange());
  return success({ block, tableName: table.name }, warnings);
}

/**
 * Second round trip: the top of the block (where the header is found under title and metadata
 * rows), its last row (a totals row is left out) and the row count. The source is the part from the
 * header (or the survey export's last extra header row) to the last data row.
 */
async function readBlock(
  context: Excel.RequestContext,
  kind: SourceKind,
  located: Located,
  warnings: readonly WorkbookProblem[] | undefined,
  canFindMerges: boolean,
  before?: SourceTable
): Promise<Result<SourceTable, WorkbookProblem>> {
  const { block, tableName } = located;
  block.load("address,rowCount");
  const sheet = block.worksheet;
  sheet.load("name");
  const window = block.getRow(0).getResizedRange(HEADER_SEARCH_ROWS + SAMPLE_ROWS - 1, 0);
  const top = window.getIntersectionOrNullObject(block);
  top.load("values");
  // The whole block's merged areas: one over the header refuses it, one down data rows is filled.
  const merged = canFindMerges ? block.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const last = block.getLastRow();
  last.load("values");
  await context.sync();

  const rows = top.isNullObject ? [] : top.values;
  // An Excel table's header is its own; a plain block's is found in it. Read again, a block starts
  // at its header's row (or the survey's last header row), and keeps the header found the first time.
  const start = tableName || before ? tableStartAt(rows, 0) : findTableStart(rows);
  const headers = before?.headers ?? (rows[start.header] ?? []).map(headerText);
  const origin = parseBlock(withoutSheet(block.address));
  if (!origin || (block.rowCount === 1 && headers.every((text) => text.trim() === ""))) {
    return failure({ code: "emptySelection" });
  }
  const headerMerge =
    merged && !merged.isNullObject ? mergeOnRow(merged, origin.fromRow + start.header) : undefined;
  if (headerMerge) return failure({ code: "mergedHeader", address: headerMerge });
  const mergedDown =
    merged && !merged.isNullObject ? mergesDown(merged, origin, firstDataRow(start)) : [];
  const firstData = firstDataRow(start);
  // A table's own total row is outside its data; a typed one inside it stays in its structured references.
  const totalsLast = !tableName && block.rowCount - 1 > firstData && isTotalsRow(last.values[0]);
  const dataRows = block.rowCount - firstData - (totalsLast ? 1 : 0);
  const address = blockAddress({
    ...origin,
    fromRow: origin.fromRow + firstData - 1,
    toRow: origin.fromRow + block.rowCount - 1 - (totalsLast ? 1 : 0),
  });
  if (dataRows < 1) return failure({ code: "singleRow", address: withoutSheet(block.address) });
  const account = before?.account ? rowsAbove(before.account) : newAccount(start);
  account.seen += dataRows;
  account.used += dataRows;
  if (totalsLast) {
    account.seen++;
    account.leftOut.totals = 1;
  }
  const table: SourceTable = {
    kind,
    sheet: sheet.name,
    address,
    headers,
    sample: rows.slice(firstData, firstData + SAMPLE_ROWS).filter((row) => !isTotalsRow(row)),
    rowCount: dataRows,
    account,
  };
  if (before?.headerHints) table.headerHints = before.headerHints;
  else if (start.extraHeaderRows > 0)
    table.headerHints = extraHeaderTexts(rows, start, headers.length);
  if (tableName) table.tableName = tableName;
  if (mergedDown.length > 0) table.mergedDown = mergedDown;
  return success(table, warnings ?? []);
}

// A source read again: the rows above its data, as counted when it was first found.
function rowsAbove(account: RowAccount): RowAccount {
  const leftOut: RowAccount["leftOut"] = {};
  let seen = 0;
  for (const reason of ["aboveHeader", "blank", "extraHeaderRows"] as const) {
    const count = account.leftOut[reason];
    if (count) leftOut[reason] = count;
    seen += count ?? 0;
  }
  return { headerRow: account.headerRow, seen, used: 0, leftOut };
}

// The merged area that crosses the header's row (0-based on the sheet), if any: a header must name each column.
function mergeOnRow(merged: Excel.RangeAreas, row: number): string | undefined {
  // RangeAreas' address lists its areas: "Sheet1!A1:K1, Sheet1!B5:B7".
  for (const area of merged.address.split(",")) {
    const block = parseBlock(withoutSheet(area.trim()));
    if (block && block.fromRow <= row && row <= block.toRow) return withoutSheet(area.trim());
  }
  return undefined;
}

// The block's first data row, 0-based within it: below the header and any extra header rows.
function firstDataRow(start: { header: number; extraHeaderRows: number }): number {
  return start.header + start.extraHeaderRows + 1;
}

// Each column of an area merged down over data rows, within the source's data rows: only the top
// cell holds the value, which every row the area covers must be given. One-row merges (a totals
// row's label across columns) give nothing to fill.
function mergesDown(merged: Excel.RangeAreas, origin: Block, firstData: number): MergedDown[] {
  const dataTop = origin.fromRow + firstData;
  const found: MergedDown[] = [];
  for (const area of merged.address.split(",")) {
    const block = parseBlock(withoutSheet(area.trim()));
    if (!block || block.toRow === block.fromRow || block.toRow < dataTop) continue;
    const fromRow = Math.max(block.fromRow, dataTop) - dataTop;
    const toRow = Math.min(block.toRow, origin.toRow) - dataTop;
    const lastColumn = Math.min(block.toColumn, origin.toColumn);
    for (let column = Math.max(block.fromColumn, origin.fromColumn); column <= lastColumn; column++)
      found.push({ column: column - origin.fromColumn, fromRow, toRow });
  }
  return found;
}

// Exactly as the sheet holds it: a structured reference must name "Impressions " with its space.
// Recognition and the checks compare headers trimmed.
function headerText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** How a source is named in messages: its table, or its sheet and address. */
function describeSource(source: SourceTable): string {
  return source.tableName ?? `${source.sheet}!${source.address}`;
}

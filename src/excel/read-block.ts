/** Reading a located block as a source, in one round trip whatever its row count. */
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
  TableStart,
  tableStartAt,
} from "../summary";
import { WorkbookProblem } from "./port";

/** Data rows read to recognise columns and check types; the rest is only counted. */
export const SAMPLE_ROWS = 200;

/** Where a source's block is, before anything in it has been read. */
export interface Located {
  block: Excel.Range;
  tableName?: string;
}

/**
 * The survey export's extra header rows a source was found with: its address starts at the last of
 * them, so its header row is that many rows higher.
 */
export function extraHeaderRowsOf(source: SourceTable): number {
  return source.account?.leftOut.extraHeaderRows ?? 0;
}

/**
 * Reads the top of the block (where the header is found under title and metadata rows), its last
 * row (a totals row is left out) and the row count. The source is the part from the header (or the
 * survey export's last extra header row) to the last data row. Read again (`before`), a block starts
 * at its header row and keeps the header rows found the first time; its header's texts are read as
 * they are now.
 */
export async function readBlock(
  context: Excel.RequestContext,
  kind: SourceKind,
  located: Located,
  warnings: readonly WorkbookProblem[],
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
  // An Excel table's header is its own; a plain block's is found in it.
  const start = before
    ? { ...tableStartAt(rows, 0), extraHeaderRows: extraHeaderRowsOf(before) }
    : tableName
      ? tableStartAt(rows, 0)
      : findTableStart(rows);
  const headers = (rows[start.header] ?? []).map(headerText);
  const origin = parseBlock(withoutSheet(block.address));
  if (!origin || (block.rowCount === 1 && headers.every((text) => text.trim() === ""))) {
    return failure({ code: "emptySelection" });
  }
  const areas = merged && !merged.isNullObject ? merged.address : undefined;
  const headerMerge = areas ? mergeOnRow(areas, origin.fromRow + start.header) : undefined;
  if (headerMerge) return failure({ code: "mergedHeader", address: headerMerge });
  const firstData = firstDataRow(start);
  const mergedDown = areas ? mergesDown(areas, origin, firstData) : [];
  // A table's own total row is outside its data; a typed one inside it stays in its structured references.
  const totalsLast = !tableName && block.rowCount - 1 > firstData && isTotalsRow(last.values[0]);
  const dataRows = block.rowCount - firstData - (totalsLast ? 1 : 0);
  const address = blockAddress({
    ...origin,
    fromRow: origin.fromRow + firstData - 1,
    toRow: origin.fromRow + block.rowCount - 1 - (totalsLast ? 1 : 0),
  });
  if (dataRows < 1) return failure({ code: "singleRow", address: withoutSheet(block.address) });
  const table: SourceTable = {
    kind,
    sheet: sheet.name,
    address,
    headers,
    sample: rows.slice(firstData, firstData + SAMPLE_ROWS).filter((row) => !isTotalsRow(row)),
    rowCount: dataRows,
    account: rowAccount(start, dataRows, totalsLast, before),
  };
  if (start.extraHeaderRows > 0) table.headerHints = extraHeaderTexts(rows, start, headers.length);
  if (tableName) table.tableName = tableName;
  if (mergedDown.length > 0) table.mergedDown = mergedDown;
  return success(table, warnings);
}

// Every row besides the header: those above it as counted the first time, the data rows, a totals row.
function rowAccount(
  start: TableStart,
  dataRows: number,
  totalsLast: boolean,
  before?: SourceTable
): RowAccount {
  const account = before?.account ? rowsAbove(before.account) : newAccount(start);
  account.seen += dataRows;
  account.used += dataRows;
  if (totalsLast) {
    account.seen++;
    account.leftOut.totals = 1;
  }
  return account;
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

// Each merged area of a RangeAreas' address, which lists them: "Sheet1!A1:K1, Sheet1!B5:B7".
function mergedAreas(areas: string): { address: string; block: Block }[] {
  return areas.split(",").flatMap((area) => {
    const address = withoutSheet(area.trim());
    const block = parseBlock(address);
    return block ? [{ address, block }] : [];
  });
}

// The merged area that crosses the header's row (0-based on the sheet), if any: a header must name each column.
function mergeOnRow(areas: string, row: number): string | undefined {
  return mergedAreas(areas).find(({ block }) => block.fromRow <= row && row <= block.toRow)
    ?.address;
}

// The block's first data row, 0-based within it: below the header and any extra header rows.
function firstDataRow(start: TableStart): number {
  return start.header + start.extraHeaderRows + 1;
}

// Each column of an area merged down over data rows, within the source's data rows: only the top
// cell holds the value, which every row the area covers must be given. One-row merges (a totals
// row's label across columns) give nothing to fill.
function mergesDown(areas: string, origin: Block, firstData: number): MergedDown[] {
  const dataTop = origin.fromRow + firstData;
  const found: MergedDown[] = [];
  for (const { block } of mergedAreas(areas)) {
    if (block.toRow === block.fromRow || block.toRow < dataTop) continue;
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

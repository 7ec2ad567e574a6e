/** Reading a source block from the workbook: two round trips, whatever the row count. */
import { withoutSheet } from "../cells/a1";
import { failure, Result, success } from "../cells/result";
import { SourceKind, SourceTable } from "../summary";
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
      return readBlock(context, source.kind, value, warnings, host.supports("1.13"));
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

/** Second round trip: header row, a sample of data rows and the row count of the block. */
async function readBlock(
  context: Excel.RequestContext,
  kind: SourceKind,
  located: Located,
  warnings: readonly WorkbookProblem[] | undefined,
  canFindMerges: boolean
): Promise<Result<SourceTable, WorkbookProblem>> {
  const { block, tableName } = located;
  block.load("address,rowCount");
  const sheet = block.worksheet;
  sheet.load("name");
  const header = block.getRow(0);
  header.load("values");
  const merged = canFindMerges ? header.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  // The rows under the header, cut to the block: fewer than SAMPLE_ROWS when the block is short.
  const window = header.getOffsetRange(1, 0).getResizedRange(SAMPLE_ROWS - 1, 0);
  const sample = window.getIntersectionOrNullObject(block);
  sample.load("values");
  await context.sync();

  const address = withoutSheet(block.address);
  const headers = header.values[0].map(headerText);
  if (block.rowCount === 1 && headers.every((text) => text === "")) {
    return failure({ code: "emptySelection" });
  }
  if (merged && !merged.isNullObject) {
    return failure({ code: "mergedHeader", address: withoutSheet(merged.address) });
  }
  if (block.rowCount < 2) return failure({ code: "singleRow", address });
  const table: SourceTable = {
    kind,
    sheet: sheet.name,
    address,
    headers,
    sample: sample.isNullObject ? [] : sample.values,
    rowCount: block.rowCount - 1,
  };
  if (tableName) table.tableName = tableName;
  return success(table, warnings ?? []);
}

function headerText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** How a source is named in messages: its table, or its sheet and address. */
function describeSource(source: SourceTable): string {
  return source.tableName ?? `${source.sheet}!${source.address}`;
}

/** Finding a source in the workbook, from the selection or where it was found before: two round trips, whatever the row count. */
import { parseBlock, withoutSheet } from "../cells/a1";
import { failure, Result, success } from "../cells/result";
import { SourceKind, SourceTable } from "../summary";
import { ExcelHost, guarded, READ_API, WRITE_API } from "./host";
import { ownSheetProblem, queueOwnMarks } from "./own-sheets";
import { WorkbookProblem } from "./port";
import { extraHeaderRowsOf, Located, readBlock } from "./read-block";

export { SAMPLE_ROWS } from "./read-block";

/** A selection's block, and for a selection of several cells the region around it, to tell a part of a block. */
interface LocatedSelection extends Located {
  region?: Excel.Range;
}

/** Reads the table or block around the user's selection; with `wholeBlock`, a selection's whole region. */
export async function readSelectedSource(
  host: ExcelHost,
  kind: SourceKind,
  options: { wholeBlock?: boolean } = {}
): Promise<Result<SourceTable, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const located = await locateSelection(context, options.wholeBlock ?? false, host);
      if (!located.ok) return located;
      const { value, warnings = [] } = located;
      const read = await readBlock(context, kind, value, warnings, host.supports("1.13"));
      const partial = value.region && partOfBlock(value.block, value.region);
      if (!read.ok || !partial) return read;
      return success(read.value, [...(read.warnings ?? []), partial]);
    })
  );
}

/**
 * Reads a source again: its table as it is now; a plain range as the region around its header row
 * is now, so that rows and columns added next to it are taken in, or with `sameAddress` at exactly
 * the address it was found at.
 */
export async function readSourceAgain(
  host: ExcelHost,
  source: SourceTable,
  options: { sameAddress?: boolean } = {}
): Promise<Result<SourceTable, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const located = await locateAgain(context, source, options.sameAddress ?? false);
      if (!located.ok) return located;
      const { value, warnings = [] } = located;
      const read = await readBlock(
        context,
        source.kind,
        value,
        warnings,
        host.supports("1.13"),
        source
      );
      // Nothing left where the source was: it is gone, not an empty selection.
      if (!read.ok && read.problems[0].code === "emptySelection") return sourceGone(source);
      return read;
    })
  );
}

/**
 * First round trip: what is selected, whether it is in a table, what is protected, and whether the
 * sheet is one the add-in made (where worksheet custom properties exist to tell).
 */
async function locateSelection(
  context: Excel.RequestContext,
  wholeBlock: boolean,
  host: ExcelHost
): Promise<Result<LocatedSelection, WorkbookProblem>> {
  const selection = context.workbook.getSelectedRange();
  selection.load("rowCount,columnCount");
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,protection/protected");
  const marks = host.supports(WRITE_API) ? queueOwnMarks(sheet) : undefined;
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  const tables = selection.getTables(false);
  tables.load("items/name,items/showHeaders");
  const used = selection.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();

  const own = marks && ownSheetProblem(sheet.name, marks);
  if (own) return failure(own);
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
  const filled = sheet.getRange(withoutSheet(used.address));
  const region = filled.getSurroundingRegion();
  if (wholeBlock) return success({ block: region }, warnings);
  // Loaded with the block in the next round trip, to tell a selection that is part of its block.
  region.load("address");
  return success({ block: filled, region }, warnings);
}

/** The warning for a block read as selected when the region around it is larger, addresses without the sheet. */
function partOfBlock(block: Excel.Range, region: Excel.Range): WorkbookProblem | undefined {
  const selected = withoutSheet(block.address);
  const around = withoutSheet(region.address);
  const [inner, outer] = [parseBlock(selected), parseBlock(around)];
  if (!inner || !outer) return undefined;
  const rows = (b: typeof inner) => b.toRow - b.fromRow;
  const columns = (b: typeof inner) => b.toColumn - b.fromColumn;
  if (rows(outer) <= rows(inner) && columns(outer) <= columns(inner)) return undefined;
  return { code: "partOfBlock", selected, block: around };
}

/**
 * First round trip of a second reading: the table or sheet must still be there. A plain range's
 * block is queued from its header row's first cell: the region around it from that row down, or
 * the same address.
 */
async function locateAgain(
  context: Excel.RequestContext,
  source: SourceTable,
  sameAddress: boolean
): Promise<Result<Located, WorkbookProblem>> {
  if (source.tableName) {
    const table = context.workbook.tables.getItemOrNullObject(source.tableName);
    table.load("name,showHeaders");
    await context.sync();
    if (table.isNullObject) return sourceGone(source);
    return tableBlock(table, []);
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheet);
  sheet.load("name");
  await context.sync();
  const found = parseBlock(source.address);
  if (sheet.isNullObject || !found) return sourceGone(source);
  const headerRow = Math.max(0, found.fromRow - extraHeaderRowsOf(source));
  if (sameAddress) {
    const rows = found.toRow - headerRow + 1;
    const width = found.toColumn - found.fromColumn + 1;
    return success(
      { block: sheet.getRangeByIndexes(headerRow, found.fromColumn, rows, width) },
      []
    );
  }
  const corner = sheet.getRangeByIndexes(headerRow, found.fromColumn, 1, 1);
  // The region's rows from the header's down: title rows above it were left out the first time.
  const region = corner.getSurroundingRegion();
  return success({ block: region.getLastRow().getBoundingRect(corner) }, []);
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

/** A source that is no longer where it was, named by its table, or its sheet and address. */
function sourceGone(source: SourceTable): Result<never, WorkbookProblem> {
  const address = source.tableName ?? `${source.sheet}!${source.address}`;
  return failure({ code: "sourceGone", address });
}

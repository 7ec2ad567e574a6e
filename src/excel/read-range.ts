/** Reading a small range's cells, such as the user's words and their weights, from the selection or where it was. */
import { blockAddress, onSheet, parseBlock, withoutSheet } from "../cells/a1";
import { failure, Result, success } from "../cells/result";
import { ExcelHost, guarded, READ_API, WRITE_API } from "./host";
import { ownSheetProblem, queueOwnMarks } from "./own-sheets";
import { RangeCells, WorkbookProblem } from "./port";

/**
 * The rows a picked range may have: a lexicon has tens or hundreds of words, and this many rows of
 * three columns stay far below the 5 MB Excel on the web allows a response.
 */
export const RANGE_ROWS_LIMIT = 5000;
// Columns read: one more than a lexicon's two, so that a range too wide is told as such.
const COLUMNS_READ = 3;

/** The selection's cells: a single cell's block around it, or a larger selection's filled part. */
export async function readSelectedRange(
  host: ExcelHost
): Promise<Result<RangeCells, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("rowCount,columnCount");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const marks = host.supports(WRITE_API) ? queueOwnMarks(sheet) : undefined;
      const used = selection.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();

      const own = marks && ownSheetProblem(sheet.name, marks);
      if (own) return failure(own);
      if (selection.rowCount === 1 && selection.columnCount === 1)
        return readCells(context, sheet.name, selection.getSurroundingRegion());
      if (used.isNullObject) return failure({ code: "emptySelection" });
      return readCells(context, sheet.name, sheet.getRange(withoutSheet(used.address)));
    })
  );
}

/** A range read again at its address, its rows grown down to those typed right under it. */
export async function readRangeAgain(
  host: ExcelHost,
  sheetName: string,
  address: string
): Promise<Result<RangeCells, WorkbookProblem>> {
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const gone = failure<WorkbookProblem>({
        code: "sourceGone",
        address: onSheet(sheetName, address),
      });
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync();
      const found = parseBlock(address);
      if (sheet.isNullObject || !found) return gone;
      const region = sheet.getRange(address).getCell(0, 0).getSurroundingRegion();
      region.load("address");
      await context.sync();
      const around = parseBlock(withoutSheet(region.address));
      const toRow = Math.max(found.toRow, around?.toRow ?? found.toRow);
      return readCells(context, sheetName, sheet.getRange(blockAddress({ ...found, toRow })));
    })
  );
}

// One round trip: the block's address and size, and its first rows and columns' values.
async function readCells(
  context: Excel.RequestContext,
  sheet: string,
  block: Excel.Range
): Promise<Result<RangeCells, WorkbookProblem>> {
  block.load("address,rowCount,columnCount");
  const window = block
    .getCell(0, 0)
    .getResizedRange(RANGE_ROWS_LIMIT - 1, COLUMNS_READ - 1)
    .getIntersectionOrNullObject(block);
  window.load("values");
  await context.sync();
  const address = withoutSheet(block.address);
  if (block.rowCount > RANGE_ROWS_LIMIT)
    return failure({
      code: "rangeTooLarge",
      address: onSheet(sheet, address),
      rows: RANGE_ROWS_LIMIT,
    });
  const values = window.isNullObject ? [] : window.values;
  const filled = values.some((row) => row.some((cell) => cell !== "" && cell !== null));
  if (!filled) return failure({ code: "emptySelection" });
  return success({ sheet, address, values }, []);
}

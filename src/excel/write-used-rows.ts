/**
 * The used rows of a source, written to a sheet of their own that the summary's formulas read. The
 * add-in never edits a source: what it leaves out or fills in is shown on this new sheet instead.
 */
import { failure, Result, success } from "../cells/result";
import { uniqueSheetName } from "../summary";
import { ExcelHost, guarded, problemFromError, WRITE_API } from "./host";
import { UsedRowsTable, WorkbookProblem } from "./port";
import { requestBytesAtMost, WRITE_BUDGET_BYTES } from "./write-plan";
import { removeAddedSheet } from "./write-summary";

/** The worksheet custom property that marks a sheet of used rows this add-in created. */
export const USED_ROWS_MARK = "WomKpisRows";

// Text is written as text: Excel reads a value written to a cell as if typed, so "00123" or
// "2024-03-01" would otherwise become a number or a date.
const TEXT_FORMAT = "@";
const DATE_FORMAT = "yyyy-mm-dd";
const GENERAL_FORMAT = "General";

// Each cell's format ("@", "General" or a date's) with JSON's quoting and comma, besides its value.
const FORMAT_BYTES_PER_CELL = 16;

/** Writes the table to a new, uniquely named sheet, marked as the add-in's; returns its name. */
export async function writeUsedRows(
  host: ExcelHost,
  table: UsedRowsTable
): Promise<Result<string, WorkbookProblem>> {
  return guarded(host, WRITE_API, async () => {
    const before = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      context.workbook.protection.load("protected");
      await context.sync();
      return {
        protected: context.workbook.protection.protected,
        names: sheets.items.map((sheet) => sheet.name),
        ids: new Set(sheets.items.map((sheet) => sheet.id)),
      };
    });
    if (before.protected) return failure({ code: "protectedWorkbook" });
    const name = uniqueSheetName(table.baseName, before.names);
    try {
      await writeRows(host, name, table);
    } catch (error) {
      await removeAddedSheet(host, name, before.ids);
      return failure(problemFromError(error));
    }
    return success(name, []);
  });
}

/** Deletes a sheet of used rows the add-in wrote, once no summary reads it; any other sheet stays. */
export async function removeUsedRows(
  host: ExcelHost,
  name: string
): Promise<Result<void, WorkbookProblem>> {
  return guarded(host, WRITE_API, () =>
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) return success(undefined, []);
      const mark = sheet.customProperties.getItemOrNullObject(USED_ROWS_MARK);
      mark.load("key");
      await context.sync();
      if (mark.isNullObject) return failure<WorkbookProblem>({ code: "notOurSheet", sheet: name });
      sheet.delete();
      await context.sync();
      return success(undefined, []);
    })
  );
}

// The header and rows in requests under Excel on the web's 5 MB, the first adding the sheet and
// the last marking it; the header row stays in view.
async function writeRows(host: ExcelHost, name: string, table: UsedRowsTable): Promise<void> {
  const width = table.headers.length;
  const all = [table.headers, ...table.rows];
  const dates = new Set(table.dateColumns);
  const formats = (row: unknown[], index: number) =>
    row.map((value, column) =>
      typeof value === "string" || index === 0
        ? TEXT_FORMAT
        : typeof value === "number" && dates.has(column)
          ? DATE_FORMAT
          : GENERAL_FORMAT
    );
  const batches = rowBatches(all, width);
  for (const [index, [from, to]] of batches.entries()) {
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = index === 0 ? sheets.add(name) : sheets.getItem(name);
      const rows = all.slice(from, to).map((row) => padded(row, width));
      const range = sheet.getRangeByIndexes(from, 0, rows.length, width);
      range.numberFormat = rows.map((row, at) => formats(row, from + at));
      range.values = rows as Excel.Range["values"];
      if (index === 0) {
        sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
      }
      if (index === batches.length - 1) sheet.customProperties.add(USED_ROWS_MARK, table.baseName);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch, each under 5 MB
      await context.sync();
    });
  }
}

// Spans [from, to) of rows whose writes stay under the request budget.
function rowBatches(rows: unknown[][], width: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const cost = requestBytesAtMost(row) + width * FORMAT_BYTES_PER_CELL;
    if (bytes + cost > WRITE_BUDGET_BYTES && index > from) {
      spans.push([from, index]);
      from = index;
      bytes = 0;
    }
    bytes += cost;
  });
  spans.push([from, rows.length]);
  return spans;
}

// Excel refuses a values array narrower than its range; a blank cell is written as "".
function padded(row: unknown[], width: number): unknown[] {
  return Array.from({ length: width }, (_, column) => row[column] ?? "");
}

/** The sheets this add-in made, told by the worksheet custom properties it marks them with. */
import { Result, success } from "../cells/result";
import { ExcelHost, guarded, WRITE_API } from "./host";
import { WorkbookProblem } from "./port";
import { SUMMARY_MARK } from "./write-summary";
import { USED_ROWS_MARK } from "./write-used-rows";

/** A sheet's two marks, queued to load with the caller's next round trip. */
export interface OwnMarks {
  summary: Excel.WorksheetCustomProperty;
  usedRows: Excel.WorksheetCustomProperty;
}

/** Queues loading whether the sheet carries either mark. */
export function queueOwnMarks(sheet: Excel.Worksheet): OwnMarks {
  const summary = sheet.customProperties.getItemOrNullObject(SUMMARY_MARK);
  const usedRows = sheet.customProperties.getItemOrNullObject(USED_ROWS_MARK);
  summary.load("key");
  usedRows.load("key");
  return { summary, usedRows };
}

/** The problem of taking a marked sheet as a source, once its marks are loaded; undefined for any other sheet. */
export function ownSheetProblem(sheet: string, marks: OwnMarks): WorkbookProblem | undefined {
  if (!marks.summary.isNullObject) return { code: "ownSheet", sheet, made: "summary" };
  if (!marks.usedRows.isNullObject) return { code: "ownSheet", sheet, made: "usedRows" };
  return undefined;
}

/** The names of the sheets marked as summaries this add-in made, in the workbook's order. */
export async function summarySheets(host: ExcelHost): Promise<Result<string[], WorkbookProblem>> {
  return guarded(host, WRITE_API, () =>
    host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const marks = sheets.items.map((sheet) => {
        const mark = sheet.customProperties.getItemOrNullObject(SUMMARY_MARK);
        mark.load("key");
        return mark;
      });
      await context.sync();
      const marked = sheets.items.filter((_, index) => !marks[index].isNullObject);
      return success(
        marked.map((sheet) => sheet.name),
        []
      );
    })
  );
}

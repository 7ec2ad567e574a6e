/** Showing the user a cell: its sheet activated and the cell selected, as a message's "Go to cell" asks. */
import { failure, Result, success } from "../cells/result";
import { ExcelHost, guarded, READ_API } from "./host";
import { WorkbookProblem } from "./port";

/** The sheet and cell of a reference as the messages write it: "Orders!E7", "'My data'!C3". */
export function splitReference(reference: string): { sheet: string; cell: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/i.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? "").replace(/''/g, "'") || match[2], cell: match[3] };
}

/** Activates the cell's sheet and selects the cell; a sheet gone since is told as the source gone. */
export async function goToCell(
  host: ExcelHost,
  reference: string
): Promise<Result<void, WorkbookProblem>> {
  const place = splitReference(reference);
  if (!place) return failure({ code: "sourceGone", address: reference });
  return guarded(host, READ_API, () =>
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet);
      await context.sync();
      if (sheet.isNullObject)
        return failure<WorkbookProblem>({ code: "sourceGone", address: reference });
      sheet.activate();
      sheet.getRange(place.cell).select();
      await context.sync();
      return success(undefined);
    })
  );
}

/** The two things the adapter needs from Office, passed in so that tests and other hosts can stand in. */
import { failure, Result } from "../cells/result";
import { WorkbookProblem } from "./port";

/** Runs batches against a workbook and answers which Excel API versions it supports. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host supports the ExcelApi requirement set of this version, e.g. "1.12". */
  supports(version: string): boolean;
}

/** The host Office.js provides inside Excel. */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

/** Reading sources needs Range.getTables (1.9); writing needs worksheet custom properties (1.12). */
export const READ_API = "1.9";
export const WRITE_API = "1.12";

/**
 * Runs a job that needs a version of the ExcelApi: without it, the job does not start; an exception
 * from Excel ends it with the problem it stands for.
 */
export async function guarded<T>(
  host: ExcelHost,
  version: string,
  job: () => Promise<Result<T, WorkbookProblem>>
): Promise<Result<T, WorkbookProblem>> {
  if (!host.supports(version)) {
    return failure({ code: "unsupportedExcel", requirement: `ExcelApi ${version}` });
  }
  try {
    return await job();
  } catch (error) {
    return failure(problemFromError(error));
  }
}

/** The problem an exception from Excel stands for, with Excel's own words kept for the user. */
export function problemFromError(error: unknown): WorkbookProblem {
  // Excel refuses every batch while the user is typing in a cell; that deserves its own advice.
  if ((error as { code?: unknown })?.code === "InvalidOperationInCellEditMode") {
    return { code: "cellEditMode" };
  }
  return { code: "excelError", detail: describeError(error) };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown })?.message;
  return typeof message === "string" ? message : String(error);
}

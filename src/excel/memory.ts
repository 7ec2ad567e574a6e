/**
 * The pane's memory of a workbook (what it picked and made there), kept as text in the workbook's
 * settings, which Office keeps per workbook and per add-in.
 */
import { Result, success } from "../cells/result";
import { ExcelHost, guarded } from "./host";
import { WorkbookProblem } from "./port";

/** The setting that holds the pane's memory. */
export const MEMORY_KEY = "WomKpisPane";

/** Workbook.settings came with ExcelApi 1.4. */
export const SETTINGS_API = "1.4";

/**
 * The text saved last in this workbook, or undefined when there is none. An Excel without settings
 * has nothing remembered either: the pane starts afresh there, with nothing to tell the user.
 */
export async function loadMemory(
  host: ExcelHost
): Promise<Result<string | undefined, WorkbookProblem>> {
  if (!host.supports(SETTINGS_API)) return success(undefined, []);
  return guarded(host, SETTINGS_API, () =>
    host.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MEMORY_KEY);
      setting.load("value");
      await context.sync();
      // A value that is not text was not written by this pane: nothing it can use.
      const text = setting.isNullObject ? undefined : setting.value;
      return success(typeof text === "string" ? text : undefined, []);
    })
  );
}

/**
 * Replaces the saved text, which goes with the workbook when it is saved. An Excel without
 * settings keeps nothing and says so (unsupportedExcel), so the pane knows it will forget.
 */
export async function saveMemory(
  host: ExcelHost,
  text: string
): Promise<Result<void, WorkbookProblem>> {
  return guarded(host, SETTINGS_API, () =>
    host.run(async (context) => {
      context.workbook.settings.add(MEMORY_KEY, text);
      await context.sync();
      return success(undefined, []);
    })
  );
}

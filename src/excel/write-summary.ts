/** Writing and refreshing summary sheets: batches of writes under Excel's request limit, and no half-written sheet left behind. */
import { Result, failure, success } from "../cells/result";
import { WorkbookProblem } from "./port";
import { guarded } from "./host";
import { SheetPlan, uniqueSheetName } from "../summary";
import { ExcelHost, problemFromError, WRITE_API } from "./host";
import { WrittenSummary } from "./port";
import { cellBatches, queueCells, queueSheetLayout, WriteOptions } from "./write-plan";

/** The worksheet custom property that marks a sheet this add-in created. */
export const SUMMARY_MARK = "WomKpisSummary";

/** The sheets as they were before anything was written. */
interface WorkbookState {
  names: string[];
  ids: Set<string>;
  positions: Map<string, number>;
}

/** Writes the plan to a new, uniquely named sheet and activates it. */
export async function writeSummary(
  host: ExcelHost,
  plan: SheetPlan
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  return writeOrReplace(host, plan);
}

/** Replaces a summary sheet this add-in created with a freshly written one of the same name and place. */
export async function refreshSummary(
  host: ExcelHost,
  sheetName: string,
  plan: SheetPlan
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  return writeOrReplace(host, plan, sheetName);
}

// A new sheet, or (with `replacing`) the add-in's own summary sheet of that name written afresh.
async function writeOrReplace(
  host: ExcelHost,
  plan: SheetPlan,
  replacing?: string
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  return guarded(host, WRITE_API, async () => {
    const state = await host.run((context) =>
      replacing === undefined
        ? readWorkbookState(context, plan)
        : readRefreshTarget(context, plan, replacing)
    );
    if (!state.ok) return state;
    const name = uniqueSheetName(plan.baseName, state.value.names);
    return writeWithFallback(host, plan, (options) =>
      attemptWrite(host, plan, name, options, state.value, replacing)
    );
  });
}

/** The workbook's state, plus proof that the sheet to refresh is a summary this add-in made and may change. */
async function readRefreshTarget(
  context: Excel.RequestContext,
  plan: SheetPlan,
  sheetName: string
): Promise<Result<WorkbookState, WorkbookProblem>> {
  const state = await readWorkbookState(context, plan);
  if (!state.ok) return state;
  if (!state.value.positions.has(sheetName))
    return failure({ code: "summaryGone", sheet: sheetName });
  const target = context.workbook.worksheets.getItem(sheetName);
  const mark = target.customProperties.getItemOrNullObject(SUMMARY_MARK);
  mark.load("key");
  target.load("protection/protected");
  await context.sync();
  if (mark.isNullObject) return failure({ code: "notOurSheet", sheet: sheetName });
  if (target.protection.protected) return failure({ code: "protectedSheet", sheet: sheetName });
  return state;
}

/** One round trip: every sheet's name, id and place, and whether the workbook's structure is protected. */
async function readWorkbookState(
  context: Excel.RequestContext,
  plan: SheetPlan
): Promise<Result<WorkbookState, WorkbookProblem>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/position");
  context.workbook.protection.load("protected");
  await context.sync();
  if (context.workbook.protection.protected) return failure({ code: "protectedWorkbook" });
  const names = sheets.items.map((sheet) => sheet.name);
  const missing = plan.sourceSheets.find((name) => !names.includes(name));
  if (missing !== undefined) return failure({ code: "sourceGone", address: missing });
  return success(
    {
      names,
      ids: new Set(sheets.items.map((sheet) => sheet.id)),
      positions: new Map(sheets.items.map((sheet) => [sheet.name, sheet.position])),
    },
    []
  );
}

/** True when the plan has a funnel, the one chart a host may refuse. */
function hasFunnel(plan: SheetPlan): boolean {
  return plan.charts.some((chart) => chart.preferred === "funnel");
}

/**
 * Funnel charts came with ExcelApi 1.9, which writing requires; a host that still refuses one (some
 * platforms lack the chart type) gets a second attempt with a bar chart, from a clean slate. Line
 * charts are drawn by every Excel, so they never call for a second attempt.
 */
async function writeWithFallback(
  host: ExcelHost,
  plan: SheetPlan,
  attempt: (options: WriteOptions) => Promise<Result<WrittenSummary, WorkbookProblem>>
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  const notes = host.supports("1.18") ? "notes" : "comments";
  const first = await attempt({ funnelChart: "Funnel", notes });
  if (first.ok || !hasFunnel(plan)) return first;
  const second = await attempt({ funnelChart: "BarClustered", notes });
  return second.ok ? second : first;
}

/** The writes onto a new sheet, batch by batch; on failure the new sheet, and only it, is removed. */
async function attemptWrite(
  host: ExcelHost,
  plan: SheetPlan,
  name: string,
  options: WriteOptions,
  before: WorkbookState,
  replacing?: string
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  try {
    // Excel on the web refuses a request over 5 MB: the cells go in batches under a budget, the
    // sheet's layout, its mark and (for a refresh) the swap for the old sheet in the last one.
    const batches = cellBatches(plan.cells);
    for (const [index, cells] of batches.entries()) {
      await host.run(async (context) => {
        const sheet =
          index === 0
            ? context.workbook.worksheets.add(name)
            : context.workbook.worksheets.getItem(name);
        queueCells(context, sheet, cells, options);
        if (index === batches.length - 1) {
          queueSheetLayout(sheet, plan, options);
          sheet.customProperties.add(SUMMARY_MARK, plan.baseName);
          if (replacing !== undefined) queueReplacement(context, sheet, replacing, before);
          sheet.activate();
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch, each under 5 MB
        await context.sync();
      });
    }
  } catch (error) {
    await removeNewSheet(host, name, before, replacing);
    return failure(problemFromError(error));
  }
  const chart = !hasFunnel(plan) ? "none" : options.funnelChart === "Funnel" ? "funnel" : "bar";
  return success({ sheetName: replacing ?? name, chart }, []);
}

/** The new sheet takes the old one's place and name; queued after every write, so a failed write keeps the old one. */
function queueReplacement(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  replacing: string,
  before: WorkbookState
): void {
  sheet.position = before.positions.get(replacing) ?? 0;
  context.workbook.worksheets.getItem(replacing).delete();
  sheet.name = replacing;
}

/** Deletes the sheet a failed attempt added: never a sheet that existed before, never the last copy of a summary. */
async function removeNewSheet(
  host: ExcelHost,
  name: string,
  before: WorkbookState,
  replacing?: string
): Promise<void> {
  await host.run(async (context) => {
    const added = context.workbook.worksheets.getItemOrNullObject(name);
    added.load("id");
    const old =
      replacing === undefined
        ? undefined
        : context.workbook.worksheets.getItemOrNullObject(replacing);
    old?.load("id");
    await context.sync();
    if (added.isNullObject || before.ids.has(added.id)) return;
    // A refresh that failed after deleting the old summary keeps the new one rather than leave none.
    if (old?.isNullObject) return;
    added.delete();
    await context.sync();
  });
}

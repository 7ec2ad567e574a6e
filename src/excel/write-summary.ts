/** Writing and refreshing summary sheets: batches of writes under Excel's request limit; no half-written new sheet left behind, and a refreshed sheet that keeps its identity. */
import { Result, failure, success } from "../cells/result";
import { WorkbookProblem } from "./port";
import { guarded } from "./host";
import { SheetPlan, TRAFFIC_LIGHTS, uniqueSheetName } from "../summary";
import { ExcelHost, problemFromError, WRITE_API } from "./host";
import { WrittenSummary } from "./port";
import { cellBatches, queueCells, queueSheetLayout, WriteOptions } from "./write-plan";

/** The worksheet custom property that marks a sheet this add-in created. */
export const SUMMARY_MARK = "WomKpisSummary";

/** The sheets as they were before anything was written. */
interface WorkbookState {
  names: string[];
  ids: Set<string>;
}

/** Writes the plan to a new, uniquely named sheet and activates it. */
export async function writeSummary(
  host: ExcelHost,
  plan: SheetPlan
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  return guarded(host, WRITE_API, async () => {
    const state = await host.run(async (context) => {
      context.workbook.protection.load("protected");
      const read = await readWorkbookState(context, plan);
      if (read.ok && context.workbook.protection.protected)
        return failure<WorkbookProblem>({ code: "protectedWorkbook" });
      return read;
    });
    if (!state.ok) return state;
    const name = uniqueSheetName(plan.baseName, state.value.names);
    return writeWithFallback(host, plan, (options) =>
      attemptWrite(host, plan, name, options, state.value)
    );
  });
}

/**
 * Rewrites a summary sheet this add-in created in place: the sheet keeps its id, name and place, so
 * formulas on other sheets that point at its cells keep working after a refresh.
 */
export async function refreshSummary(
  host: ExcelHost,
  sheetName: string,
  plan: SheetPlan
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  return guarded(host, WRITE_API, async () => {
    const target = await host.run((context) => readRefreshTarget(context, plan, sheetName));
    if (!target.ok) return target;
    return writeWithFallback(host, plan, (options) =>
      attemptRefresh(host, plan, sheetName, options)
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
  if (!state.value.names.includes(sheetName))
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

/** One round trip: every sheet's name and id, with whatever else the caller queued. */
async function readWorkbookState(
  context: Excel.RequestContext,
  plan: SheetPlan
): Promise<Result<WorkbookState, WorkbookProblem>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const missing = plan.sourceSheets.find((name) => !names.includes(name));
  if (missing !== undefined) return failure({ code: "sourceGone", address: missing });
  return success(
    {
      names,
      ids: new Set(sheets.items.map((sheet) => sheet.id)),
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
  before: WorkbookState
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  try {
    await writeBatches(host, plan, options, (context, index) =>
      index === 0
        ? context.workbook.worksheets.add(name)
        : context.workbook.worksheets.getItem(name)
    );
  } catch (error) {
    await removeAddedSheet(host, name, before.ids);
    return failure(problemFromError(error));
  }
  return success({ sheetName: name, chart: chartDrawn(plan, options) }, []);
}

/**
 * The summary sheet cleared and written again, batch by batch. A refresh that stops after the sheet
 * was cleared leaves a sheet that says so in its first cell, and a problem that says so in the pane.
 */
async function attemptRefresh(
  host: ExcelHost,
  plan: SheetPlan,
  name: string,
  options: WriteOptions
): Promise<Result<WrittenSummary, WorkbookProblem>> {
  let touched = false;
  try {
    await writeBatches(host, plan, options, async (context, index) => {
      const sheet = context.workbook.worksheets.getItem(name);
      if (index === 0) {
        await queueClearing(context, sheet, options);
        touched = true;
      }
      return sheet;
    });
  } catch (error) {
    const problem = problemFromError(error);
    if (!touched) return failure(problem);
    await markIncomplete(host, plan, name);
    const detail = problem.code === "excelError" ? problem.detail : problem.code;
    return failure({ code: "refreshStopped", sheet: name, detail });
  }
  return success({ sheetName: name, chart: chartDrawn(plan, options) }, []);
}

/**
 * One request per batch of cells, each under Excel on the web's 5 MB; the sheet's layout and (for a
 * new sheet) its mark go with the last one. `sheetFor` gives the sheet each batch writes to.
 */
async function writeBatches(
  host: ExcelHost,
  plan: SheetPlan,
  options: WriteOptions,
  sheetFor: (
    context: Excel.RequestContext,
    index: number
  ) => Excel.Worksheet | Promise<Excel.Worksheet>
): Promise<void> {
  const batches = cellBatches(plan.cells);
  for (const [index, cells] of batches.entries()) {
    await host.run(async (context) => {
      const sheet = await sheetFor(context, index);
      queueCells(context, sheet, cells, options);
      if (index === batches.length - 1) {
        queueSheetLayout(sheet, plan, options);
        sheet.customProperties.add(SUMMARY_MARK, plan.baseName);
        sheet.activate();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch, each under 5 MB
      await context.sync();
    });
  }
}

/**
 * Queues the removal of everything an earlier summary put on the sheet: values, formats, merges,
 * traffic lights, row heights and column widths, charts, notes and comments. Clearing keeps the
 * cells themselves, so references to them from elsewhere survive.
 */
async function queueClearing(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: WriteOptions
): Promise<void> {
  sheet.charts.load("items");
  sheet.comments.load("items");
  if (options.notes === "notes") sheet.notes.load("items");
  await context.sync();
  sheet.charts.items.forEach((chart) => chart.delete());
  sheet.comments.items.forEach((comment) => comment.delete());
  if (options.notes === "notes") sheet.notes.items.forEach((note) => note.delete());
  const whole = sheet.getRange();
  whole.conditionalFormats.clearAll();
  whole.unmerge();
  whole.clear("All");
  whole.format.useStandardHeight = true;
  whole.format.useStandardWidth = true;
}

/** Best effort after a failed refresh: the sheet's first cell says the summary is incomplete. */
async function markIncomplete(host: ExcelHost, plan: SheetPlan, name: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(name).getRange("A1");
      cell.numberFormat = [["@"]];
      cell.values = [[plan.refreshStopped]];
      cell.format.font.bold = true;
      cell.format.font.color = INCOMPLETE_COLOR;
      await context.sync();
    });
  } catch {
    // The pane still reports the stop; the host refused even this one cell.
  }
}

// The traffic lights' red, so an incomplete summary cannot pass for a whole one.
const INCOMPLETE_COLOR = TRAFFIC_LIGHTS.red.font;

function chartDrawn(plan: SheetPlan, options: WriteOptions): WrittenSummary["chart"] {
  if (!hasFunnel(plan)) return "none";
  return options.funnelChart === "Funnel" ? "funnel" : "bar";
}

/** Deletes the sheet a failed attempt added: never a sheet whose id was among `idsBefore`. */
export async function removeAddedSheet(
  host: ExcelHost,
  name: string,
  idsBefore: Set<string>
): Promise<void> {
  await host.run(async (context) => {
    const added = context.workbook.worksheets.getItemOrNullObject(name);
    added.load("id");
    await context.sync();
    if (added.isNullObject || idsBefore.has(added.id)) return;
    added.delete();
    await context.sync();
  });
}

/** The pane's actions: each reads or writes the workbook through the port and moves the state on. */
import { Result } from "../../cells/result";
import { WorkbookPort, WorkbookProblem, WrittenSummary } from "../../excel/port";
import { Locale, PaneKey } from "../../i18n";
import {
  Assumptions,
  isSourceProblem,
  Measure,
  SheetPlan,
  SourceKind,
  SourceProblem,
} from "../../summary";
import {
  AssumptionInput,
  initialState,
  isBusy,
  mappedSources,
  Notice,
  PaneState,
  parseAssumptions,
  problemsOf,
  rateCardRowsOf,
  withChoice,
  withoutSource,
  withSource,
  withSourceReread,
} from "./pane";
import { RateName, withTypedRate } from "./rate-card";
import {
  JobContext,
  prepareSources,
  removeUsedRowsSheets,
  summaryFromWorkbook,
} from "./summary-job";

/** What a summary job ends with: what to tell the user, and the sheets the summary now reads. */
interface JobOutcome {
  notices: Notice[];
  sheet?: string;
  usedRowsSheets?: string[];
}

/** A workbook problem to show: protection found while reading is a warning, anything else an error. */
const workbookNotice = (problem: WorkbookProblem, during: "read" | "write"): Notice => ({
  tone: during === "read" && problem.code.startsWith("protected") ? "warning" : "error",
  message: { kind: "workbook", problem, during },
});

/** What stopped a summary job: a source's problem, or the workbook's while reading the sources in full. */
const jobNotice = (problem: SourceProblem | WorkbookProblem): Notice => ({
  tone: "error",
  message: isSourceProblem(problem)
    ? { kind: "source", problem }
    : { kind: "workbook", problem, during: "read" },
});

const say = (
  tone: Notice["tone"],
  key: PaneKey,
  params?: Record<string, string | number>
): Notice => ({
  tone,
  message: { kind: "text", key, params },
});

/** Holds the pane's state and runs its actions; `onChange` hears of every new state. */
export class PaneController {
  private current: PaneState;

  constructor(
    private readonly port: WorkbookPort,
    locale: Locale,
    private readonly onChange: (state: PaneState) => void,
    private readonly now: () => Date = () => new Date()
  ) {
    this.current = initialState(locale);
  }

  get state(): PaneState {
    return this.current;
  }

  chooseLocale(locale: Locale): void {
    this.update({ locale });
  }

  chooseMeasure(kind: SourceKind, column: number, measure: Measure | undefined): void {
    this.set(withChoice(this.current, kind, column, measure));
  }

  removeSource(kind: SourceKind): void {
    if (!isBusy(this.current)) this.set({ ...withoutSource(this.current, kind), notices: [] });
  }

  editAssumptions(change: Partial<AssumptionInput>): void {
    this.update({ assumptions: { ...this.current.assumptions, ...change } });
  }

  /** A rate of the EMV rate card typed: on a channel's row (by its key), or on the other channels' row. */
  editRate(channel: string | undefined, rate: RateName, typed: string): void {
    const { assumptions } = this.current;
    const rates = withTypedRate(assumptions.rates, channel, rate, typed);
    this.update({ assumptions: { ...assumptions, rates } });
  }

  /** Reads the block or table around the selection as the source of this kind. */
  async useSelection(kind: SourceKind): Promise<void> {
    if (isBusy(this.current)) return;
    this.update({ activity: { kind: "reading" }, notices: [] });
    const read = await this.port.readSelectedSource(kind);
    if (!read.ok) {
      this.update({
        activity: { kind: "idle" },
        notices: [workbookNotice(read.problems[0], "read")],
      });
      return;
    }
    const next = withSource(this.current, read.value, read.warnings);
    const count =
      next.sources[kind]?.choices.filter((measure) => measure !== undefined).length ?? 0;
    const warnings = (read.warnings ?? []).map((problem) => workbookNotice(problem, "read"));
    const key = count === 1 ? "status.readOne" : "status.read";
    const done: Notice = {
      tone: "success",
      message: { kind: "text", key, params: { count }, about: kind },
    };
    this.set({ ...next, activity: { kind: "idle" }, notices: [done, ...warnings] });
  }

  /** Writes a new summary sheet. */
  async createSummary(): Promise<void> {
    await this.runSummaryJob((plan) => this.port.writeSummary(plan), "status.created", false);
  }

  /** Reads the sources again and rewrites the summary sheet this session made. */
  async refreshSummary(): Promise<void> {
    const sheet = this.current.summarySheet;
    if (isBusy(this.current) || sheet === undefined) return;
    this.update({ activity: { kind: "reading" }, notices: [] });
    for (const slot of Object.values(this.current.sources)) {
      const again = await this.port.readSourceAgain(slot.table);
      if (!again.ok) {
        this.update({
          activity: { kind: "idle" },
          notices: [workbookNotice(again.problems[0], "read")],
        });
        return;
      }
      this.set(withSourceReread(this.current, again.value));
    }
    this.update({ activity: { kind: "idle" } });
    await this.runSummaryJob(
      (plan) => this.port.refreshSummary(sheet, plan),
      "status.refreshed",
      true
    );
  }

  private async runSummaryJob(
    write: (plan: SheetPlan) => Promise<Result<WrittenSummary, WorkbookProblem>>,
    doneKey: PaneKey,
    refreshing: boolean
  ): Promise<void> {
    if (isBusy(this.current)) return;
    const blocked = this.blockers();
    if (blocked.length > 0) return this.update({ notices: blocked });
    const parsed = parseAssumptions(this.current.assumptions, rateCardRowsOf(this.current));
    if (!parsed.ok)
      return this.update({ notices: [{ tone: "error", message: parsed.problems[0] }] });
    this.update({ activity: { kind: "computing", done: 0, total: 0 }, notices: [] });
    try {
      const done = await this.planAndWrite(parsed.value, write, doneKey, refreshing);
      const summarySheet = done.sheet ?? this.current.summarySheet;
      const usedRowsSheets = done.usedRowsSheets ?? this.current.usedRowsSheets;
      this.update({
        activity: { kind: "idle" },
        notices: done.notices,
        summarySheet,
        usedRowsSheets,
      });
    } catch (error) {
      // A fault in the pane's own code still ends the job, with the reason shown rather than lost.
      const detail = error instanceof Error ? error.message : String(error);
      this.update({
        activity: { kind: "idle" },
        notices: [say("error", "status.failed", { detail })],
      });
    }
  }

  /**
   * Sorts the rows of the sources that need it, plans the summary (full-data figures first), then
   * writes it; returns what to tell the user. Sheets of used rows written for a summary that was not
   * written are removed; a refresh removes those the summary read before.
   */
  private async planAndWrite(
    assumptions: Assumptions,
    write: (plan: SheetPlan) => Promise<Result<WrittenSummary, WorkbookProblem>>,
    doneKey: PaneKey,
    refreshing: boolean
  ): Promise<JobOutcome> {
    const context: JobContext = {
      port: this.port,
      assumptions,
      locale: this.current.locale,
      createdAt: this.now().toISOString(),
      onProgress: (done, total) => this.update({ activity: { kind: "computing", done, total } }),
    };
    const prepared = await prepareSources(mappedSources(this.current), context);
    if (!prepared.ok) return { notices: prepared.problems.map(jobNotice) };
    const { written: newSheets } = prepared.value;
    const planned = await summaryFromWorkbook(prepared.value, context);
    if (!planned.ok) {
      await removeUsedRowsSheets(this.port, newSheets);
      return { notices: planned.problems.map(jobNotice) };
    }
    this.update({ activity: { kind: "writing" } });
    const written = await write(planned.value.plan);
    const earlier = refreshing ? (this.current.usedRowsSheets ?? []) : [];
    if (!written.ok) {
      const problem = written.problems[0];
      // A refresh stopped part way may already read the new sheets: both sets stay until the next one.
      if (problem.code === "refreshStopped")
        return {
          notices: [workbookNotice(problem, "write")],
          usedRowsSheets: [...earlier, ...newSheets],
        };
      await removeUsedRowsSheets(this.port, newSheets);
      return { notices: [workbookNotice(problem, "write")] };
    }
    await removeUsedRowsSheets(this.port, earlier);
    const { sheetName, chart } = written.value;
    const notices = [say("success", doneKey, { sheet: sheetName })];
    if (chart === "bar") notices.push(say("info", "status.barChart"));
    for (const { kind, ...rows } of prepared.value.rows)
      notices.push({ tone: "info", message: { kind: "rows", source: kind, ...rows } });
    for (const problem of (planned.warnings ?? []).filter(isSourceProblem))
      notices.push({ tone: "warning", message: { kind: "source", problem } });
    return { notices, sheet: sheetName, usedRowsSheets: newSheets };
  }

  /** Why a summary cannot be made yet: no source, or errors in the sources. */
  private blockers(): Notice[] {
    if (Object.keys(this.current.sources).length === 0) return [say("error", "status.noSources")];
    const errors = problemsOf(this.current).filter((problem) => problem.severity === "error");
    if (errors.length === 0) return [];
    const each = errors.map((problem): Notice => ({
      tone: "error",
      message: { kind: "source", problem },
    }));
    return [say("error", "status.blocked"), ...each];
  }

  private update(change: Partial<PaneState>): void {
    this.set({ ...this.current, ...change });
  }

  private set(next: PaneState): void {
    this.current = next;
    this.onChange(next);
  }
}

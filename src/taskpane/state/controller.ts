/** The pane's actions: each reads or writes the workbook through the port and moves the state on. */
import { localTimestamp } from "../../cells/dates";
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
  SourceTable,
} from "../../summary";
import { missingMeasures } from "./fields";
import { commentLabeller, lexiconBlocks, lexiconRangeOf } from "./lexicon";
import { memoryText, parseMemory } from "./memory";
import {
  AssumptionInput,
  initialState,
  isBusy,
  isUsable,
  mappedSources,
  Notice,
  PaneState,
  parseAssumptions,
  problemsOf,
  rateCardRowsOf,
  SourceSlot,
  withMeasureColumn,
  withoutSource,
  withRestoredSource,
  withSlot,
  withSource,
  withSourceReread,
} from "./pane";
import { headlineFigures, labelCounts } from "./preview";
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

/** The workbook job running: a preview gives way to anything the user asks for. */
interface RunningJob {
  kind: "preview" | "summary" | "read";
  cancelled: boolean;
  done: Promise<void>;
}

/** How long the pane waits after a change before it previews and saves, so that typing settles first. */
const SETTLE_MS = 400;

/** A workbook problem to show: protection found while reading is a warning, anything else an error. */
const workbookNotice = (
  problem: WorkbookProblem,
  during: "read" | "write",
  source?: SourceKind
): Notice => ({
  tone: during === "read" && problem.code.startsWith("protected") ? "warning" : "error",
  message: { kind: "workbook", problem, during },
  ...(source ? { source } : {}),
});

/** A source's problem, in the card of its source, with its cell to go to when it names one. */
export const sourceNotice = (problem: SourceProblem): Notice => {
  const cell = "cell" in problem.params ? problem.params.cell : undefined;
  return {
    tone: problem.severity === "error" ? "error" : "warning",
    message: { kind: "source", problem },
    source: problem.source,
    ...(typeof cell === "string" ? { cell } : {}),
  };
};

/** What stopped a summary job: a source's problem, or the workbook's while reading the sources in full. */
const jobNotice = (problem: SourceProblem | WorkbookProblem): Notice =>
  isSourceProblem(problem) ? sourceNotice(problem) : workbookNotice(problem, "read");

const say = (
  tone: Notice["tone"],
  key: PaneKey,
  params?: Record<string, string | number>,
  source?: SourceKind
): Notice => ({
  tone,
  message: { kind: "text", key, params, ...(source ? { about: source } : {}) },
  ...(source ? { source } : {}),
});

/**
 * What the pane says of a source just read: better as another kind, or what it lacks. A usable
 * source's card says it in its own status line.
 */
export function readNotice(state: PaneState, kind: SourceKind): Notice | undefined {
  const slot = state.sources[kind] as SourceSlot;
  const count = slot.choices.filter((measure) => measure !== undefined).length;
  if (slot.betterKind) {
    const notice = say("warning", "status.betterKind", { count }, kind);
    return { ...notice, message: { ...notice.message, other: slot.betterKind } } as Notice;
  }
  if (count === 0) return say("error", "status.noneRecognised", {}, kind);
  if (isUsable(state, kind)) return undefined;
  if (missingMeasures(kind, slot.choices).length > 0)
    return say("warning", "status.readMissing", { count }, kind);
  return say("warning", "status.readProblems", { count }, kind);
}

/** Holds the pane's state and runs its actions; `onChange` hears of every new state. */
export class PaneController {
  private current: PaneState;
  private job?: RunningJob;
  private readonly pending = { preview: new Pending(), save: new Pending() };
  // Bumped by every change a preview depends on: a preview of an older pane is thrown away.
  private changes = 0;
  private restoring = false;

  constructor(
    private readonly port: WorkbookPort,
    locale: Locale,
    private readonly onChange: (state: PaneState) => void,
    private readonly now: () => Date = () => new Date(),
    /** Milliseconds to wait before previewing and saving; below 0, only settled() does them. */
    private readonly settleMs: number = SETTLE_MS
  ) {
    this.current = initialState(locale);
  }

  get state(): PaneState {
    return this.current;
  }

  chooseLocale(locale: Locale): void {
    this.update({ locale });
  }

  /** A measure's column chosen, or none with undefined. */
  chooseMeasure(kind: SourceKind, measure: Measure, column: number | undefined): void {
    this.changed(withMeasureColumn(this.current, kind, measure, column));
  }

  /** Opens or folds a source's measures; `all` also shows its rarer measures. */
  editSource(kind: SourceKind, editing: boolean, all?: boolean): void {
    this.set(
      withSlot(this.current, kind, (slot) => ({
        ...slot,
        editing,
        ...(all === undefined ? {} : { showAllMeasures: all }),
      }))
    );
  }

  removeSource(kind: SourceKind): void {
    if (isBusy(this.current)) return;
    const notices = this.current.notices.filter((notice) => notice.source !== kind);
    this.changed({ ...withoutSource(this.current, kind), notices });
  }

  /** Keeps a selection that is part of a larger block as it is: it is read again at its address. */
  keepPart(kind: SourceKind): void {
    this.changed(
      withSlot(this.current, kind, (slot) =>
        slot.part ? { ...slot, part: { ...slot.part, kept: true } } : slot
      )
    );
  }

  /** Moves a source to the kind it fits better, its columns recognised again for that kind. */
  useAsKind(kind: SourceKind, better: SourceKind): void {
    const slot = this.current.sources[kind];
    if (!slot || isBusy(this.current)) return;
    const moved = withSource(
      withoutSource(this.current, kind),
      { ...slot.table, kind: better },
      slot.warnings
    );
    const notices = this.current.notices.filter((n) => n.source !== kind && n.source !== better);
    const said = readNotice(moved, better);
    this.changed({ ...moved, notices: [...notices, ...(said ? [said] : [])] });
  }

  editAssumptions(change: Partial<AssumptionInput>): void {
    this.changed({ ...this.current, assumptions: { ...this.current.assumptions, ...change } });
  }

  /** A rate of the EMV rate card typed: on a channel's row (by its key), or on the other channels' row. */
  editRate(channel: string | undefined, rate: RateName, typed: string): void {
    const { assumptions } = this.current;
    const rates = withTypedRate(assumptions.rates, channel, rate, typed);
    this.changed({ ...this.current, assumptions: { ...assumptions, rates } });
  }

  /** Reads the block or table around the selection (or, asked, the whole block around it) as the source of this kind. */
  async useSelection(kind: SourceKind, wholeBlock = false): Promise<void> {
    if (isBusy(this.current)) return;
    await this.run("read", async () => {
      const others = this.current.notices.filter(
        (n) => n.source !== undefined && n.source !== kind
      );
      this.update({ activity: { kind: "reading", source: kind }, notices: others });
      const read = await this.port.readSelectedSource(kind, { wholeBlock });
      if (!read.ok) {
        const failed = workbookNotice(read.problems[0], "read", kind);
        return this.update({ activity: { kind: "idle" }, notices: [...others, failed] });
      }
      const next = withSource(this.current, read.value, read.warnings);
      const warnings = (next.sources[kind]?.warnings ?? []).map((p) =>
        workbookNotice(p, "read", kind)
      );
      const said = readNotice(next, kind);
      const notices = [...others, ...(said ? [said] : []), ...warnings];
      this.changed({ ...next, activity: { kind: "idle" }, notices, confirmSecond: false });
    });
  }

  /** Shows a cell a message names: its sheet activated, the cell selected. */
  async goToCell(reference: string): Promise<void> {
    const went = await this.port.goToCell(reference);
    if (!went.ok)
      this.update({ notices: [...this.current.notices, workbookNotice(went.problems[0], "read")] });
  }

  /** Reads the selection as the user's words, which label comment text with the add-in's own. */
  async useLexiconSelection(): Promise<void> {
    if (isBusy(this.current)) return;
    await this.run("read", async () => {
      this.update({ activity: { kind: "reading" } });
      const read = await this.port.readSelectedRange();
      if (!read.ok)
        return this.update({ activity: { kind: "idle" }, lexiconUnread: read.problems[0] });
      const { lexiconUnread: _unread, ...rest } = this.current;
      this.changed({ ...rest, activity: { kind: "idle" }, lexicon: lexiconRangeOf(read.value) });
    });
  }

  /** Labels comment text with the add-in's words only. */
  removeLexicon(): void {
    if (isBusy(this.current)) return;
    const { lexicon: _lexicon, lexiconUnread: _unread, ...rest } = this.current;
    this.changed(rest);
  }

  /**
   * Writes a new summary sheet, reading the sources again first. When the workbook has a summary
   * already, the pane asks first; `confirmed` is the user's yes.
   */
  async createSummary(confirmed = false): Promise<void> {
    if (isBusy(this.current)) return;
    if (
      !confirmed &&
      (this.current.summarySheet !== undefined || this.current.summaries.length > 0)
    )
      return this.update({ confirmSecond: true });
    this.update({ confirmSecond: false });
    await this.runSummaryJob((plan) => this.port.writeSummary(plan), "status.created", false);
  }

  /** Closes the question asked before a second summary. */
  dismissConfirm(): void {
    this.update({ confirmSecond: false });
  }

  /** Reads the sources again, taking in rows added since, and rewrites the summary sheet (by default the remembered one). */
  async refreshSummary(
    sheet = this.current.summarySheet ?? this.current.summaries[this.current.summaries.length - 1]
  ): Promise<void> {
    if (isBusy(this.current) || sheet === undefined) return;
    this.update({ confirmSecond: false });
    await this.runSummaryJob(
      (plan) => this.port.refreshSummary(sheet, plan),
      "status.refreshed",
      true
    );
  }

  /** Stops the job running at its next chunk of rows; nothing is written once it stops. */
  cancel(): void {
    const { job } = this;
    if (!job || job.kind === "preview" || this.current.activity.kind === "writing") return;
    job.cancelled = true;
    this.update({ activity: { kind: "cancelling" } });
  }

  /**
   * Restores what the workbook remembers: the sources (read again where they are), their columns,
   * the assumptions, and the summary to refresh when it is still there.
   */
  async restore(): Promise<void> {
    this.restoring = true;
    try {
      await this.run("read", () => this.restoreNow());
    } finally {
      this.restoring = false;
    }
    this.schedulePreview();
  }

  /** Resolves once nothing is waiting: a pending preview or save is done now, a running job awaited. */
  async settled(): Promise<void> {
    for (;;) {
      if (this.pending.preview.take()) await this.preview();
      else if (this.pending.save.take()) await this.save();
      else if (this.job) await this.job.done;
      else return;
    }
  }

  private async restoreNow(): Promise<void> {
    this.update({ activity: { kind: "restoring" } });
    const [loaded, summaries] = [await this.port.loadMemory(), await this.port.summarySheets()];
    const found = summaries.ok ? summaries.value : [];
    const memory = parseMemory(loaded.ok ? loaded.value : undefined);
    if (!memory) return this.update({ activity: { kind: "idle" }, summaries: found });
    let next: PaneState = { ...this.current, assumptions: memory.assumptions, summaries: found };
    const notices: Notice[] = [];
    for (const { table, choices, keptPart } of memory.sources) {
      const again = await this.port.readSourceAgain(
        { ...table, sample: [] },
        { sameAddress: keptPart }
      );
      if (!again.ok) {
        notices.push(workbookNotice(again.problems[0], "read", table.kind));
        continue;
      }
      const chosen = choices.map((measure) => measure ?? undefined);
      next = withRestoredSource(
        next,
        again.value,
        { headers: table.headers, choices: chosen, keptPart },
        again.warnings
      );
    }
    if (memory.summarySheet && found.includes(memory.summarySheet)) {
      next.summarySheet = memory.summarySheet;
      next.usedRowsSheets = memory.usedRowsSheets;
    }
    if (memory.lexicon) next = await this.withLexiconReread(next, memory.lexicon);
    this.set({ ...next, activity: { kind: "idle" }, notices });
  }

  /** The user's words read again where they are; kept as they were, with the reason, when they cannot be. */
  private async withLexiconReread(
    state: PaneState,
    where: { sheet: string; address: string }
  ): Promise<PaneState> {
    const again = await this.port.readRangeAgain(where.sheet, where.address);
    const { lexicon, lexiconUnread: _unread, ...rest } = state;
    if (!again.ok) return { ...rest, lexicon: lexicon ?? where, lexiconUnread: again.problems[0] };
    return { ...rest, lexicon: lexiconRangeOf(again.value) };
  }

  /**
   * Reads every source again where it is (its table, or the region its block has grown to; a kept
   * part at its address), saying what changed, then the user's words; false when a source cannot
   * be read.
   */
  private async rereadSources(): Promise<boolean> {
    const notices: Notice[] = [];
    for (const [kind, slot] of Object.entries(this.current.sources) as [SourceKind, SourceSlot][]) {
      this.update({ activity: { kind: "reading", source: kind } });
      const again = await this.port.readSourceAgain(slot.table, { sameAddress: slot.part?.kept });
      if (!again.ok) {
        this.update({ notices: [workbookNotice(again.problems[0], "read", kind)] });
        return false;
      }
      this.set(withSourceReread(this.current, again.value, again.warnings));
      const change = again.value.rowCount - slot.table.rowCount;
      if (change !== 0) notices.push(rowChangeNotice(kind, change, again.value));
    }
    const { lexicon, lexiconUnread: _unread, ...rest } = this.current;
    // A pick that failed with no words picked before has nothing to read again: its message goes.
    this.set(lexicon ? await this.withLexiconReread(this.current, lexicon) : rest);
    this.update({ notices });
    return true;
  }

  private async runSummaryJob(
    write: (plan: SheetPlan) => Promise<Result<WrittenSummary, WorkbookProblem>>,
    doneKey: PaneKey,
    refreshing: boolean
  ): Promise<void> {
    if (Object.keys(this.current.sources).length === 0)
      return this.update({ notices: [say("error", "status.noSources")] });
    await this.run("summary", async (job) => {
      this.update({ notices: [] });
      if (!(await this.rereadSources())) return this.update({ activity: { kind: "idle" } });
      const changes = this.current.notices;
      const blocked = this.blockers();
      if (blocked.length > 0) return this.update({ activity: { kind: "idle" }, notices: blocked });
      const parsed = parseAssumptions(this.current.assumptions, rateCardRowsOf(this.current));
      if (!parsed.ok)
        return this.update({
          activity: { kind: "idle" },
          notices: [{ tone: "error", message: parsed.problems[0] }],
        });
      this.update({ activity: { kind: "computing", done: 0, total: 0 } });
      try {
        const done = await this.planAndWrite(parsed.value, write, doneKey, refreshing, job);
        const summarySheet = done.sheet ?? this.current.summarySheet;
        const summaries =
          summarySheet && !this.current.summaries.includes(summarySheet)
            ? [...this.current.summaries, summarySheet]
            : this.current.summaries;
        this.changed({
          ...this.current,
          activity: { kind: "idle" },
          notices: [...done.notices, ...changes],
          summarySheet,
          summaries,
          usedRowsSheets: done.usedRowsSheets ?? this.current.usedRowsSheets,
        });
      } catch (error) {
        // A fault in the pane's own code still ends the job, with the reason shown rather than lost.
        const detail = error instanceof Error ? error.message : String(error);
        this.update({
          activity: { kind: "idle" },
          notices: [say("error", "status.failed", { detail })],
        });
      }
    });
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
    refreshing: boolean,
    job: RunningJob
  ): Promise<JobOutcome> {
    const context = this.jobContext(assumptions, job, (source, done, total) =>
      this.update({ activity: { kind: "computing", source, done, total } })
    );
    const prepared = await prepareSources(mappedSources(this.current), context);
    if (!prepared.ok) return { notices: this.stopped(prepared.problems) };
    const { written: newSheets } = prepared.value;
    const planned = await summaryFromWorkbook(prepared.value, context);
    if (!planned.ok) {
      await removeUsedRowsSheets(this.port, newSheets);
      return { notices: this.stopped(planned.problems) };
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
      notices.push({
        tone: "info",
        message: { kind: "rows", source: kind, ...rows },
        source: kind,
      });
    for (const problem of (planned.warnings ?? []).filter(isSourceProblem))
      notices.push(sourceNotice(problem));
    return { notices, sheet: sheetName, usedRowsSheets: newSheets };
  }

  // What a job that stopped says: that the user stopped it, or why it could not go on.
  private stopped(problems: readonly (SourceProblem | WorkbookProblem)[]): Notice[] {
    if (problems.some((problem) => !isSourceProblem(problem) && problem.code === "cancelled"))
      return [say("info", "status.cancelled")];
    return problems.map(jobNotice);
  }

  private jobContext(
    assumptions: Assumptions,
    job: RunningJob,
    onProgress: JobContext["onProgress"]
  ): JobContext {
    const now = this.now();
    return {
      port: this.port,
      assumptions,
      locale: this.current.locale,
      createdAt: localTimestamp(now),
      computedAt: now.toISOString(),
      onProgress,
      cancelled: () => job.cancelled,
      labeller: commentLabeller(this.current),
    };
  }

  /** Why a summary cannot be made yet: errors in the sources or the user's words, each shown in its card already. */
  private blockers(): Notice[] {
    return this.hasErrors() ? [say("error", "status.blocked")] : [];
  }

  private hasErrors(): boolean {
    const errors = problemsOf(this.current).some((problem) => problem.severity === "error");
    return errors || lexiconBlocks(this.current);
  }

  /** Computes the headline figures from every row, without writing anything. */
  private async preview(): Promise<void> {
    if (this.job?.kind === "preview") {
      this.job.cancelled = true;
      await this.job.done;
    }
    if (this.job || isBusy(this.current)) return;
    const basis = this.changes;
    const parsed = parseAssumptions(this.current.assumptions, rateCardRowsOf(this.current));
    if (Object.keys(this.current.sources).length === 0 || this.hasErrors() || !parsed.ok)
      return this.update({ preview: { kind: "none" } });
    await this.run("preview", async (job) => {
      const context = this.jobContext(parsed.value, job, (source, done, total) => {
        if (basis === this.changes)
          this.update({ preview: { kind: "computing", source, done, total } });
      });
      const prepared = await prepareSources(mappedSources(this.current), context, false);
      const summary = prepared.ok
        ? await summaryFromWorkbook(prepared.value, context, "all")
        : prepared;
      if (job.cancelled || basis !== this.changes) return;
      if (!summary.ok) return this.previewFailed(summary.problems);
      const { figures } = summary.value;
      this.update({
        preview: {
          kind: "ready",
          figures: headlineFigures(figures),
          ...(figures.commentLabels ? { labelled: labelCounts(figures) } : {}),
          ...(figures.codeAudit ? { codeAudit: figures.codeAudit } : {}),
        },
      });
    });
  }

  // A preview that found bad cells beyond the sample: they show under their source, like those in it.
  private previewFailed(problems: readonly (SourceProblem | WorkbookProblem)[]): void {
    let next = this.current;
    for (const problem of problems.filter(isSourceProblem))
      next = withSlot(next, problem.source, (slot) => ({
        ...slot,
        found: [...(slot.found ?? []), problem],
      }));
    const notices = problems.filter((problem) => !isSourceProblem(problem)).map(jobNotice);
    this.set({ ...next, preview: { kind: "failed", notices } });
  }

  /** Runs a workbook job, one at a time: a preview running gives way first. */
  private async run(
    kind: RunningJob["kind"],
    body: (job: RunningJob) => Promise<void>
  ): Promise<void> {
    if (this.job?.kind === "preview" && kind !== "preview") {
      this.job.cancelled = true;
      await this.job.done;
    }
    if (this.job) return;
    const job: RunningJob = { kind, cancelled: false, done: Promise.resolve() };
    this.job = job;
    job.done = body(job).finally(() => {
      if (this.job === job) this.job = undefined;
    });
    await job.done;
  }

  /** A change the preview and the workbook's memory follow. */
  private changed(next: PaneState): void {
    this.changes++;
    this.set(next);
    this.schedulePreview();
    this.scheduleSave();
  }

  private schedulePreview(): void {
    this.pending.preview.schedule(() => void this.preview(), this.settleMs);
  }

  private scheduleSave(): void {
    if (!this.restoring) this.pending.save.schedule(() => void this.save(), this.settleMs);
  }

  /** Keeps the sources, their columns, the assumptions and the summary in the workbook. */
  private async save(): Promise<void> {
    const { sources, assumptions, summarySheet, usedRowsSheets, lexicon } = this.current;
    const text = memoryText({
      sources: Object.values(sources).map(({ table, choices, part }) => {
        const { sample: _sample, ...where } = table;
        return {
          table: where,
          choices: choices.map((measure) => measure ?? null),
          ...(part?.kept ? { keptPart: true } : {}),
        };
      }),
      assumptions,
      ...(summarySheet ? { summarySheet } : {}),
      ...(usedRowsSheets ? { usedRowsSheets } : {}),
      ...(lexicon ? { lexicon: { sheet: lexicon.sheet, address: lexicon.address } } : {}),
    });
    const saved = await this.port.saveMemory(text);
    if (!saved.ok)
      this.update({
        notices: [...this.current.notices, workbookNotice(saved.problems[0], "write")],
      });
  }

  private update(change: Partial<PaneState>): void {
    this.set({ ...this.current, ...change });
  }

  private set(next: PaneState): void {
    this.current = next;
    this.onChange(next);
  }
}

/** Work waiting for changes to settle: each new change puts it off again. */
class Pending {
  private timer?: ReturnType<typeof setTimeout>;
  private waiting = false;

  schedule(run: () => void, ms: number): void {
    clearTimeout(this.timer);
    this.waiting = true;
    if (ms < 0) return;
    this.timer = setTimeout(() => {
      if (this.take()) run();
    }, ms);
  }

  /** True when the work was waiting: it is now the caller's to do. */
  take(): boolean {
    clearTimeout(this.timer);
    const was = this.waiting;
    this.waiting = false;
    return was;
  }
}

/** "+3 rows" on a source read again, with its rows now: told beside the Refresh or Create that read them. */
function rowChangeNotice(kind: SourceKind, change: number, table: SourceTable): Notice {
  const key = change > 0 ? "status.rowsAdded" : "status.rowsRemoved";
  const params = { count: Math.abs(change), rows: table.rowCount };
  return { tone: "info", message: { kind: "text", key, params, about: kind } };
}

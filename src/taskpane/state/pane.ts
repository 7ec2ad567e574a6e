/** What the pane holds and how each user action changes it: pure functions, no DOM, no Office. */
import { channelKey } from "../../cells/keys";
import { parseNumberText } from "../../cells/numbers";
import { Problem } from "../../cells/problem";
import { failure, Result, success } from "../../cells/result";
import { WorkbookProblem } from "../../excel/port";
import { Locale, PaneKey, PaneParams } from "../../i18n";
import { UserLexicon } from "../../sentiment";
import { CodeThresholds, DEFAULT_CODE_THRESHOLDS } from "../../kpi/order-log/code-flags";
import {
  Assumptions,
  CodeAudit,
  MappedSource,
  mappingFromChoices,
  Measure,
  recognizeColumns,
  RowAccount,
  TextRead,
  SOURCE_KINDS,
  SourceKind,
  SourceProblem,
  sourceProblems,
  SourceTable,
} from "../../summary";
import {
  RateCardInput,
  rateCardOf,
  RateCardRow,
  rateCardRows,
  RateName,
  rateProblems,
  untypedRates,
} from "./rate-card";
import { betterKindFor, missingMeasures, withMeasureAt } from "./fields";
import { LabelCounts, PreviewFigure } from "./preview";

/** A picked source: the block read from the workbook and the measure chosen for each of its columns. */
export interface SourceSlot {
  table: SourceTable;
  /** The measure chosen for each column, by column index; undefined where a column is not used. */
  choices: (Measure | undefined)[];
  /** What the workbook said while reading it, e.g. that its sheet is protected. */
  warnings: readonly WorkbookProblem[];
  /** The selection was part of a larger block: kept as it is when the user says so. */
  part?: { selected: string; block: string; kept: boolean };
  /** Rows the last reading found more (or fewer) than the one before. */
  rowChange?: number;
  /** A kind the selection fits better than the one it was picked as. */
  betterKind?: SourceKind;
  /** Problems found reading every row (beyond the sample), shown under the source until it is read again. */
  found?: SourceProblem[];
  /** The card shows its measures (else a fully recognised source is one line), and the rarer ones too. */
  editing?: boolean;
  showAllMeasures?: boolean;
}

/** The user's words for labelling comment text: the range they were read from, and what it held. */
export interface LexiconRange {
  sheet: string;
  /** On its sheet, without the sheet: "A1:B13". */
  address: string;
  /** The words read, or the problem of each bad row; none while the range could not be read. */
  read?: Result<UserLexicon, Problem>;
}

/** The assumptions as typed: checked only when a summary is made. */
export interface AssumptionInput {
  campaignName: string;
  cpm: string;
  windowDays: string;
  emvAsReturn: boolean;
  /** The team's hours on the campaign and what an hour costs; both blank: no staff time. */
  staffHours: string;
  hourlyRate: string;
  /** When an order on a creator's code is doubtful: one customer's orders and share, orders per impression. */
  doubtOrders: string;
  doubtShare: string;
  doubtReach: string;
  /** The EMV rate card as typed over the starting card; its other channels' CPM is `cpm`. */
  rates: RateCardInput;
}

/** What the pane is doing; `source` is the source being read, `done` and `total` its data rows. */
export type Activity =
  | { kind: "idle" }
  | { kind: "restoring" }
  | { kind: "reading"; source?: SourceKind }
  | { kind: "computing"; source?: SourceKind; done: number; total: number }
  | { kind: "writing" }
  | { kind: "cancelling" };

/** The headline figures before writing: waiting for sources, being computed, or computed for the pane as it is. */
export type Preview =
  | { kind: "none" }
  | { kind: "computing"; source?: SourceKind; done: number; total: number }
  /** `labelled`: how the add-in labelled the comments, when it labelled them from their text. */
  | {
      kind: "ready";
      figures: PreviewFigure[];
      labelled?: LabelCounts;
      /** The doubtful orders on discount codes, which the preview tells in one line as the sheet does. */
      codeAudit?: CodeAudit;
    }
  | { kind: "failed"; notices: Notice[] };

/** Something the pane tells the user, kept free of language until it is shown. */
export type PaneMessage =
  /** `about` names the source a message is about, `other` another kind: their titles are the {source} and {other} params. */
  | { kind: "text"; key: PaneKey; params?: PaneParams; about?: SourceKind; other?: SourceKind }
  | { kind: "workbook"; problem: WorkbookProblem; during: "read" | "write" }
  | { kind: "source"; problem: SourceProblem }
  /** A rate of the EMV rate card that is not a number of 0 or more; no channel means the other channels. */
  | { kind: "rate"; channel?: string; rate: RateName }
  /** What became of a source's rows, and the sheet of used rows the summary read instead, if any. */
  | {
      kind: "rows";
      source: SourceKind;
      account: RowAccount;
      usedRowsSheet?: string;
      /** Numbers and dates the source held as text, read into the sheet of used rows. */
      textRead?: TextRead;
      /** True when that sheet holds the mentions the add-in labelled from their comment text. */
      labelled?: boolean;
    };

export interface Notice {
  tone: "error" | "warning" | "success" | "info";
  message: PaneMessage;
  /** The source whose card shows it; others show in the footer. */
  source?: SourceKind;
  /** The cell a problem was found in ("Orders!E7"), for the user to go to. */
  cell?: string;
}

export interface PaneState {
  locale: Locale;
  sources: Partial<Record<SourceKind, SourceSlot>>;
  assumptions: AssumptionInput;
  activity: Activity;
  /** What the last actions had to say: in the card of their source, or in the footer. */
  notices: Notice[];
  preview: Preview;
  /** Create was pressed while a summary exists: the pane asks before making a second one. */
  confirmSecond?: boolean;
  /** The summary sheet created or refreshed last (remembered by the workbook): the one "Refresh" rewrites. */
  summarySheet?: string;
  /** The summary sheets the add-in made in this workbook, as found when the pane opened and since. */
  summaries: string[];
  /** The sheets of used rows that summary reads: a refresh writes new ones and removes these. */
  usedRowsSheets?: string[];
  /** The user's words, added to the lexicon that labels comment text. */
  lexicon?: LexiconRange;
  /** Why the user's words could not be read from the workbook, the last time the pane tried. */
  lexiconUnread?: WorkbookProblem;
}

/** The pane as it opens. */
export function initialState(locale: Locale): PaneState {
  return {
    locale,
    sources: {},
    assumptions: {
      campaignName: "",
      cpm: DEFAULT_CPM,
      windowDays: "7",
      emvAsReturn: false,
      staffHours: "",
      hourlyRate: "",
      ...DOUBT_DEFAULTS,
      rates: untypedRates(),
    },
    activity: { kind: "idle" },
    notices: [],
    preview: { kind: "none" },
    summaries: [],
  };
}

/** KPI.md's worked example values 1,000 impressions at 8: a starting assumption the pane says is one. */
export const DEFAULT_CPM = "8";

/** A freshly read source, its columns recognised from headers and sample. */
export function withSource(
  state: PaneState,
  table: SourceTable,
  warnings: readonly WorkbookProblem[] = []
): PaneState {
  const mapping = recognizeColumns(table);
  const choices: (Measure | undefined)[] = table.headers.map(() => undefined);
  for (const [measure, column] of Object.entries(mapping)) choices[column] = measure as Measure;
  const slot: SourceSlot = {
    table,
    choices,
    warnings: warnings.filter((w) => w.code !== "partOfBlock"),
  };
  const part = warnings.find((warning) => warning.code === "partOfBlock");
  if (part) slot.part = { selected: part.selected, block: part.block, kept: false };
  const betterKind = betterKindFor(table);
  if (betterKind) slot.betterKind = betterKind;
  return { ...state, sources: { ...state.sources, [table.kind]: slot } };
}

/**
 * A source read again (on Create, Refresh or when the pane opens): its choices kept when its headers
 * are unchanged, the change in its rows said, what the last full reading found cleared.
 */
export function withSourceReread(
  state: PaneState,
  table: SourceTable,
  warnings: readonly WorkbookProblem[] = []
): PaneState {
  const slot = state.sources[table.kind];
  if (!slot) return withSource(state, table, warnings);
  const sameHeaders = slot.table.headers.join("\u0000") === table.headers.join("\u0000");
  const base = sameHeaders
    ? slot
    : { ...(withSource(state, table).sources[table.kind] as SourceSlot), part: slot.part };
  const next: SourceSlot = {
    ...base,
    table,
    warnings,
    rowChange: table.rowCount - slot.table.rowCount,
  };
  delete next.found;
  if (next.part && !next.part.kept) delete next.part;
  return { ...state, sources: { ...state.sources, [table.kind]: next } };
}

/** A source as the workbook remembered it, read again: its remembered choices kept when its headers are unchanged. */
export function withRestoredSource(
  state: PaneState,
  table: SourceTable,
  remembered: { headers: readonly string[]; choices: (Measure | undefined)[]; keptPart?: boolean },
  warnings: readonly WorkbookProblem[] = []
): PaneState {
  const next = withSource(state, table, warnings);
  const slot = next.sources[table.kind] as SourceSlot;
  if (remembered.headers.join("\u0000") === table.headers.join("\u0000"))
    slot.choices = remembered.choices;
  if (remembered.keptPart)
    slot.part = { selected: table.address, block: table.address, kept: true };
  delete slot.betterKind;
  return next;
}

/** The pane without a source. */
export function withoutSource(state: PaneState, kind: SourceKind): PaneState {
  const sources = { ...state.sources };
  delete sources[kind];
  return { ...state, sources };
}

/** A source's slot changed by `change`; the pane as it was when there is no such source. */
export function withSlot(
  state: PaneState,
  kind: SourceKind,
  change: (slot: SourceSlot) => SourceSlot
): PaneState {
  const slot = state.sources[kind];
  return slot ? { ...state, sources: { ...state.sources, [kind]: change(slot) } } : state;
}

/** A measure moved to a column of its source, or to none with undefined. */
export function withMeasureColumn(
  state: PaneState,
  kind: SourceKind,
  measure: Measure,
  column: number | undefined
): PaneState {
  return withSlot(state, kind, (slot) => ({
    ...slot,
    choices: withMeasureAt(slot.choices, measure, column),
  }));
}

/** The picked sources with the mappings their choices make. */
export function mappedSources(state: PaneState): MappedSource[] {
  return SOURCE_KINDS.flatMap((kind) => {
    const slot = state.sources[kind];
    return slot
      ? [{ table: slot.table, mapping: mappingFromChoices(slot.table, slot.choices).mapping }]
      : [];
  });
}

/** Everything wrong with the picked sources: choices made twice, then what the summary module finds. */
export function problemsOf(state: PaneState): SourceProblem[] {
  const fromChoices = SOURCE_KINDS.flatMap((kind) => {
    const slot = state.sources[kind];
    return slot ? mappingFromChoices(slot.table, slot.choices).problems : [];
  });
  return [...fromChoices, ...sourceProblems(mappedSources(state))];
}

/** The channels the posts' sample names in its channel column, each once, as first written. */
export function channelsInPosts(state: PaneState): string[] {
  const posts = mappedSources(state).find((source) => source.table.kind === "posts");
  const column = posts?.mapping.channel;
  if (posts === undefined || column === undefined) return [];
  const names = new Map<string, string>();
  for (const row of posts.table.sample) {
    const name = String(row[column] ?? "").trim();
    if (name !== "" && !names.has(channelKey(name))) names.set(channelKey(name), name);
  }
  return [...names.values()];
}

/** The rate card's channel rows for the pane as it is. */
export function rateCardRowsOf(state: PaneState): RateCardRow[] {
  return rateCardRows(channelsInPosts(state));
}

/** The doubt's thresholds as the pane starts them: docs/kpi.md's defaults. */
export const DOUBT_DEFAULTS = {
  doubtOrders: String(DEFAULT_CODE_THRESHOLDS.minOrders),
  doubtShare: `${DEFAULT_CODE_THRESHOLDS.minShare * 100}%`,
  doubtReach: String(DEFAULT_CODE_THRESHOLDS.maxOrdersPerImpression),
};

/** The assumption fields checked as they are typed, in the order their first problem is told. */
export const ASSUMPTION_FIELDS = [
  "cpm",
  "windowDays",
  "staffHours",
  "hourlyRate",
  "doubtOrders",
  "doubtShare",
  "doubtReach",
] as const;

/** An assumption field checked as it is typed. */
export type AssumptionField = (typeof ASSUMPTION_FIELDS)[number];

/** What is wrong with each assumption field as typed; an empty object when nothing is. */
export function assumptionProblems(
  input: AssumptionInput
): Partial<Record<AssumptionField, PaneKey>> {
  const problems: Partial<Record<AssumptionField, PaneKey>> = {};
  if (input.cpm.trim() === "") problems.cpm = "status.cpmMissing";
  else if (!(parseNumberText(input.cpm) >= 0)) problems.cpm = "status.cpmInvalid";
  const windowDays = parseNumberText(input.windowDays);
  if (!Number.isInteger(windowDays) || windowDays < 0) problems.windowDays = "status.windowInvalid";
  const staff = { staffHours: input.staffHours.trim(), hourlyRate: input.hourlyRate.trim() };
  const given = Object.values(staff).filter((text) => text !== "").length;
  for (const key of ["staffHours", "hourlyRate"] as const) {
    if (staff[key] === "") {
      if (given === 1) problems[key] = "status.staffIncomplete";
    } else if (!(parseNumberText(staff[key]) >= 0)) problems[key] = "status.staffInvalid";
  }
  const { minOrders, minShare, maxOrdersPerImpression } = doubtOf(input);
  if (!(Number.isInteger(minOrders) && minOrders >= 1)) problems.doubtOrders = "status.doubtOrders";
  if (!(minShare >= 0 && minShare <= 1)) problems.doubtShare = "status.doubtShare";
  if (!(maxOrdersPerImpression > 0)) problems.doubtReach = "status.doubtReach";
  return problems;
}

/** The assumptions typed, checked: the first message that is wrong, or the values. */
export function parseAssumptions(
  input: AssumptionInput,
  rows: RateCardRow[]
): Result<Assumptions, PaneMessage> {
  const problems = assumptionProblems(input);
  const field = ASSUMPTION_FIELDS.map((key) => problems[key]).find((key) => key !== undefined);
  if (field) return failure<PaneMessage>({ kind: "text", key: field });
  const cpm = parseNumberText(input.cpm);
  const windowDays = parseNumberText(input.windowDays);
  const rateCard = rateCardOf(input.rates, rows, cpm);
  if (rateCard === undefined) {
    const [problem] = rateProblems(input.rates, rows);
    return failure({ kind: "rate", ...problem });
  }
  const campaignName = input.campaignName.trim();
  const assumptions: Assumptions = {
    campaignName,
    cpm,
    rateCard,
    windowDays,
    emvAsReturn: input.emvAsReturn,
    codeThresholds: doubtOf(input),
  };
  if (input.staffHours.trim() !== "")
    assumptions.staff = {
      hours: parseNumberText(input.staffHours),
      hourlyRate: parseNumberText(input.hourlyRate),
    };
  return success(assumptions);
}

// A share may be typed as 0.2 or as 20 %: parseNumberText reads both as 0.2.
function doubtOf(input: AssumptionInput): CodeThresholds {
  return {
    minOrders: parseNumberText(input.doubtOrders),
    minShare: parseNumberText(input.doubtShare),
    maxOrdersPerImpression: parseNumberText(input.doubtReach),
  };
}

/**
 * True when a source can be used as it is: some column chosen, every measure it needs found, and no
 * error in it. The pane ticks only such a source. `problems` are the pane's, when already found.
 */
export function isUsable(
  state: PaneState,
  kind: SourceKind,
  problems: readonly SourceProblem[] = problemsOf(state)
): boolean {
  const slot = state.sources[kind];
  if (!slot || slot.choices.every((measure) => measure === undefined)) return false;
  if (missingMeasures(kind, slot.choices).length > 0 || (slot.found?.length ?? 0) > 0) return false;
  return !problems.some((problem) => problem.source === kind && problem.severity === "error");
}

/** True while a job runs; the pane refuses new jobs until it ends. */
export function isBusy(state: PaneState): boolean {
  return state.activity.kind !== "idle";
}

/** What the pane holds and how each user action changes it: pure functions, no DOM, no Office. */
import { channelKey } from "../../cells/keys";
import { parseNumberText } from "../../cells/numbers";
import { failure, Result, success } from "../../cells/result";
import { WorkbookProblem } from "../../excel/port";
import { Locale, PaneKey, PaneParams } from "../../i18n";
import {
  Assumptions,
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

/** A picked source: the block read from the workbook and the measure chosen for each of its columns. */
export interface SourceSlot {
  table: SourceTable;
  /** The measure chosen for each column, by column index; undefined where a column is not used. */
  choices: (Measure | undefined)[];
  /** What the workbook said while reading it, e.g. that its sheet is protected. */
  warnings: readonly WorkbookProblem[];
}

/** The assumptions as typed: checked only when a summary is made. */
export interface AssumptionInput {
  campaignName: string;
  cpm: string;
  windowDays: string;
  emvAsReturn: boolean;
  /** The EMV rate card as typed over the starting card; its other channels' CPM is `cpm`. */
  rates: RateCardInput;
}

/** What the pane is doing. */
export type Activity =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "computing"; done: number; total: number }
  | { kind: "writing" };

/** Something the pane tells the user, kept free of language until it is shown. */
export type PaneMessage =
  /** `about` names the source a message is about; its title, in the pane's language, is the {source} param. */
  | { kind: "text"; key: PaneKey; params?: PaneParams; about?: SourceKind }
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
    };

export interface Notice {
  tone: "error" | "warning" | "success" | "info";
  message: PaneMessage;
}

export interface PaneState {
  locale: Locale;
  sources: Partial<Record<SourceKind, SourceSlot>>;
  assumptions: AssumptionInput;
  activity: Activity;
  /** What the last action had to say, shown in the live region. */
  notices: Notice[];
  /** The summary sheet this session created or refreshed last: the one "Refresh" rewrites. */
  summarySheet?: string;
  /** The sheets of used rows that summary reads: a refresh writes new ones and removes these. */
  usedRowsSheets?: string[];
}

/** The pane as it opens. */
export function initialState(locale: Locale): PaneState {
  return {
    locale,
    sources: {},
    assumptions: {
      campaignName: "",
      cpm: "",
      windowDays: "7",
      emvAsReturn: false,
      rates: untypedRates(),
    },
    activity: { kind: "idle" },
    notices: [],
  };
}

/** A freshly read source, its columns recognised from headers and sample. */
export function withSource(
  state: PaneState,
  table: SourceTable,
  warnings: readonly WorkbookProblem[] = []
): PaneState {
  const mapping = recognizeColumns(table);
  const choices: (Measure | undefined)[] = table.headers.map(() => undefined);
  for (const [measure, column] of Object.entries(mapping)) choices[column] = measure as Measure;
  const slot: SourceSlot = { table, choices, warnings };
  return { ...state, sources: { ...state.sources, [table.kind]: slot } };
}

/** A source read again (for a refresh): its choices kept when its headers are unchanged. */
export function withSourceReread(state: PaneState, table: SourceTable): PaneState {
  const slot = state.sources[table.kind];
  if (!slot || slot.table.headers.join("\u0000") !== table.headers.join("\u0000")) {
    return withSource(state, table, []);
  }
  return { ...state, sources: { ...state.sources, [table.kind]: { ...slot, table } } };
}

/** The pane without a source. */
export function withoutSource(state: PaneState, kind: SourceKind): PaneState {
  const sources = { ...state.sources };
  delete sources[kind];
  return { ...state, sources };
}

/** A column's measure chosen, or cleared with undefined. */
export function withChoice(
  state: PaneState,
  kind: SourceKind,
  column: number,
  measure: Measure | undefined
): PaneState {
  const slot = state.sources[kind];
  if (!slot) return state;
  const choices = slot.choices.map((chosen, i) => (i === column ? measure : chosen));
  return { ...state, sources: { ...state.sources, [kind]: { ...slot, choices } } };
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

/** The assumptions typed, checked: the first message that is wrong, or the values. */
export function parseAssumptions(
  input: AssumptionInput,
  rows: RateCardRow[]
): Result<Assumptions, PaneMessage> {
  const say = (key: PaneKey) => failure<PaneMessage>({ kind: "text", key });
  if (input.cpm.trim() === "") return say("status.cpmMissing");
  const cpm = parseNumberText(input.cpm);
  if (!(cpm >= 0)) return say("status.cpmInvalid");
  const windowDays = parseNumberText(input.windowDays);
  if (!Number.isInteger(windowDays) || windowDays < 0) return say("status.windowInvalid");
  const rateCard = rateCardOf(input.rates, rows, cpm);
  if (rateCard === undefined) {
    const [problem] = rateProblems(input.rates, rows);
    return failure({ kind: "rate", ...problem });
  }
  const campaignName = input.campaignName.trim();
  return success({ campaignName, cpm, rateCard, windowDays, emvAsReturn: input.emvAsReturn });
}

/** True while a job runs; the pane refuses new jobs until it ends. */
export function isBusy(state: PaneState): boolean {
  return state.activity.kind !== "idle";
}

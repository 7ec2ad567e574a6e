/**
 * What one language says, all of it: the typed shape every language fills in full, so that no
 * text can be missing from one of them. The texts themselves are in en/, zh-CN/ and zh-TW/.
 */
import type { ProblemDetail } from "../cells/problem";
import type { DayOrder } from "../cells/dates";
import type { DayOrderBasis, ReportProblem } from "../cli/problems";
import type { EvidenceNote } from "../sentiment";
import type { Measure } from "../summary/model/measures";
import type { Refusal } from "../summary/recognise/columns";
import type { SourceProblemCode, SourceProblemDetails } from "../summary/model/problems";
import type { PaneKey } from "./en/pane";
import type { Glossary, Punctuation } from "./glossary";
import type { SheetWords } from "./sheet-words";

/** Each problem of a function's arguments or cells, worded from its details. */
export type CellWords = {
  [K in ProblemDetail["kind"]]: (detail: Extract<ProblemDetail, { kind: K }>) => string;
};

/** How the words that decided a sentiment label are listed, for WOM.SENTIMENTWHY. */
export interface EvidenceWords {
  /** What each rule that changed a word's weight is called. */
  notes: Record<EvidenceNote, string>;
  /** One word that counted: its modifiers and term, its signed share of the score, the rules that applied. */
  word: (term: string, weight: string, notes: readonly string[]) => string;
  /** The words, in the order of the text. */
  words: (items: readonly string[]) => string;
  /** Said instead when no word of the lexicon counted. */
  noWords: string;
}

/** A source problem's details as its message shows them: each one already in words. */
export type ShownDetails<C extends SourceProblemCode> = {
  [K in keyof SourceProblemDetails[C]]: string;
};

/** Each source problem, worded from its shown details; the message names its source first. */
export type SourceWords = {
  [C in SourceProblemCode]: (details: ShownDetails<C>) => string;
};

/** Every string the task pane shows, by key; {placeholders} are filled when it is shown. */
export type PaneWords = Record<PaneKey, string>;

/** Each problem that stops the report, worded from its details; a source's problem is worded as the pane words it. */
export type ReportProblemWords = {
  [K in Exclude<ReportProblem["kind"], "source" | "lexicon">]: (
    problem: Extract<ReportProblem, { kind: K }>
  ) => string;
};

/** The report's own words. */
export interface ReportWords {
  problems: ReportProblemWords;
  reading: string;
  written: (file: string) => string;
  defaultCampaign: string;
  inputs: InputWords;
}

/** What the report says about each file it read: its header, its columns and every row's fate. */
export interface InputWords {
  /** "shopify.csv: header on row 1". */
  header: (file: string, row: number) => string;
  /** One recognised column: the measure, the header and up to two sample values. */
  column: (measure: string, header: string, samples: string[]) => string;
  /** A column a header named for a measure, refused by its content. */
  refused: (header: string, measure: string, because: string) => string;
  because: Record<Refusal, string>;
  /** How to change what recognition decided, on the command line. */
  howToMap: string;
  /** How a column's numeric dates (05/03/2024) were read, and why. */
  dayOrder: (header: string, order: DayOrder, because: DayOrderBasis) => string;
  /** Mentions labelled by the report from a column of comment text, with the user's words from a file or none. */
  labelled: (textHeader: string, ownWords: number, lexiconFile?: string) => string;
}

/** Everything one language says. */
export interface Words {
  glossary: Glossary;
  punctuation: Punctuation;
  cells: CellWords;
  evidence: EvidenceWords;
  sources: SourceWords;
  measures: Record<Measure, string>;
  sheet: SheetWords;
  pane: PaneWords;
  report: ReportWords;
}

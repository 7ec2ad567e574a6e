/**
 * What can be wrong with a source, independent of language: errors stop the summary, warnings say
 * what it leaves out. Each code has its own typed details; the pane and the report word them.
 */
import type { CalculatedFigure } from "./figures";
import type { Measure, SourceKind } from "./measures";

/** What is wrong with a cell, for the measure its column holds. */
export type CellIssue =
  | "notNumber"
  | "numberAsText"
  | "negativeNumber"
  | "notScore"
  | "notDate"
  | "dateAsText"
  | "notId"
  | "paddedText"
  | "criteriaText";

type Nothing = Record<string, never>;

/** A bad cell: where it is on its sheet ("Posts!C7"), what it holds and the measure of its column. */
export interface CellDetails {
  cell: string;
  value: unknown;
  measure: Measure;
}

/** What each problem says, by its code. */
export type SourceProblemDetails = Record<CellIssue, CellDetails> & {
  sourceKindTwice: Nothing;
  emptySelection: Nothing;
  /** The first row, which holds numbers. */
  noHeader: { cell: string };
  noData: Nothing;
  blankHeader: { cell: string };
  noRecognisedColumn: Nothing;
  columnOutsideBlock: { measure: Measure };
  columnMappedTwice: { header: string; measure: Measure; otherMeasure: Measure };
  measureMappedTwice: { measure: Measure; header: string; otherHeader: string };
  /** None of the measures that could give the figures is mapped. */
  missingColumn: { measures: Measure[]; figures: CalculatedFigure[] };
  /** How many labels are not sentiments, and the first of them. */
  unknownLabels: { count: number; cell: string; value: unknown };
  severalCodes: { creator: string; code: string; otherCode: string };
  /** Order columns whose rows only the report sorts out (line items, statuses, refunds). */
  ordersNeedSorting: { measures: Measure[] };
};

/** Each kind of problem. */
export type SourceProblemCode = keyof SourceProblemDetails;

/** A problem with a source, its details typed by its code. */
export type SourceProblem = {
  [C in SourceProblemCode]: {
    severity: "error" | "warning";
    code: C;
    source: SourceKind;
    params: SourceProblemDetails[C];
  };
}[SourceProblemCode];

/** A problem of one code. */
export type SourceProblemOf<C extends SourceProblemCode> = Extract<SourceProblem, { code: C }>;

/** An error about a source. */
export function sourceError<C extends SourceProblemCode>(
  source: SourceKind,
  code: C,
  params: SourceProblemDetails[C]
): SourceProblemOf<C> {
  return { severity: "error", code, source, params } as SourceProblemOf<C>;
}

/** A warning about a source: what the summary leaves out. */
export function sourceWarning<C extends SourceProblemCode>(
  source: SourceKind,
  code: C,
  params: SourceProblemDetails[C]
): SourceProblemOf<C> {
  return { severity: "warning", code, source, params } as SourceProblemOf<C>;
}

/** True for a source problem, as against another layer's problem in the same list. */
export function isSourceProblem(problem: object): problem is SourceProblem {
  return "severity" in problem && "source" in problem;
}

/**
 * Which cells the summary's native formulas would misread. SUM skips numbers stored as text,
 * date arithmetic needs real dates, and COUNTIFS reads spaces, wildcards and a leading =, < or >
 * in its criteria: such cells are reported by name rather than silently left out of a figure.
 * Survey scores are the exception: text answers are read as the NPS functions read them.
 */
import { answerOfText } from "../cells/answers";
import { toDateSerial } from "../cells/dates";
import { isBlank, toNumber } from "../cells/values";
import { COUNT_MEASURES, DATE_MEASURES, isNumericMeasure } from "./measures";
import { Measure, SourceKind } from "./source";

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

// Text that COUNTIFS would read as a rule rather than match literally.
const CRITERIA_SYNTAX = /^[=<>]|[*?~]/;

/** The issue of one cell of a mapped column; undefined for a blank or a good cell. */
export function cellIssue(
  kind: SourceKind,
  measure: Measure,
  value: unknown
): CellIssue | undefined {
  if (isBlank(value)) return undefined;
  if (measure === "score") return scoreIssue(value);
  if (isNumericMeasure(measure)) return numberIssue(measure, value);
  if (DATE_MEASURES.has(measure)) return dateIssue(value);
  if (measure === "customer") return typeof value === "boolean" ? "notId" : undefined;
  if (measure === "creator" || measure === "code" || measure === "channel")
    return keyIssue(kind, value);
  if (measure === "sentiment" && typeof value === "string" && value !== value.trim())
    return "paddedText";
  return undefined;
}

function numberIssue(measure: Measure, value: unknown): CellIssue | undefined {
  if (typeof value !== "number") {
    return Number.isNaN(toNumber(value)) ? "notNumber" : "numberAsText";
  }
  if ((COUNT_MEASURES.has(measure) || measure === "cost") && value < 0) return "negativeNumber";
  return undefined;
}

// Scores are read as WOM.NPS reads them: a survey export's "10 - Extremely likely" is the answer 10.
// The summary then shows NPS as a computed value, since COUNTIFS cannot count such text.
function scoreIssue(value: unknown): CellIssue | undefined {
  const score = scoreOf(value);
  if (Number.isNaN(score)) return "notNumber";
  return Number.isInteger(score) && score >= 0 && score <= 10 ? undefined : "notScore";
}

/** The answer a score cell holds, by the NPS functions' rule; NaN when it holds none. */
export function scoreOf(value: unknown): number {
  if (typeof value === "number") return value;
  return typeof value === "string" ? answerOfText(value) : NaN;
}

function dateIssue(value: unknown): CellIssue | undefined {
  if (typeof value === "number") return value >= 0 ? undefined : "notDate";
  if (typeof value === "string" && !Number.isNaN(toDateSerial(value))) return "dateAsText";
  return "notDate";
}

// Creators and codes of posts become the leaderboard's COUNTIFS criteria, channels the rate card's
// SUMIFS criteria; orders' codes are matched by them.
function keyIssue(kind: SourceKind, value: unknown): CellIssue | undefined {
  if (typeof value === "boolean") return "notId";
  if (typeof value !== "string") return undefined;
  if (value !== value.trim()) return "paddedText";
  if (kind === "posts" && CRITERIA_SYNTAX.test(value)) return "criteriaText";
  return undefined;
}

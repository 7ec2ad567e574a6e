/**
 * Which cells the summary's native formulas would misread. SUM skips numbers stored as text,
 * date arithmetic needs real dates, and COUNTIFS reads spaces, wildcards and a leading =, < or >
 * in its criteria: such cells are reported by name rather than silently left out of a figure.
 * Survey scores are the exception: text answers are read as the NPS functions read them.
 */
import { scoreOf } from "../../cells/answers";
import { isDateText } from "../../cells/dates";
import { isBlank, toNumber } from "../../cells/values";
import { isNonNegativeMeasure, Measure, SourceKind, valueKindOf } from "../model/measures";
import { CellIssue } from "../model/problems";

// Text that COUNTIFS would read as a rule rather than match literally.
const CRITERIA_SYNTAX = /^[=<>]|[*?~]/;

/** The issue of one cell of a mapped column; undefined for a blank or a good cell. */
export function cellIssue(
  kind: SourceKind,
  measure: Measure,
  value: unknown
): CellIssue | undefined {
  if (isBlank(value)) return undefined;
  switch (valueKindOf(measure)) {
    case "score":
      return scoreIssue(value);
    case "count":
    case "cost":
    case "amount":
      return numberIssue(measure, value);
    case "date":
      return dateIssue(value);
    case "id":
      return typeof value === "boolean" ? "notId" : undefined;
    case "key":
      return keyIssue(kind, value);
    case "label":
      return typeof value === "string" && value !== value.trim() ? "paddedText" : undefined;
    case "tag":
    case "text":
      return undefined;
  }
}

function numberIssue(measure: Measure, value: unknown): CellIssue | undefined {
  if (typeof value !== "number") {
    return Number.isNaN(toNumber(value)) ? "notNumber" : "numberAsText";
  }
  if (isNonNegativeMeasure(measure) && value < 0) return "negativeNumber";
  return undefined;
}

// Scores are read as WOM.NPS reads them: a survey export's "10 - Extremely likely" is the answer 10.
// The summary then shows NPS as a computed value, since COUNTIFS cannot count such text.
function scoreIssue(value: unknown): CellIssue | undefined {
  const score = scoreOf(value);
  if (Number.isNaN(score)) return "notNumber";
  return Number.isInteger(score) && score >= 0 && score <= 10 ? undefined : "notScore";
}

function dateIssue(value: unknown): CellIssue | undefined {
  if (typeof value === "number") return value >= 0 ? undefined : "notDate";
  if (typeof value === "string" && isDateText(value)) return "dateAsText";
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

/** The report's one-line message for a problem that stops it, in the given language. */
import type { ReportProblem } from "../cli/problems";
import { wordsOf } from "./languages";
import { Locale } from "./locale";
import { problemMessage } from "./cell-messages";
import { sourceProblemMessage } from "./source-messages";

/** The one-line message for a problem, in the given language. */
export function reportProblemMessage(problem: ReportProblem, locale: Locale): string {
  if (problem.kind === "source") return sourceProblemMessage(problem.problem, locale);
  if (problem.kind === "lexicon") return problemMessage(problem.detail, locale);
  const format = wordsOf(locale).report.problems[problem.kind] as (p: ReportProblem) => string;
  return format(problem);
}

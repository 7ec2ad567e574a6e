/** Reading 0-10 survey answers, as numbers or as survey exports write them, into the NPS groups. */
import { answerCount, NpsCounts } from "../kpi/nps";
import { badCell, divideByZero, Failed, Problem } from "./problem";
import { positionOf } from "./ranges";
import { Result, success } from "./result";
import { parseNumberText, isNoAnswerText } from "./numbers";
import { isBlank, Matrix, toNumber } from "./values";

// Survey exports label the score: a leading whole number, then a dash (-, – or —), a colon, an equals sign, an
// opening bracket or a space, then text that does not start with a digit and holds a letter ("7.5 - x" is no answer).
const LABELLED_ANSWER = /^\s*(\d+)(?:\s*[-‐–—:：=(（]|\s)(?=\s*[^\s\d])(?=.*\p{L})/su;

/** The score of an answer given as text: "9", or a survey export's "10 - Extremely likely"; NaN otherwise. */
export function answerOfText(text: string): number {
  const number = toNumber(text);
  if (number === number) return number;
  const labelled = LABELLED_ANSWER.exec(text);
  return labelled ? Number(labelled[1]) : NaN;
}

// 问卷星 codes a skipped question -3 and one it did not show -2 (-1 in older downloads).
const SKIP_CODES = new Set([-1, -2, -3]);

/** True for a cell of a 0-10 question that holds no answer: blank, a marker (docs/kpi.md), or a skip code. */
export function isNoAnswer(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value === "number") return SKIP_CODES.has(value);
  if (typeof value !== "string") return false;
  return value.trim() === "" || isNoAnswerText(value) || SKIP_CODES.has(parseNumberText(value));
}

/**
 * A 0-10 cell as a sheet's formulas should hold it: null for no answer (blank, a marker, a skip
 * code), the number for an answer written as a plain number ("9"), else the cell as it is: text
 * the figures read ("10 - Extremely likely"), or a cell that holds no answer at all.
 */
export function answerCell(value: unknown): unknown {
  if (isNoAnswer(value)) return null;
  if (typeof value !== "string") return value;
  const answer = answerOfText(value);
  return answer === answer && parseNumberText(value) === answer ? answer : value;
}

/** The answer a score cell holds, by the same rule; NaN when it holds none. */
export function scoreOf(value: unknown): number {
  if (typeof value === "number") return value;
  return typeof value === "string" ? answerOfText(value) : NaN;
}

/** Counts promoters (9-10), passives (7-8) and detractors (0-6); blanks are not answers. */
export function countNpsAnswers(answers: Matrix, arg = "answers"): Result<NpsCounts, Problem> {
  // A tally per score, indexed by the answer itself: no branch depends on the (unpredictable) score.
  const tally = new Int32Array(11);
  for (let r = 0; r < answers.length; r++) {
    const row = answers[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      let score: number;
      if (typeof cell === "number") score = cell;
      else if (isBlank(cell)) continue;
      else {
        score = typeof cell === "string" ? answerOfText(cell) : NaN;
        if (score !== score) return answerProblem("notNumber", cell, arg, answers, r, c);
      }
      const whole = score | 0;
      if (whole === score && whole >>> 0 <= 10) tally[whole]++;
      else
        return answerProblem(
          score >= 0 && score <= 10 ? "notWholeAnswer" : "npsOutOfRange",
          cell,
          arg,
          answers,
          r,
          c
        );
    }
  }
  let detractors = 0;
  for (let score = 0; score <= 6; score++) detractors += tally[score];
  return success({ promoters: tally[9] + tally[10], passives: tally[7] + tally[8], detractors });
}

/** The NPS counts of a range with at least one answer; no answers is #DIV/0! naming the range. */
export function answeredCounts(answers: Matrix, arg = "answers"): Result<NpsCounts, Problem> {
  const counts = countNpsAnswers(answers, arg);
  if (!counts.ok) return counts;
  if (answerCount(counts.value) === 0) return divideByZero({ kind: "noData", arg });
  return counts;
}

function answerProblem(
  kind: "notNumber" | "notWholeAnswer" | "npsOutOfRange",
  cell: unknown,
  arg: string,
  answers: Matrix,
  r: number,
  c: number
): Failed {
  const at = positionOf(arg, answers, r, c);
  if (kind === "notWholeAnswer") return badCell({ kind, value: toNumber(cell), at });
  return badCell({ kind, value: cell, at });
}

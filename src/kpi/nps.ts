/** Net Promoter Score (净推荐值) from 0-10 survey answers, Bain/Satmetrix convention. */
import { badCell, divideByZero, Problem, Result, success } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { isBlank, Matrix, toNumber } from "../cells/values";

/** How many answers fell in each NPS group. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** All answers counted. */
export function answerCount(counts: NpsCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

/** NPS = (promoters − detractors) / answers × 100, from -100 to +100. */
export function npsScore(counts: NpsCounts): number {
  return ((counts.promoters - counts.detractors) / answerCount(counts)) * 100;
}

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

/** Counts promoters (9-10), passives (7-8) and detractors (0-6); blanks are not answers. */
export function countNpsAnswers(answers: Matrix, arg = "answers"): Result<NpsCounts> {
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
export function answeredCounts(answers: Matrix, arg = "answers"): Result<NpsCounts> {
  const counts = countNpsAnswers(answers, arg);
  if (!counts.ok) return counts;
  if (answerCount(counts.value) === 0) return divideByZero({ kind: "noData", arg });
  return counts;
}

/** NPS over a range of answers; no answers at all is #DIV/0!. */
export function npsOfRange(answers: Matrix, arg = "answers"): Result<number> {
  const counts = answeredCounts(answers, arg);
  if (!counts.ok) return counts;
  return success(npsScore(counts.value));
}

function answerProblem(
  kind: "notNumber" | "notWholeAnswer" | "npsOutOfRange",
  cell: unknown,
  arg: string,
  answers: Matrix,
  r: number,
  c: number
): Problem {
  const at = positionOf(arg, answers, r, c);
  if (kind === "notWholeAnswer") return badCell({ kind, value: toNumber(cell), at });
  return badCell({ kind, value: cell, at });
}

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

/** Counts promoters (9-10), passives (7-8) and detractors (0-6); blanks are not answers. */
export function countNpsAnswers(answers: Matrix, arg = "answers"): Result<NpsCounts> {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let r = 0; r < answers.length; r++) {
    const row = answers[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      let score = typeof cell === "number" ? cell : NaN;
      if (score !== score) {
        if (isBlank(cell)) continue;
        score = toNumber(cell);
        if (score !== score) return answerProblem("notNumber", cell, arg, answers, r, c);
      }
      if (score === 9 || score === 10) promoters++;
      else if (score === 7 || score === 8) passives++;
      else if (score >= 0 && score <= 6 && Number.isInteger(score)) detractors++;
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
  return success({ promoters, passives, detractors });
}

/** NPS over a range of answers; no answers at all is #DIV/0!. */
export function npsOfRange(answers: Matrix, arg = "answers"): Result<number> {
  const counts = countNpsAnswers(answers, arg);
  if (!counts.ok) return counts;
  if (answerCount(counts.value) === 0) return divideByZero({ kind: "noData", arg });
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

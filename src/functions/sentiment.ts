// The sentiment layer's functions. Each JSDoc is the function's help in Excel (see functions.ts).
import { answeredCounts } from "../cells/answers";
import { confidenceLevel, npsMethod, requiredTotal } from "../cells/arguments";
import { divideByZero, Problem } from "../cells/problem";
import { Result, success } from "../cells/result";
import { countSentimentLabels } from "../cells/sentiment-labels";
import { Matrix } from "../cells/values";
import { npsScore } from "../kpi/nps";
import { npsBreakdown as breakdownOf, npsMarginOfError } from "../kpi/nps-margin";
import { compareNps } from "../kpi/nps-test";
import { socialNps as socialNpsOf } from "../kpi/sentiment";
import { excelMatrix, excelNumber } from "./excel-result";

/**
 * Net Promoter Score (净推荐值) from 0-10 answers: % promoters (9-10) − % detractors (0-6), Bain/Satmetrix convention.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help.html#womnps
 * @param {any[][]} answers Survey answers, whole numbers 0-10 or survey-export text such as "10 - Extremely likely" or "9 (very likely)"; blank cells are not answers.
 * @returns {number} A score from -100 to +100.
 */
export function nps(answers: any[][]) {
  return excelNumber(() => {
    const counts = answeredCounts(answers);
    if (!counts.ok) return counts;
    return success(npsScore(counts.value));
  });
}

/**
 * Social NPS (net sentiment): (positive − negative) / (positive + negative) × 100. Neutral mentions are left out, as in Talkwalker's net sentiment.
 * @customfunction SOCIALNPS
 * @helpurl https://localhost:3000/help.html#womsocialnps
 * @param {any[][]} positive_or_labels Positive mentions (a count, or a range that is summed); or, with negative left out, a range of labels: positive/neutral/negative, 正面/中性/负面, 好评/中评/差评.
 * @param {any[][]} [negative] Negative mentions: a count, or a range that is summed. Leave it out to count labels instead.
 * @returns {number} A score from -100 to +100.
 */
export function socialNps(positive_or_labels: any[][], negative?: any[][]) {
  return excelNumber(() => {
    // Excel passes an omitted argument as null (or undefined); a blank cell still arrives as a range.
    const counts =
      negative === null || negative === undefined
        ? countSentimentLabels(positive_or_labels, "positive_or_labels")
        : polarCounts(positive_or_labels, negative);
    if (!counts.ok) return counts;
    const { positive, negative: against } = counts.value;
    if (positive + against === 0) return divideByZero({ kind: "noPolarMentions" });
    return success(socialNpsOf(positive, against));
  });
}

/**
 * Margin of error of the NPS in points at a confidence level (0.95 if left out): z × √((p + d − (p − d)²) / n) × 100. Plain Wald form by default; adjusted_wald TRUE uses the adjusted Wald form (Rocks 2016).
 * @customfunction NPSMOE
 * @helpurl https://localhost:3000/help.html#womnpsmoe
 * @param {any[][]} answers Survey answers, whole numbers 0-10 or survey-export text such as "10 - Extremely likely"; blank cells are not answers.
 * @param {any} [confidence] Optional confidence level between 0 and 1; 0.95 when left out.
 * @param {any} [adjusted_wald] Optional: TRUE for the adjusted Wald form (Rocks 2016); FALSE or left out for the plain Wald form.
 * @returns {number} The margin of error in NPS points: the score ± this, around (promoters − detractors) / (n + 3) × 100 in the adjusted form.
 */
export function npsMoe(answers: any[][], confidence?: any, adjusted_wald?: any) {
  return excelNumber(() => {
    const level = confidenceLevel(confidence);
    if (!level.ok) return level;
    const method = npsMethod(adjusted_wald);
    if (!method.ok) return method;
    const counts = answeredCounts(answers);
    if (!counts.ok) return counts;
    return success(npsMarginOfError(counts.value, level.value, method.value));
  });
}

/**
 * The parts of the NPS in one row of 4 cells: promoter, passive and detractor shares (fractions), then the NPS.
 * @customfunction NPSBREAKDOWN
 * @helpurl https://localhost:3000/help.html#womnpsbreakdown
 * @param {any[][]} answers Survey answers, whole numbers 0-10 or survey-export text such as "10 - Extremely likely"; blank cells are not answers.
 * @returns {number[][]} Promoters, passives, detractors (as fractions) and the NPS (-100 to +100), spilled to the right.
 */
export function npsBreakdown(answers: any[][]) {
  return excelMatrix(() => {
    const counts = answeredCounts(answers);
    if (!counts.ok) return counts;
    return success([breakdownOf(counts.value)]);
  });
}

/**
 * Compares the NPS of two samples in one row of 5 cells: NPS A, NPS B, B − A, its margin of error and the p-value of a two-sided z test. Plain Wald form by default; adjusted_wald TRUE uses the adjusted Wald form (Rocks 2016).
 * @customfunction NPSTEST
 * @helpurl https://localhost:3000/help.html#womnpstest
 * @param {any[][]} answers_a Answers of the first sample (last month, say): whole numbers 0-10 or survey-export text; blank cells are not answers.
 * @param {any[][]} answers_b Answers of the second sample, compared with the first: the difference is B − A.
 * @param {any} [confidence] Optional confidence level of the margin of error, between 0 and 1; 0.95 when left out. The p-value does not depend on it.
 * @param {any} [adjusted_wald] Optional: TRUE for the adjusted Wald form (Rocks 2016); FALSE or left out for the plain Wald form.
 * @returns {number[][]} NPS A, NPS B, B − A and its margin of error (all in points), then the p-value (0 to 1), spilled to the right.
 */
export function npsTest(
  answers_a: any[][],
  answers_b: any[][],
  confidence?: any,
  adjusted_wald?: any
) {
  return excelMatrix(() => {
    const level = confidenceLevel(confidence);
    if (!level.ok) return level;
    const method = npsMethod(adjusted_wald);
    if (!method.ok) return method;
    const a = answeredCounts(answers_a, "answers_a");
    if (!a.ok) return a;
    const b = answeredCounts(answers_b, "answers_b");
    if (!b.ok) return b;
    const compared = compareNps(a.value, b.value, level.value, method.value);
    if (!compared) return divideByZero({ kind: "noVariance" });
    const { scoreA, scoreB, difference, margin, pValue } = compared;
    return success([[scoreA, scoreB, difference, margin, pValue]]);
  });
}

type PolarCounts = { positive: number; negative: number };

// Positive and negative mentions given as counts, each one number or a range that is summed.
function polarCounts(positive: Matrix, negative: Matrix): Result<PolarCounts, Problem> {
  const plus = requiredTotal(positive, "positive_or_labels");
  if (!plus.ok) return plus;
  const minus = requiredTotal(negative, "negative");
  if (!minus.ok) return minus;
  return success({ positive: plus.value, negative: minus.value });
}

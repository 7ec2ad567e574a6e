/** The NPS benchmark band shown beside the score, and how sure a social NPS is. */
import { npsMarginOfError } from "./nps-margin";

/**
 * SurveyMonkey's published global benchmarks for survey NPS: the average score across its
 * customers, and the score from which an organisation is in the top quartile.
 */
export const NPS_BENCHMARKS = {
  source: "SurveyMonkey NPS benchmarks",
  average: 32,
  topQuartile: 72,
} as const;

/** Where a score stands against the band. */
export type NpsStanding = "topQuartile" | "aboveAverage" | "belowAverage";

/** The band a score falls in: from 72 the top quartile, from 32 at or above the average, else below. */
export function npsStanding(score: number): NpsStanding {
  if (score >= NPS_BENCHMARKS.topQuartile) return "topQuartile";
  return score >= NPS_BENCHMARKS.average ? "aboveAverage" : "belowAverage";
}

/**
 * Margin of error of a social NPS in points: the polar mentions taken as a sample, positive ones as
 * promoters and negative ones as detractors (there are no passives, neutrals being left out).
 */
export function socialNpsMarginOfError(positive: number, negative: number): number {
  return npsMarginOfError({ promoters: positive, passives: 0, detractors: negative });
}

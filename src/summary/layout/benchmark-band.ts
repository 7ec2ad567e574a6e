/**
 * The NPS benchmark band under the score in the sentiment tier: SurveyMonkey's published average
 * and top-quartile threshold as values, and where the score stands against them as a formula.
 */
import { SheetWords } from "../../i18n/sheet-words";
import { NPS_BENCHMARKS, NpsStanding } from "../../kpi/benchmarks";
import { FormulaContext } from "../formulas/formulas";
import { CalculatedFigure } from "../model/figures";
import { SCORE } from "../model/formats";
import { CellStyle } from "../model/plan";
import { formula, number, SheetBuilder } from "./sheet-builder";
import { drawTierRow, Span } from "./tier-row";

/** Rows the band takes. */
export const BAND_ROWS = 3;

/** The score the band compares: the survey's NPS when there is one, else the social NPS. */
export function bandScore(available: Set<CalculatedFigure>): "nps" | "socialNps" | undefined {
  if (available.has("nps")) return "nps";
  return available.has("socialNps") ? "socialNps" : undefined;
}

// Our own labels, quoted as formula strings.
const quoted = (label: string) => `"${label.replace(/"/g, '""')}"`;

/** Draws the band from `top` across a tier's span, comparing the given score. */
export function drawBenchmarkBand(
  builder: SheetBuilder,
  top: number,
  span: Span,
  body: CellStyle,
  score: "nps" | "socialNps",
  context: FormulaContext,
  labels: SheetWords
): void {
  const note =
    labels.benchmarkNote + (score === "socialNps" ? ` ${labels.socialBenchmarkNote}` : "");
  drawTierRow(builder, top, span, labels.benchmarkAverage, number(NPS_BENCHMARKS.average), body, {
    figure: "npsBenchmarkAverage",
    numberFormat: SCORE,
    note,
  });
  const topQuartile = number(NPS_BENCHMARKS.topQuartile);
  drawTierRow(builder, top + 1, span, labels.benchmarkTopQuartile, topQuartile, body, {
    figure: "npsBenchmarkTopQuartile",
    numberFormat: SCORE,
  });
  const value = context.cell(score);
  const says = (standing: NpsStanding) => quoted(labels.standings[standing]);
  const average = context.cell("npsBenchmarkAverage");
  const threshold = context.cell("npsBenchmarkTopQuartile");
  const standing = `=IF(${value}="","",IF(${value}>=${threshold},${says("topQuartile")},IF(${value}>=${average},${says("aboveAverage")},${says("belowAverage")})))`;
  drawTierRow(builder, top + 2, span, labels.standing[score], formula(standing), body, {
    figure: "npsStanding",
    note: labels.standingNote,
  });
}

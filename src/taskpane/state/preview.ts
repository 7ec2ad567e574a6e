/** The headline figures the pane shows before the sheet is written, so that a wrong source shows at once. */
import { formatNumber } from "../../cells/number-format";
import { Locale, wordsOf } from "../../i18n";
import { CalculatedFigure, figureFormat, SummaryFigures } from "../../summary";

/** The figures a boss asks for first, apex first; NPS stands in for the social NPS where a survey is given. */
const HEADLINE: CalculatedFigure[] = [
  "roi",
  "roiWithEmv",
  "emv",
  "nps",
  "socialNps",
  "orders",
  "repeatRate",
];

/** One headline figure as the sheet will show it. */
export interface PreviewFigure {
  figure: CalculatedFigure;
  value: number;
}

/** The headline figures the data gives; the survey's NPS replaces the social NPS, as the benchmark band does. */
export function headlineFigures(figures: SummaryFigures): PreviewFigure[] {
  return HEADLINE.filter((figure) => figures[figure] !== undefined)
    .filter((figure) => figure !== "socialNps" || figures.nps === undefined)
    .map((figure) => ({ figure, value: figures[figure] as number }));
}

/** A figure's label and value as the summary sheet writes them, in the pane's language. */
export function previewText(
  figure: PreviewFigure,
  locale: Locale
): { label: string; value: string } {
  return {
    label: wordsOf(locale).sheet.figures[figure.figure],
    value: formatNumber(figure.value, figureFormat(figure.figure)),
  };
}

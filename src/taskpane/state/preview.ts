/** The headline figures the pane shows before the sheet is written, so that a wrong source shows at once. */
import { formatNumber } from "../../cells/number-format";
import { Locale, wordsOf } from "../../i18n";
import { CalculatedFigure, figureFormat, LABEL_FIGURES, SummaryFigures } from "../../summary";

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

/** One headline figure as the sheet will show it; `automatic` when it counts the labels the add-in gave. */
export interface PreviewFigure {
  figure: CalculatedFigure;
  value: number;
  automatic?: boolean;
}

/** How many comments the add-in labelled each way. */
export interface LabelCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/**
 * The headline figures the data gives; the survey's NPS replaces the social NPS, as the benchmark
 * band does. A figure of labels the add-in gave is marked so, as on the sheet.
 */
export function headlineFigures(figures: SummaryFigures): PreviewFigure[] {
  const labelled = figures.commentLabels !== undefined;
  return HEADLINE.filter((figure) => figures[figure] !== undefined)
    .filter((figure) => figure !== "socialNps" || figures.nps === undefined)
    .map((figure) => ({
      figure,
      value: figures[figure] as number,
      ...(labelled && LABEL_FIGURES.has(figure) ? { automatic: true } : {}),
    }));
}

/** The comments labelled positive, neutral and negative, as the summary counts them. */
export function labelCounts(figures: SummaryFigures): LabelCounts {
  const { positive = 0, neutral = 0, negative = 0 } = figures;
  return { positive, neutral, negative };
}

/** A figure's label and value as the summary sheet writes them, in the pane's language. */
export function previewText(
  figure: PreviewFigure,
  locale: Locale
): { label: string; value: string } {
  const { sheet } = wordsOf(locale);
  const label = sheet.figures[figure.figure];
  return {
    label: figure.automatic ? sheet.automaticFigure(label) : label,
    value: formatNumber(figure.value, figureFormat(figure.figure)),
  };
}

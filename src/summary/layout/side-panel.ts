/** The panel beside the pyramid: retention (the repeat rate), then the funnel and its chart. */
import { blockAddress } from "../../cells/a1";
import { SheetWords } from "../../i18n/sheet-words";
import { CalculatedFigure, ComputedFigures, figureFormat, FigureKey } from "../model/figures";
import { COUNT } from "../model/formats";
import { FunnelChartPlan } from "../model/plan";
import { SIDE_LABEL, SIDE_VALUE } from "./grid";
import { formula, number, SheetBuilder, text } from "./sheet-builder";
import { COLOURS, titleStyle } from "./styles";

const FUNNEL: CalculatedFigure[] = ["impressions", "engagements", "positive", "orders"];

// The repeat rate is a value: no Excel 2016 formula counts distinct repeat customers in linear time.
/** Draws the repeat rate from `top` when there is one; returns the row the funnel starts on. */
export function drawRetention(
  builder: SheetBuilder,
  top: number,
  computed: ComputedFigures,
  available: Set<CalculatedFigure>,
  labels: SheetWords
): number {
  const repeat = computed.repeatRate;
  if (!available.has("repeatRate") || !repeat) return top;
  const colours = COLOURS.retention;
  builder.merged(top, SIDE_LABEL, SIDE_VALUE, text(labels.retention), {
    style: titleStyle(colours.title),
  });
  builder.put(top + 1, SIDE_LABEL, text(labels.figures.repeatRate), {
    style: { fill: colours.body },
  });
  builder.put(top + 1, SIDE_VALUE, number(repeat.value), {
    figure: "repeatRate",
    numberFormat: figureFormat("repeatRate"),
    style: { fill: colours.body, bold: true },
    note: labels.repeatRateNote(computed.computedAt, repeat.customers, repeat.repeaters),
  });
  return top + 3;
}

/** Draws the funnel's stages from `top` and plans its chart, when at least two stages are measured. */
export function drawFunnel(
  builder: SheetBuilder,
  top: number,
  available: Set<CalculatedFigure>,
  addresses: Map<FigureKey, string>,
  labels: SheetWords
): FunnelChartPlan | undefined {
  const stages = FUNNEL.filter((figure) => available.has(figure));
  if (stages.length < 2) return undefined;
  builder.merged(top, SIDE_LABEL, SIDE_VALUE, text(labels.funnel), {
    style: titleStyle("#404040"),
  });
  stages.forEach((figure, index) => {
    builder.put(top + 1 + index, SIDE_LABEL, text(labels.figures[figure]));
    builder.put(top + 1 + index, SIDE_VALUE, formula(`=${addresses.get(figure)}`), {
      numberFormat: COUNT,
    });
  });
  const first = top + 1;
  const last = top + stages.length;
  const column = (at: number) =>
    blockAddress({ fromRow: first, fromColumn: at, toRow: last, toColumn: at });
  return {
    preferred: "funnel",
    fallback: "bar",
    title: labels.chartTitle,
    categoriesAddress: column(SIDE_LABEL),
    valuesAddress: column(SIDE_VALUE),
    anchor: { row: last + 2, column: SIDE_LABEL },
    size: { rows: 15, columns: 6 },
  };
}

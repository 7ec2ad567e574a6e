/**
 * The campaign summary sheet as a plan, shaped like the word-of-mouth pyramid of docs/kpi.md: ROI at the
 * narrow apex, then action, sentiment and, widest at the bottom, volume; retention, the funnel and
 * its chart beside it; the assumptions and the EMV rate card above; the creators' leaderboard and
 * the action layer per week below. Deterministic and pure.
 */
import { a1 } from "../../cells/a1";
import { Locale } from "../../i18n/locale";
import { SheetWords } from "../../i18n/sheet-words";
import { sheetWordsOf } from "../../i18n/sheets";
import { figureFormula, FormulaContext } from "../formulas/formulas";
import { referenceFinder } from "../formulas/refs";
import { availableFigures, sourceOf } from "../model/availability";
import {
  CalculatedFigure,
  ComputedFigures,
  figureFormat,
  FigureKey,
  FormulaFigure,
  LABEL_FIGURES,
  Tier,
  TIER_FIGURES,
  TIERS,
} from "../model/figures";
import { CellContent, CellStyle, ChartPlan, SheetPlan } from "../model/plan";
import { Assumptions, MappedSource } from "../model/source";
import { BAND_ROWS, bandScore, drawBenchmarkBand } from "./benchmark-band";
import { COLUMN_WIDTHS, LABEL_COLUMN, VALUE_COLUMN } from "./grid";
import { writeAssumptions, writeHeader } from "./header";
import { drawCodeAudit } from "./code-audit";
import { drawCohorts } from "./cohorts";
import { drawLeaderboard } from "./leaderboard";
import { drawRateCard } from "./rate-card-sheet";
import { formula, number, SheetBuilder, text } from "./sheet-builder";
import { drawFunnel, drawRetention } from "./side-panel";
import { COLOURS, titleStyle } from "./styles";
import { drawTierRow, Span } from "./tier-row";
import { MAX_SHEET_NAME_LENGTH } from "./sheet-name";
import { drawWeeks } from "./weekly";

/** What the summary is made from. */
export interface SummaryInput {
  sources: MappedSource[];
  assumptions: Assumptions;
  computed: ComputedFigures;
  locale: Locale;
  createdAt: string;
}

// Every tier is centred on the value column's left edge and two columns wider than the one above.
const SPANS: Record<Tier, Span> = {
  apex: [4, 7],
  action: [3, 8],
  sentiment: [2, 9],
  volume: [1, 10],
};

/** The summary sheet's plan: every cell, formula, format, merge, rule and chart. */
export function planSummary(input: SummaryInput): SheetPlan {
  const labels = sheetWordsOf(input.locale);
  const builder = new SheetBuilder();
  const addresses = new Map<FigureKey, string>();
  const available = availableFigures(input.sources);
  const context = formulaContext(input.sources, addresses);
  const { computed } = input;
  const row = drawInputs(builder, input, available, context, addresses, labels);
  const layout = layoutPyramid(row + 1, available);
  for (const [figure, figureRow] of layout.rows) addresses.set(figure, a1(figureRow, VALUE_COLUMN));
  for (const tier of layout.tiers) drawTier(builder, tier, context, computed, labels);
  const sideRow = drawRetention(builder, layout.top, computed, available, labels);
  const funnel = drawFunnel(builder, sideRow, available, addresses, labels);
  const board = drawLeaderboard(
    builder,
    layout.bottom + 2,
    LABEL_COLUMN,
    computed.creators ?? [],
    context,
    labels
  );
  const audited = drawCodeAudit(builder, (board?.lastRow ?? layout.bottom) + 2, computed, labels);
  const weeks = drawWeeks(
    builder,
    (audited ?? board?.lastRow ?? layout.bottom) + 2,
    computed,
    context,
    labels
  );
  // Below the weeks and their chart, which reaches further down than a short table.
  const chartEnd = weeks ? weeks.chart.anchor.row + weeks.chart.size.rows : 0;
  const above = Math.max(weeks?.lastRow ?? audited ?? board?.lastRow ?? layout.bottom, chartEnd);
  drawCohorts(builder, above + 2, computed, labels);
  const charts: ChartPlan[] = [funnel, weeks?.chart].filter((chart) => chart !== undefined);
  return {
    baseName: summarySheetName(input.assumptions.campaignName, labels),
    refreshStopped: labels.refreshStopped,
    cells: builder.cells,
    merges: builder.merges,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: builder.rowHeights,
    conditionalFormats: board?.rule ? [board.rule] : [],
    charts,
    sourceSheets: [...new Set(input.sources.map((source) => source.table.sheet))],
  };
}

// The header, then the inputs the formulas read: the assumptions and, when the posts are valued, the rate card.
function drawInputs(
  builder: SheetBuilder,
  input: SummaryInput,
  available: Set<CalculatedFigure>,
  context: FormulaContext,
  addresses: Map<FigureKey, string>,
  labels: SheetWords
): number {
  const { assumptions } = input;
  let row = writeHeader(builder, input.sources, assumptions.campaignName, input.createdAt, labels);
  row = writeAssumptions(builder, row + 1, assumptions, labels, addresses);
  if (!available.has("emv")) return row;
  const card = drawRateCard(builder, row + 1, assumptions, input.computed, context, labels);
  context.card = card.refs;
  addresses.set("cpm", card.otherCpm);
  return card.nextRow;
}

function formulaContext(
  sources: MappedSource[],
  addresses: Map<FigureKey, string>
): FormulaContext {
  return {
    sources,
    column: referenceFinder(sources),
    cell: (figure) => {
      const address = addresses.get(figure);
      if (address === undefined) throw new Error(`The summary has no ${figure} cell`);
      return address;
    },
  };
}

interface TierLayout {
  tier: Tier;
  titleRow: number;
  figures: [FormulaFigure, number][];
  /** The benchmark band's first row and the score it compares, under the sentiment figures. */
  band?: { row: number; score: "nps" | "socialNps" };
}

interface PyramidLayout {
  top: number;
  bottom: number;
  tiers: TierLayout[];
  rows: Map<FigureKey, number>;
}

function layoutPyramid(top: number, available: Set<CalculatedFigure>): PyramidLayout {
  let row = top;
  const rows = new Map<FigureKey, number>();
  const tiers = TIERS.map((tier): TierLayout => {
    const titleRow = row++;
    const figures = TIER_FIGURES[tier]
      .filter((figure) => available.has(figure))
      .map((figure): [FormulaFigure, number] => [figure, row++]);
    // A tier without figures keeps one line that says what would measure it.
    if (figures.length === 0) row++;
    figures.forEach(([figure, at]) => rows.set(figure, at));
    const score = tier === "sentiment" ? bandScore(available) : undefined;
    if (!score) return { tier, titleRow, figures };
    const band = { row, score };
    rows.set("npsBenchmarkAverage", row).set("npsBenchmarkTopQuartile", row + 1);
    row += BAND_ROWS;
    return { tier, titleRow, figures, band };
  });
  return { top, bottom: row - 1, tiers, rows };
}

function drawTier(
  builder: SheetBuilder,
  layout: TierLayout,
  context: FormulaContext,
  computed: ComputedFigures,
  labels: SheetWords
): void {
  const span = SPANS[layout.tier];
  const colours = COLOURS[layout.tier];
  builder.merged(layout.titleRow, span[0], span[1], text(labels.tiers[layout.tier]), {
    style: titleStyle(colours.title),
  });
  const body: CellStyle = { fill: colours.body };
  if (layout.figures.length === 0) {
    const style = { ...body, italic: true, horizontalAlignment: "Center" as const };
    const says = text(labels.notMeasured[layout.tier]);
    builder.merged(layout.titleRow + 1, span[0], span[1], says, { style });
    return;
  }
  const labelled = sourceOf(context.sources, "mentions")?.table.commentLabels;
  for (const [figure, row] of layout.figures) {
    const cell = figureCell(figure, context, computed, labels);
    let label = labels.figures[figure];
    let note = cell.note;
    // Figures of labels the add-in gave say so on their face, and how to override them in their note.
    if (labelled && LABEL_FIGURES.has(figure)) {
      label = labels.automaticFigure(label);
      const automatic = labels.automaticNote(labelled.ownWords);
      note = note ? `${note} ${automatic}` : automatic;
    }
    const { value } = cell;
    drawTierRow(builder, row, span, label, value, body, {
      figure,
      numberFormat: figureFormat(figure),
      ...(note ? { note } : {}),
    });
  }
  const { band } = layout;
  if (band) drawBenchmarkBand(builder, band.row, span, body, band.score, context, labels);
}

// A figure's formula and note; NPS over answers written as text is the calculator's value instead.
function figureCell(
  figure: FormulaFigure,
  context: FormulaContext,
  computed: ComputedFigures,
  labels: SheetWords
): { value: CellContent; note?: string } {
  const survey = computed.surveyNps;
  if (survey && (figure === "nps" || figure === "npsMoe")) {
    const note = labels.surveyNpsNote(computed.computedAt, survey.answers);
    const methodNote = labels.figureNotes[figure];
    return { value: number(survey[figure]), note: methodNote ? `${methodNote} ${note}` : note };
  }
  return { value: formula(figureFormula(figure, context)), note: labels.figureNotes[figure] };
}

// Named after the campaign, shortened so that the words after it fit in Excel's 31 characters.
function summarySheetName(campaign: string, labels: SheetWords): string {
  const name = campaign.trim();
  if (name === "") return labels.sheetName;
  const room = MAX_SHEET_NAME_LENGTH - labels.campaignSheet("").length;
  return labels.campaignSheet(name.slice(0, room).trimEnd());
}

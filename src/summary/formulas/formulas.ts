/**
 * The native Excel formula of each summary figure, over the source columns and the assumption
 * cells. Only Excel 2016 functions; ratios show blank rather than #DIV/0!; arrays appear only
 * inside SUMPRODUCT, which evaluates them in every Excel without Ctrl+Shift+Enter.
 */
import { labelsOf } from "../../cells/sentiment-labels";
import { DEFAULT_CONFIDENCE } from "../../kpi/nps-margin";
import { Sentiment } from "../../kpi/sentiment";
import {
  EngagementMeasure,
  engagementMeasures,
  hasColumn,
  orderKeyMeasure,
} from "../model/availability";
import { FigureKey, FormulaFigure } from "../model/figures";
import { Measure, SourceKind } from "../model/measures";
import { MappedSource } from "../model/source";
import { RateCardRefs } from "./emv-formulas";

/** Where a formula finds its inputs. */
export interface FormulaContext {
  sources: MappedSource[];
  /** The reference of a source column. */
  column: (kind: SourceKind, measure: Measure) => string;
  /** The address of a figure's cell on the summary sheet (assumptions included). */
  cell: (figure: FigureKey) => string;
  /** The EMV rate card, on sheets that value the posts. */
  card?: RateCardRefs;
}

/** The rate card of a context that values the posts; its absence is a caller's mistake. */
export function cardOf(context: FormulaContext): RateCardRefs {
  if (!context.card) throw new Error("The summary has no EMV rate card");
  return context.card;
}

/** Counts a column's non-blank cells; COUNTBLANK, like the KPI code, takes "" for blank. */
function nonBlankCount(range: string): string {
  return `ROWS(${range})-COUNTBLANK(${range})`;
}

/** numerator / denominator, blank when the denominator is zero. */
export function ratio(numerator: string, denominator: string): string {
  return `IF(${denominator}=0,"",${numerator}/${denominator})`;
}

/** Engagements as the volume layer counts them: a total per engagement measure the posts have, added. */
export function engagementsFormula(
  sources: MappedSource[],
  total: (measure: EngagementMeasure) => string
): string {
  return engagementMeasures(sources).map(total).join("+");
}

/** (gain − cost) / cost, blank when there is no cost. */
export function roiFormula(gain: string, cost: string): string {
  return `IF(${cost}=0,"",(${gain}-${cost})/${cost})`;
}

type Builder = (context: FormulaContext) => string;

const sum =
  (kind: SourceKind, measure: Measure): Builder =>
  ({ column }) =>
    `SUM(${column(kind, measure)})`;

const count =
  (measure: Measure): Builder =>
  ({ column }) =>
    nonBlankCount(column("orders", measure));

// Each figure's formula, without its "=".
const FORMULAS: Record<FormulaFigure, Builder> = {
  impressions: sum("posts", "impressions"),
  engagements: (context) =>
    engagementsFormula(context.sources, (measure) => sum("posts", measure)(context)),
  engagementRate: ({ cell }) => ratio(cell("engagements"), cell("impressions")),
  emv: (context) => `SUM(${cardOf(context).emvCells})`,
  costPerEngagement: ({ cell }) => ratio(cell("cost"), cell("engagements")),
  costPerView: ({ cell }) => ratio(cell("cost"), cell("impressions")),
  positive: (context) => sentimentCount("positive", context),
  neutral: (context) => sentimentCount("neutral", context),
  negative: (context) => sentimentCount("negative", context),
  socialNps: ({ cell }) => socialNpsFormula(cell("positive"), cell("negative")),
  socialNpsMoe: ({ cell }) => socialNpsMoeFormula(cell("positive"), cell("negative")),
  nps: ({ column }) => surveyFormula("nps", column("mentions", "score")),
  npsMoe: ({ column }) => surveyFormula("npsMoe", column("mentions", "score")),
  orders: (context) => count(orderKeyMeasure(context.sources) ?? "customer")(context),
  ordersByCode: count("code"),
  ordersByUtm: count("utm"),
  attributedOrders: (context) => attributedFormula(context),
  revenue: sum("orders", "revenue"),
  cost: (context) => `${sum("posts", "cost")(context)}+${context.cell("staffCost")}`,
  staffCost: ({ cell }) => `${cell("staffHours")}*${cell("hourlyRate")}`,
  costPerOrder: ({ cell }) => ratio(cell("cost"), cell("orders")),
  roi: ({ cell }) => roiFormula(cell("revenue"), cell("cost")),
  roiWithEmv: ({ cell }) =>
    `IF(${cell("emvAsReturn")},${roiFormula(`${cell("revenue")}+${cell("emv")}`, cell("cost"))},"")`,
};

/** The formula of a figure, starting with "=". */
export function figureFormula(figure: FormulaFigure, context: FormulaContext): string {
  return `=${FORMULAS[figure](context)}`;
}

// Labels as sentimentOf reads them (COUNTIF ignores case too), plus any column of counts.
function sentimentCount(sentiment: Sentiment, context: FormulaContext): string {
  const parts: string[] = [];
  if (hasColumn(context.sources, "mentions", "sentiment")) {
    const labels = context.column("mentions", "sentiment");
    for (const label of labelsOf(sentiment)) parts.push(`COUNTIF(${labels},"${label}")`);
  }
  if (hasColumn(context.sources, "mentions", sentiment))
    parts.push(`SUM(${context.column("mentions", sentiment)})`);
  return parts.join("+");
}

function socialNpsFormula(positive: string, negative: string): string {
  return `IF(${positive}+${negative}=0,"",(${positive}-${negative})/(${positive}+${negative})*100)`;
}

// NORM.S.INV(1 − (1 − c) / 2) is the two-sided z that the KPI code uses: 0.975 at 95 %.
const Z_PROBABILITY = Number((1 - (1 - DEFAULT_CONFIDENCE) / 2).toPrecision(12));

// The NPS margin with no passives: p + d = 1, so the variance per mention is 1 − (p − d)².
function socialNpsMoeFormula(positive: string, negative: string): string {
  const polar = `(${positive}+${negative})`;
  const net = `(${positive}-${negative})/${polar}`;
  return `IF(${polar}=0,"",NORM.S.INV(${Z_PROBABILITY})*SQRT(MAX(0,1-(${net})^2)/${polar})*100)`;
}

function surveyFormula(figure: "nps" | "npsMoe", scores: string): string {
  const promoters = `COUNTIFS(${scores},">=9",${scores},"<=10")`;
  const detractors = `COUNTIFS(${scores},">=0",${scores},"<=6")`;
  const answers = `COUNT(${scores})`;
  if (figure === "nps") return `IF(${answers}=0,"",(${promoters}-${detractors})/${answers}*100)`;
  const variance = `MAX(0,(${promoters}+${detractors})/${answers}-((${promoters}-${detractors})/${answers})^2)`;
  return `IF(${answers}=0,"",NORM.S.INV(${Z_PROBABILITY})*SQRT(${variance}/${answers})*100)`;
}

/**
 * Orders with 0 <= order date − exposure date <= window, counted only where both dates are numbers;
 * `from` and `before` (cells holding dates) keep only orders placed in [from, before).
 */
export function attributedFormula(
  context: FormulaContext,
  period?: { from: string; before: string }
): string {
  const order = context.column("orders", "orderDate");
  const exposure = context.column("orders", "exposureDate");
  const elapsed = `${order}-${exposure}`;
  const inPeriod = period ? `*(${order}>=${period.from})*(${order}<${period.before})` : "";
  return `SUMPRODUCT(ISNUMBER(${order})*ISNUMBER(${exposure})*(${elapsed}>=0)*(${elapsed}<=${context.cell("windowDays")})${inPeriod})`;
}

/**
 * The summary's figures computed from the full data in one streaming pass, with the KPI code: what
 * the sheet's formulas must show, and the values that cannot be formulas (the repeat rate, the
 * leaderboard's order, the rate card's channels, the weeks of the orders).
 *
 * Feed every row of each source with addRows (in chunks, in any order), then call result(). A bad
 * cell (text in a number column, a date stored as text…) makes result() fail with one problem per
 * column naming its first bad cell on its sheet ("Posts!C7"), so no figure is silently wrong.
 */
import { failure, Result, success } from "../../cells/result";
import { npsStanding, socialNpsMarginOfError } from "../../kpi/benchmarks";
import { answerCount, npsScore } from "../../kpi/nps";
import { npsMarginOfError } from "../../kpi/nps-margin";
import { repeatRate } from "../../kpi/repeat";
import { roi, staffCost } from "../../kpi/returns";
import { socialNps } from "../../kpi/sentiment";
import { costPerEngagement, costPerView, engagementRate } from "../../kpi/volume";
import {
  auditsCodeOrders,
  availableFigures,
  engagementMeasures,
  hasColumn,
  leaderboardKeying,
  sourceOf,
} from "../model/availability";
import { CalculatedFigure, ChannelEmv, ComputedFigures, SummaryFigures } from "../model/figures";
import { SourceKind } from "../model/measures";
import { SourceProblem, sourceWarning } from "../model/problems";
import { rateCardOf } from "../model/rate-card";
import { Assumptions, MappedSource } from "../model/source";
import { auditCodes } from "./code-audit";
import { PostsTally } from "./posts-tally";
import { rankCreators } from "./ranking";
import { MentionsTally, OrdersTally, RowReader } from "./tallies";

/** A calculator fed the sources' rows chunk by chunk. */
export interface FigureCalculator {
  addRows(kind: SourceKind, rows: readonly (readonly unknown[])[]): void;
  /** The figures with warnings about what was left out, or the problems that prevent them. */
  result(): Result<SummaryFigures, SourceProblem>;
}

/** A calculator for these sources and assumptions. */
export function createFigureCalculator(
  sources: MappedSource[],
  assumptions: Assumptions
): FigureCalculator {
  const problems: SourceProblem[] = [];
  const report = (problem: SourceProblem) => problems.push(problem);
  const readers = new Map<SourceKind, RowReader>(
    sources.map((source) => [source.table.kind, new RowReader(source, report)])
  );
  const keying = leaderboardKeying(sources);
  const posts = new PostsTally(keying, rateCardOf(assumptions), engagementMeasures(sources));
  const mentions = new MentionsTally();
  const ordersSource = sourceOf(sources, "orders");
  const orders = ordersSource
    ? new OrdersTally(ordersSource, assumptions.windowDays, auditsCodeOrders(sources))
    : undefined;
  return {
    addRows(kind, rows) {
      const reader = readers.get(kind);
      if (!reader) throw new Error(`No ${kind} source was given to the figure calculator`);
      if (kind === "mentions") return mentions.addChunk(reader, rows);
      const tally = kind === "posts" ? posts : orders;
      for (const row of rows) tally?.add(reader.read(row));
    },
    result() {
      if (problems.length > 0) return failure(...problems);
      const figures = totals(sources, assumptions, posts, mentions, orders);
      const ranked = rankCreators(sources, keying, posts, orders);
      figures.creators = ranked.creators;
      const campaign = { revenue: figures.revenue, cost: figures.cost, roi: figures.roi };
      const thresholds = assumptions.codeThresholds;
      const audit = auditCodes(posts, orders, figures.creators, campaign, thresholds);
      if (audit) figures.codeAudit = audit;
      return success(figures, [...labelWarnings(mentions), ...ranked.warnings]);
    },
  };
}

type Setter = (figure: CalculatedFigure, value: number) => void;

function totals(
  sources: MappedSource[],
  assumptions: Assumptions,
  posts: PostsTally,
  mentions: MentionsTally,
  orders: OrdersTally | undefined
): SummaryFigures {
  const available = availableFigures(sources);
  const figures: SummaryFigures = { creators: [] };
  const set: Setter = (figure, value) => {
    if (available.has(figure) && Number.isFinite(value)) figures[figure] = value;
  };
  const channelEmv = posts.channelEmv();
  // Fees and the team's time: the cost every ratio and ROI divide by.
  const cost = posts.totals.cost + staffCostOf(assumptions);
  volumeFigures(sources, posts.totals, cost, channelEmv, set);
  if (figures.emv !== undefined) figures.channelEmv = channelEmv;
  sentimentFigures(mentions, set);
  const labelled = sourceOf(sources, "mentions")?.table.commentLabels;
  if (labelled) figures.commentLabels = labelled;
  const answers = answerCount(mentions.answers);
  if (answers > 0) figures.surveyAnswers = { answers, asText: mentions.textAnswers };
  set("staffCost", staffCostOf(assumptions));
  actionFigures(cost, figures.emv ?? 0, assumptions, orders, set);
  const score = figures.nps ?? figures.socialNps;
  if (score !== undefined) figures.npsStanding = npsStanding(score);
  if (orders && sourceOf(sources, "orders")?.mapping.orderDate !== undefined) {
    const has = (measure: "revenue" | "exposureDate") => hasColumn(sources, "orders", measure);
    figures.weeks = orders.weeks.figures({
      revenue: has("revenue"),
      attributedOrders: has("exposureDate"),
    });
  }
  if (orders && orders.customers.customers > 0) {
    const counts = { customers: orders.customers.customers, repeaters: orders.customers.repeaters };
    set("repeatRate", repeatRate(counts));
    if (figures.repeatRate !== undefined) figures.repeatCounts = counts;
    const cohorts = orders.cohorts.table();
    if (cohorts.cohorts.length > 0) figures.cohorts = cohorts;
  }
  return figures;
}

function volumeFigures(
  sources: MappedSource[],
  totals: PostsTally["totals"],
  cost: number,
  channelEmv: ChannelEmv[],
  set: Setter
): void {
  const engagements = engagementMeasures(sources).reduce(
    (sum, measure) => sum + totals[measure],
    0
  );
  set("impressions", totals.impressions);
  set("engagements", engagements);
  if (engagements > 0) set("costPerEngagement", costPerEngagement(cost, engagements));
  if (totals.impressions > 0) set("costPerView", costPerView(cost, totals.impressions));
  if (totals.impressions > 0)
    set("engagementRate", engagementRate(engagements, totals.impressions));
  // The sheet adds up the rate card's EMV column in the same order.
  set(
    "emv",
    channelEmv.reduce((sum, row) => sum + row.emv, 0)
  );
}

function staffCostOf({ staff }: Assumptions): number {
  return staff ? staffCost(staff.hours, staff.hourlyRate) : 0;
}

function actionFigures(
  cost: number,
  earned: number,
  assumptions: Assumptions,
  orders: OrdersTally | undefined,
  set: Setter
): void {
  const revenue = orders?.revenue ?? 0;
  const orderCount = orders?.orders ?? 0;
  set("orders", orderCount);
  set("ordersByCode", orders?.byCode ?? 0);
  set("ordersByUtm", orders?.byUtm ?? 0);
  set("attributedOrders", orders?.attributed ?? 0);
  set("revenue", revenue);
  set("cost", cost);
  if (orderCount > 0) set("costPerOrder", cost / orderCount);
  if (cost > 0) set("roi", roi(revenue, cost));
  if (cost > 0 && assumptions.emvAsReturn) set("roiWithEmv", roi(revenue + earned, cost));
}

function sentimentFigures(mentions: MentionsTally, set: Setter): void {
  const positive = mentions.labels.positive + mentions.counts.positive;
  const negative = mentions.labels.negative + mentions.counts.negative;
  set("positive", positive);
  set("neutral", mentions.labels.neutral + mentions.counts.neutral);
  set("negative", negative);
  if (positive + negative > 0) {
    set("socialNps", socialNps(positive, negative));
    set("socialNpsMoe", socialNpsMarginOfError(positive, negative));
  }
  if (answerCount(mentions.answers) > 0) {
    set("nps", npsScore(mentions.answers));
    set("npsMoe", npsMarginOfError(mentions.answers));
  }
}

function labelWarnings(mentions: MentionsTally): SourceProblem[] {
  if (!mentions.firstUnknown) return [];
  const params = { count: mentions.unknownLabels, ...mentions.firstUnknown };
  return [sourceWarning("mentions", "unknownLabels", params)];
}

/**
 * What the summary plan needs from the figures: the values it writes (the repeat rate, NPS over text
 * answers), the leaderboard's order, the rate card's channels and the weeks.
 */
export function computedFiguresOf(figures: SummaryFigures, computedAt: string): ComputedFigures {
  const computed: ComputedFigures = {
    computedAt,
    creators: figures.creators.map(({ name, code, doubtful, doubtfulRevenue }) => ({
      name,
      ...(code === undefined ? {} : { code }),
      ...(doubtful === undefined ? {} : { doubtful, doubtfulRevenue }),
    })),
  };
  if (figures.repeatRate !== undefined && figures.repeatCounts)
    computed.repeatRate = { value: figures.repeatRate, ...figures.repeatCounts };
  const channels = (figures.channelEmv ?? []).flatMap(({ channel }) => channel ?? []);
  if (channels.length > 0) computed.channels = channels;
  if (figures.weeks && figures.weeks.length > 0)
    computed.weeks = { firstWeekStart: figures.weeks[0].start, count: figures.weeks.length };
  if (figures.cohorts) computed.cohorts = figures.cohorts;
  if (figures.codeAudit) computed.codeAudit = figures.codeAudit;
  const survey = figures.surveyAnswers;
  if (survey && survey.asText > 0 && figures.nps !== undefined && figures.npsMoe !== undefined)
    computed.surveyNps = { nps: figures.nps, npsMoe: figures.npsMoe, answers: survey.answers };
  return computed;
}

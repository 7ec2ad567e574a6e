/**
 * The catalogue of figures: every number (and word) the summary shows, where it sits and how it is
 * written. The tiers' figures in order, their number formats and which figures are formulas all
 * follow from this one table. Below it, the figures as the calculator gives them and as the plan
 * takes them.
 */
import type { NpsStanding } from "../../kpi/benchmarks";
import type { RepeatCounts } from "../../kpi/repeat";
import type { CohortTable } from "../../kpi/order-log/cohorts";
import type { CodeSummary, CodeThresholds } from "../../kpi/order-log/code-flags";
import type { CommentLabels } from "./source";
import { COUNT, DAYS, HOURS, MONEY, POINTS, RATE, RATE_CARD, SCORE, SMALL_RATE } from "./formats";

/** The pyramid's layers, apex first. */
export type Tier = "apex" | "action" | "sentiment" | "volume";

/** The tiers from the apex down, as the pyramid is drawn. */
export const TIERS: readonly Tier[] = ["apex", "action", "sentiment", "volume"];

interface FigureFacts {
  /**
   * A tier of the pyramid, or retention beside it: figures measured from the data. The benchmark
   * band's figures are published values and where the score stands; inputs are the assumptions.
   */
  place: Tier | "retention" | "benchmark" | "input";
  format?: string;
  /** A native formula that follows the data, or a value computed when the summary is made. */
  written: "formula" | "value";
}

// Each tier's figures in the order the sheet and the terminal show them.
const FIGURES = {
  roi: { place: "apex", format: RATE, written: "formula" },
  roiWithEmv: { place: "apex", format: RATE, written: "formula" },
  orders: { place: "action", format: COUNT, written: "formula" },
  ordersByCode: { place: "action", format: COUNT, written: "formula" },
  ordersByUtm: { place: "action", format: COUNT, written: "formula" },
  attributedOrders: { place: "action", format: COUNT, written: "formula" },
  revenue: { place: "action", format: MONEY, written: "formula" },
  cost: { place: "action", format: MONEY, written: "formula" },
  staffCost: { place: "action", format: MONEY, written: "formula" },
  costPerOrder: { place: "action", format: MONEY, written: "formula" },
  positive: { place: "sentiment", format: COUNT, written: "formula" },
  neutral: { place: "sentiment", format: COUNT, written: "formula" },
  negative: { place: "sentiment", format: COUNT, written: "formula" },
  socialNps: { place: "sentiment", format: SCORE, written: "formula" },
  socialNpsMoe: { place: "sentiment", format: POINTS, written: "formula" },
  nps: { place: "sentiment", format: SCORE, written: "formula" },
  npsMoe: { place: "sentiment", format: POINTS, written: "formula" },
  impressions: { place: "volume", format: COUNT, written: "formula" },
  engagements: { place: "volume", format: COUNT, written: "formula" },
  engagementRate: { place: "volume", format: SMALL_RATE, written: "formula" },
  emv: { place: "volume", format: MONEY, written: "formula" },
  // Fractions of a cent per view stay visible.
  costPerEngagement: { place: "volume", format: RATE_CARD, written: "formula" },
  costPerView: { place: "volume", format: RATE_CARD, written: "formula" },
  // No Excel 2016 formula counts distinct repeat customers in linear time.
  repeatRate: { place: "retention", format: RATE, written: "value" },
  npsBenchmarkAverage: { place: "benchmark", format: SCORE, written: "value" },
  npsBenchmarkTopQuartile: { place: "benchmark", format: SCORE, written: "value" },
  npsStanding: { place: "benchmark", written: "formula" },
  cpm: { place: "input", format: RATE_CARD, written: "value" },
  windowDays: { place: "input", format: DAYS, written: "value" },
  emvAsReturn: { place: "input", written: "value" },
  staffHours: { place: "input", format: HOURS, written: "value" },
  hourlyRate: { place: "input", format: MONEY, written: "value" },
} as const satisfies Record<string, FigureFacts>;

type Catalogue = typeof FIGURES;

/** The figures of the summary, as named in the CLI's --json output. */
export type FigureKey = keyof Catalogue;

/** The numbers measured from the data; the other figure keys are assumptions and benchmarks. */
export type CalculatedFigure = {
  [K in FigureKey]: Catalogue[K]["place"] extends Tier | "retention" ? K : never;
}[FigureKey];

/** The measured figures written as formulas: every one but the repeat rate. */
export type FormulaFigure = {
  [K in CalculatedFigure]: Catalogue[K]["written"] extends "formula" ? K : never;
}[CalculatedFigure];

const KEYS = Object.keys(FIGURES) as FigureKey[];

/** The figures of each tier, in the order the sheet and the terminal show them. */
export const TIER_FIGURES = Object.fromEntries(
  TIERS.map((tier) => [tier, KEYS.filter((key) => FIGURES[key].place === tier)])
) as Record<Tier, FormulaFigure[]>;

/** A figure's number format; undefined for a figure shown as words or a TRUE/FALSE. */
export function figureFormat(figure: FigureKey): string | undefined {
  const facts: FigureFacts = FIGURES[figure];
  return facts.format;
}
/** A leaderboard row: the creator's name (or the code itself) and the discount code its orders carry. */
export interface LeaderboardEntry {
  name: string;
  code?: string;
  /** The doubtful orders on the row's code and their revenue, when the orders on codes were audited. */
  doubtful?: number;
  doubtfulRevenue?: number;
}

/** A code's doubtful orders, under the leaderboard's name of its creator (none for a code of no creator). */
export interface AuditedCode extends CodeSummary {
  /** The code as the orders first wrote it. */
  written: string;
  creatorName?: string;
}

/** The doubtful orders on discount codes (docs/kpi.md) and what they change. */
export interface CodeAudit {
  thresholds: CodeThresholds;
  /** Codes with a doubtful order, most doubtful orders first. */
  codes: AuditedCode[];
  /** Orders on a code, the doubtful ones, and their revenue. */
  orders: number;
  flagged: number;
  flaggedRevenue: number;
  /** The campaign's ROI, and its ROI without the doubtful orders' revenue, when it has an ROI. */
  roi?: number;
  roiWithout?: number;
}

/** Figures that cannot be written as a native formula that scales with the rows, computed from the full data. */
export interface ComputedFigures {
  /** Repeat rate over the orders' customer IDs, when an order log with customers is given. */
  repeatRate?: { value: number; customers: number; repeaters: number };
  /** Leaderboard rows in the order the figure calculator ranked them (ROI, highest first). */
  creators?: LeaderboardEntry[];
  /** The posts' channels as first written, in order of appearance: the rate card's rows. */
  channels?: string[];
  /** The order weeks (ISO, from Monday) the action layer per week shows, as date serials. */
  weeks?: { firstWeekStart: number; count: number };
  /**
   * NPS and its margin of error when the score column holds answers as text ("10 - Extremely
   * likely"), which no COUNTIFS counts: the sheet shows these values instead of formulas.
   */
  surveyNps?: { nps: number; npsMoe: number; answers: number };
  /** The cohort triangle of the orders' customers by the month of their first order. */
  cohorts?: CohortTable;
  /** The doubtful orders on discount codes, when the posts give the codes' creators. */
  codeAudit?: CodeAudit;
  /** When the computed figures were computed (ISO 8601). */
  computedAt: string;
}

/** One leaderboard row's figures; absent where the data cannot give them. */
export interface CreatorFigures extends LeaderboardEntry {
  posts?: number;
  impressions?: number;
  emv?: number;
  cost?: number;
  /** The creator's cost / engagements, blank (absent) without engagements. */
  costPerEngagement?: number;
  /** The creator's cost / impressions, blank (absent) without impressions. */
  costPerView?: number;
  orders?: number;
  revenue?: number;
  roi?: number;
  /** The creator's ROI without the doubtful orders on their code. */
  roiWithout?: number;
}

/** A leaderboard row's figures in the order the sheet, the terminal and the JSON give them. */
export const CREATOR_FIGURES = [
  "posts",
  "impressions",
  "emv",
  "cost",
  "costPerEngagement",
  "costPerView",
  "orders",
  "revenue",
  "roi",
  "doubtful",
  "doubtfulRevenue",
  "roiWithout",
] as const satisfies readonly (keyof CreatorFigures)[];

/** The EMV of one rate-card row: a channel, or (without one) every post of no listed channel. */
export interface ChannelEmv {
  channel?: string;
  emv: number;
}

/** One week's orders, revenue and orders within the attribution window. */
export interface WeekFigures {
  /** The date serial of the week's Monday. */
  start: number;
  orders: number;
  revenue?: number;
  attributedOrders?: number;
}

/** The figures, in docs/kpi.md's units (rates as fractions, NPS −100..100); absent when the data cannot give one. */
export type SummaryFigures = Partial<Record<CalculatedFigure, number>> & {
  /** Leaderboard rows, ROI highest first. */
  creators: CreatorFigures[];
  /** The customers behind the repeat rate. */
  repeatCounts?: RepeatCounts;
  /** Where the survey NPS (or, without a survey, the social NPS) stands against the benchmarks. */
  npsStanding?: NpsStanding;
  /** EMV per rate-card row: the posts' channels in order of appearance, then every other post. */
  channelEmv?: ChannelEmv[];
  /** The action layer per week, from the first order's ISO week to the last's. */
  weeks?: WeekFigures[];
  /** The survey's answers, and how many of them were written as text ("10 - Extremely likely"). */
  surveyAnswers?: { answers: number; asText: number };
  /** Customers by the month of their first order and the share who ordered in each month after it. */
  cohorts?: CohortTable;
  /** The doubtful orders on discount codes, when the posts give the codes' creators. */
  codeAudit?: CodeAudit;
  /** Set when the add-in labelled the mentions from their comment text: the label figures are its. */
  commentLabels?: CommentLabels;
};

/** The figures counted from the mentions' labels, which say so when the labels are automatic. */
export const LABEL_FIGURES: ReadonlySet<CalculatedFigure> = new Set<CalculatedFigure>([
  "positive",
  "neutral",
  "negative",
  "socialNps",
  "socialNpsMoe",
]);

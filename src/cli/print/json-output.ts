/** The figures as JSON for other tools: fixed keys, plain numbers in docs/kpi.md's units, null where the data gives none. */
import { isoDateOf, isoWeekLabel } from "../../cells/dates";
import { CalculatedFigure, CREATOR_FIGURES, CreatorFigures, SummaryFigures } from "../../summary";

/** The documented keys first, then the other figures of the sheet. */
const JSON_FIGURES: CalculatedFigure[] = [
  "impressions",
  "engagements",
  "emv",
  "positive",
  "neutral",
  "negative",
  "socialNps",
  "orders",
  "revenue",
  "cost",
  "roi",
  "roiWithEmv",
  "repeatRate",
  "engagementRate",
  "socialNpsMoe",
  "nps",
  "npsMoe",
  "ordersByCode",
  "ordersByUtm",
  "attributedOrders",
  "costPerOrder",
  "costPerEngagement",
  "costPerView",
  "staffCost",
];

const CREATOR_KEYS = ["name", "code", ...CREATOR_FIGURES] as const;

/** One creator's row with every key present. */
function creatorJson(creator: CreatorFigures): Record<string, string | number | null> {
  return Object.fromEntries(CREATOR_KEYS.map((key) => [key, creator[key] ?? null]));
}

/** The rate card's rows: each channel's EMV in order of appearance, then every other post's (channel null). */
function channelEmvJson(figures: SummaryFigures): { channel: string | null; emv: number }[] | null {
  return figures.channelEmv?.map(({ channel, emv }) => ({ channel: channel ?? null, emv })) ?? null;
}

/** The doubtful orders on codes, each code's by reason; null when the posts give no codes. */
function codeAuditJson(figures: SummaryFigures): Record<string, unknown> | null {
  const audit = figures.codeAudit;
  if (!audit) return null;
  return {
    thresholds: audit.thresholds,
    orders: audit.orders,
    flagged: audit.flagged,
    flaggedRevenue: audit.flaggedRevenue,
    roi: audit.roi ?? null,
    roiWithout: audit.roiWithout ?? null,
    codes: audit.codes.map((code) => ({
      code: code.written,
      creator: code.creatorName ?? null,
      orders: code.orders,
      revenue: code.revenue,
      flagged: code.flagged,
      flaggedRevenue: code.flaggedRevenue,
      byFlag: code.byFlag,
    })),
  };
}

/** The action layer per ISO week, each week with every key present. */
function weeksJson(figures: SummaryFigures): Record<string, string | number | null>[] | null {
  return (
    figures.weeks?.map((week) => ({
      week: isoWeekLabel(week.start),
      start: isoDateOf(week.start),
      orders: week.orders,
      revenue: week.revenue ?? null,
      attributedOrders: week.attributedOrders ?? null,
    })) ?? null
  );
}

/** The figures with every key present, ready for JSON.stringify. */
export function figuresJson(figures: SummaryFigures): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const key of JSON_FIGURES) json[key] = figures[key] ?? null;
  json.npsStanding = figures.npsStanding ?? null;
  // The sentiment figures count labels the report gave from comment text.
  json.labelledAutomatically = figures.commentLabels !== undefined;
  json.creators = figures.creators.map(creatorJson);
  json.channelEmv = channelEmvJson(figures);
  json.weeks = weeksJson(figures);
  // Each first-order month's customers and the share of them ordering 0, 1, 2… months later.
  json.cohorts = (figures.cohorts?.cohorts ?? []).map(({ start, customers, shares }) => ({
    month: isoDateOf(start).slice(0, 7),
    customers,
    shares,
  }));
  json.codeAudit = codeAuditJson(figures);
  return json;
}

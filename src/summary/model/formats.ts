/** Every Excel number format the summary uses, for the sheet, its tables and the terminal alike. */
import type { CodeAuditColumn, LeaderboardColumn, WeekColumn } from "./tables";

export const COUNT = "#,##0";
export const MONEY = "#,##0.00";
export const RATE = "0.0%";
// Engagement rates are a few per cent: two decimals, as social media reports show them.
export const SMALL_RATE = "0.00%";
export const SCORE = "+0;-0;0";
/** A margin of error in NPS points. */
export const POINTS = "0.0";
/** Whole days. */
export const DAYS = "0";
/** Hours of staff time, to the quarter hour when given so. */
export const HOURS = "#,##0.##";
export const DATE = "yyyy-mm-dd";
export const DATE_TIME = "yyyy-mm-dd hh:mm";
// Rates as small as a fraction of a cent per like stay visible.
export const RATE_CARD = "#,##0.00##";

/** The leaderboard's columns: counts, money, CPE and CPV as the campaign's, ROI as a percentage. */
export const LEADERBOARD_FORMATS: Partial<Record<LeaderboardColumn, string>> = {
  posts: COUNT,
  impressions: COUNT,
  emv: MONEY,
  cost: MONEY,
  costPerEngagement: RATE_CARD,
  costPerView: RATE_CARD,
  orders: COUNT,
  revenue: MONEY,
  roi: RATE,
  doubtful: COUNT,
  doubtfulRevenue: MONEY,
  roiWithout: RATE,
};

/** The columns of the doubtful code orders: counts, and the doubtful orders' revenue. */
export const CODE_AUDIT_FORMATS: Partial<Record<CodeAuditColumn, string>> = {
  orders: COUNT,
  flagged: COUNT,
  self: COUNT,
  concentration: COUNT,
  reach: COUNT,
  "before-post": COUNT,
  "unknown-code": COUNT,
  flaggedRevenue: MONEY,
};

/** The columns of the action layer per week. */
export const WEEK_FORMATS: Partial<Record<WeekColumn, string>> = {
  weekStart: DATE,
  orders: COUNT,
  revenue: MONEY,
  attributedOrders: COUNT,
};

/** The summary's tables (the rate card, the weeks, the leaderboard) and their columns. */
import type { ChannelRates } from "./source";

/** The rate card's columns: the channel, one rate per valued action, and the channel's EMV. */
export type RateCardColumn = "channel" | keyof ChannelRates | "emv";

/** The columns of the action layer per week. */
export type WeekColumn = "week" | "weekStart" | "orders" | "revenue" | "attributedOrders";

/** The leaderboard's columns: the creator's name (or the code itself), its discount code, then its figures. */
export type LeaderboardColumn =
  | "name"
  | "code"
  | "posts"
  | "impressions"
  | "emv"
  | "cost"
  | "costPerEngagement"
  | "costPerView"
  | "orders"
  | "revenue"
  | "roi"
  | "doubtful"
  | "doubtfulRevenue"
  | "roiWithout";

/** The columns of the doubtful code orders: a code, its creator, its orders, then its flags. */
export type CodeAuditColumn =
  | "code"
  | "creator"
  | "orders"
  | "flagged"
  | "self"
  | "concentration"
  | "reach"
  | "before-post"
  | "unknown-code"
  | "flaggedRevenue";

/**
 * A cell of one of the summary's tables, by meaning. `row` counts from 0 under the header: the rate
 * card lists ComputedFigures.channels in order, then one row for every other channel; the weeks run
 * from ComputedFigures.weeks.firstWeekStart, one row each; the leaderboard lists
 * ComputedFigures.creators in order.
 */
export type TableCell =
  | { table: "rateCard"; row: number; column: RateCardColumn }
  | { table: "weeks"; row: number; column: WeekColumn }
  | { table: "leaderboard"; row: number; column: LeaderboardColumn };

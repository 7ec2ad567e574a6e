/**
 * The doubtful orders on discount codes (docs/kpi.md): every order on a code is checked against
 * its creator's posts once both sources have been read, and each leaderboard row learns how many
 * of its orders are doubted and what its ROI is without them. Nothing is removed.
 */
import { idKey } from "../../cells/keys";
import {
  CodeThresholds,
  DEFAULT_CODE_THRESHOLDS,
  summariseCodeOrders,
} from "../../kpi/order-log/code-flags";
import { roi } from "../../kpi/returns";
import { AuditedCode, CodeAudit, CreatorFigures } from "../model/figures";
import { PostsTally } from "./posts-tally";
import { OrdersTally } from "./tallies";

/**
 * The audit of the orders on codes, with the doubtful orders and the ROI without them set on each
 * leaderboard row of `creators`; undefined when the orders on codes were not kept.
 */
export function auditCodes(
  posts: PostsTally,
  orders: OrdersTally | undefined,
  creators: CreatorFigures[],
  campaign: { revenue?: number; cost?: number; roi?: number },
  thresholds: CodeThresholds = DEFAULT_CODE_THRESHOLDS
): CodeAudit | undefined {
  const log = orders?.codeOrders;
  if (!orders || !log) return undefined;
  const codes = summariseCodeOrders(log, posts.codeCreators.list(), thresholds);
  const byCode = new Map(codes.map((code) => [code.code, code]));
  const names = new Map<number | string, string>();
  for (const creator of creators) {
    if (creator.code === undefined) continue;
    const summary = byCode.get(idKey(creator.code));
    // Rows told apart by code alone are named by it: such a code has no other name to show.
    if (idKey(creator.name) !== idKey(creator.code)) names.set(idKey(creator.code), creator.name);
    creator.doubtful = summary?.flagged ?? 0;
    creator.doubtfulRevenue = summary?.flaggedRevenue ?? 0;
    if (creator.revenue !== undefined && creator.cost !== undefined && creator.cost > 0)
      creator.roiWithout = roi(creator.revenue - creator.doubtfulRevenue, creator.cost);
  }
  const audited: AuditedCode[] = codes
    .filter((code) => code.flagged > 0)
    .map((code) => {
      const written = orders.codes.get(code.code)?.code ?? String(code.code);
      const creatorName = code.creator === undefined ? undefined : names.get(code.code);
      return creatorName === undefined ? { ...code, written } : { ...code, written, creatorName };
    })
    .sort((a, b) => b.flagged - a.flagged);
  const audit: CodeAudit = {
    thresholds,
    codes: audited,
    orders: codes.reduce((sum, code) => sum + code.orders, 0),
    flagged: codes.reduce((sum, code) => sum + code.flagged, 0),
    flaggedRevenue: codes.reduce((sum, code) => sum + code.flaggedRevenue, 0),
  };
  const { revenue, cost } = campaign;
  if (campaign.roi !== undefined && revenue !== undefined && cost !== undefined) {
    audit.roi = campaign.roi;
    audit.roiWithout = roi(revenue - audit.flaggedRevenue, cost);
  }
  return audit;
}

/** The per-creator (KOC/KOL) leaderboard's figures, ranked by ROI. */
import { idKey } from "../../cells/keys";
import { roi } from "../../kpi/returns";
import { costPerEngagement, costPerView } from "../../kpi/volume";
import { hasColumn, LeaderboardKeying } from "../model/availability";
import type { CreatorFigures } from "../model/figures";
import { Measure, SourceKind } from "../model/measures";
import { SourceProblem, sourceWarning } from "../model/problems";
import { MappedSource } from "../model/source";
import { CreatorTally, PostsTally } from "./posts-tally";
import { OrdersTally } from "./tallies";

/** Leaderboard rows, ROI highest first (rows without an ROI last, in order of appearance). */
export function rankCreators(
  sources: MappedSource[],
  keying: LeaderboardKeying | undefined,
  posts: PostsTally,
  orders: OrdersTally | undefined
): { creators: CreatorFigures[]; warnings: SourceProblem[] } {
  if (!keying) return { creators: [], warnings: [] };
  const has = (kind: SourceKind, measure: Measure) => hasColumn(sources, kind, measure);
  const creators: CreatorFigures[] =
    keying.from === "posts"
      ? [...posts.creators.values()].map((creator) => creatorFigures(creator, has, orders))
      : [...(orders?.codes.values() ?? [])].map((entry) => ({
          name: entry.code,
          code: entry.code,
          orders: entry.orders,
          ...(has("orders", "revenue") ? { revenue: entry.revenue } : {}),
        }));
  // Array.prototype.sort is stable: equal ROIs keep the order the rows first appeared in.
  creators.sort((a, b) => (b.roi ?? -Infinity) - (a.roi ?? -Infinity));
  return { creators, warnings: codeWarnings(posts) };
}

function creatorFigures(
  creator: CreatorTally,
  has: (kind: SourceKind, measure: Measure) => boolean,
  orders: OrdersTally | undefined
): CreatorFigures {
  const figures: CreatorFigures = { name: creator.name, posts: creator.posts };
  if (creator.code !== undefined) figures.code = creator.code;
  if (has("posts", "impressions")) {
    figures.impressions = creator.impressions;
    figures.emv = creator.emv;
  }
  if (has("posts", "cost")) {
    figures.cost = creator.cost;
    // Nothing to divide by leaves the figure out, as the sheet's cell shows blank.
    if (creator.engagements > 0)
      figures.costPerEngagement = costPerEngagement(creator.cost, creator.engagements);
    if (creator.impressions > 0)
      figures.costPerView = costPerView(creator.cost, creator.impressions);
  }
  if (orders && has("orders", "code") && creator.code !== undefined) {
    const sales = orders.codes.get(idKey(creator.code));
    figures.orders = sales?.orders ?? 0;
    if (has("orders", "revenue")) figures.revenue = sales?.revenue ?? 0;
  }
  if (figures.revenue !== undefined && figures.cost !== undefined && figures.cost > 0)
    figures.roi = roi(figures.revenue, figures.cost);
  return figures;
}

function codeWarnings(posts: PostsTally): SourceProblem[] {
  return [...posts.creators.values()]
    .filter((creator) => creator.otherCode !== undefined)
    .map((creator) =>
      sourceWarning("posts", "severalCodes", {
        creator: creator.name,
        code: creator.code ?? "",
        otherCode: creator.otherCode ?? "",
      })
    );
}

/** The volume layer (声量): what reach is worth, what it cost and how much of it engaged. */

/** EMV (earned media value, 等效广告价值) of impressions at one CPM: impressions / 1000 × CPM. */
export function emv(impressions: number, cpm: number): number {
  return (impressions / 1000) * cpm;
}

/** CPM = cost / impressions × 1000. */
export function cpm(cost: number, impressions: number): number {
  return (cost / impressions) * 1000;
}

/** Engagement rate = engagements / impressions, as a fraction. */
export function engagementRate(engagements: number, impressions: number): number {
  return engagements / impressions;
}

/** Cost per engagement (CPE) = cost / engagements. */
export function costPerEngagement(cost: number, engagements: number): number {
  return cost / engagements;
}

/** Cost per view (CPV) = cost / views (plays or reads, 阅读量/播放量, not impressions). */
export function costPerView(cost: number, views: number): number {
  return cost / views;
}

/** Net Promoter Score (净推荐值) from 0-10 survey answers, Bain/Satmetrix convention. */

/** How many answers fell in each NPS group. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** All answers counted. */
export function answerCount(counts: NpsCounts): number {
  return counts.promoters + counts.passives + counts.detractors;
}

/** NPS = (promoters − detractors) / answers × 100, from -100 to +100. */
export function npsScore(counts: NpsCounts): number {
  return ((counts.promoters - counts.detractors) / answerCount(counts)) * 100;
}

/** Social NPS (社交媒体 NPS), or net sentiment: positive against negative mentions, neutrals left out. */

/** Mentions counted by sentiment. */
export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/** The sentiment of one mention. */
export type Sentiment = keyof SentimentCounts;

/** Social NPS = (positive − negative) / (positive + negative) × 100, as Talkwalker's net sentiment. */
export function socialNps(positive: number, negative: number): number {
  // Halving first keeps the sum finite for counts near the largest number Excel holds.
  const [p, n] = [positive / 2, negative / 2];
  return ((p - n) / (p + n)) * 100;
}

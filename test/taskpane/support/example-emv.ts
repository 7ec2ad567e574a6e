// EMV of the example's posts (examples/posts.csv) worked out post by post, at rates written out here
// from the starting card's table in docs/summary-sheet.md rather than taken from the add-in's code.
import { exampleTable } from "./example-workbook";

export interface Rates {
  cpm: number;
  perRepost: number;
  perComment: number;
  perLike: number;
}

/** The starting card's rates for the four channels of the example's posts. */
export const EXAMPLE_STARTING_RATES: Record<string, Rates> = {
  小红书: { cpm: 10, perRepost: 0.2, perComment: 0.1, perLike: 0.02 },
  Instagram: { cpm: 8, perRepost: 0.2, perComment: 0.1, perLike: 0.02 },
  微博: { cpm: 5, perRepost: 0.1, perComment: 0.05, perLike: 0.01 },
  抖音: { cpm: 6, perRepost: 0.1, perComment: 0.05, perLike: 0.01 },
};

/**
 * EMV per channel at the starting rates with some changed: impressions / 1000 × CPM, plus reposts,
 * comments and (unless left out of the mapping) likes, each times its rate.
 */
export function exampleEmv(
  changed: Record<string, Partial<Rates>>,
  { likes }: { likes: boolean }
): Map<string, number> {
  const [header, ...posts] = exampleTable("posts");
  const column = (name: string) => (header as string[]).indexOf(name);
  const count = (post: unknown[], name: string) => post[column(name)] as number;
  const emv = new Map<string, number>();
  for (const post of posts) {
    const channel = post[column("Channel")] as string;
    const rates = { ...EXAMPLE_STARTING_RATES[channel], ...changed[channel] };
    const value =
      (count(post, "Impressions") / 1000) * rates.cpm +
      count(post, "Reposts") * rates.perRepost +
      count(post, "Comments") * rates.perComment +
      (likes ? count(post, "Likes") * rates.perLike : 0);
    emv.set(channel, (emv.get(channel) ?? 0) + value);
  }
  return emv;
}

/**
 * The EMV rate card: what an impression, a repost, a comment and a like are worth on each channel.
 * EMV has no industry standard, so every rate here is an assumption the user replaces.
 */
import { channelKey } from "../../cells/keys";
import { emv } from "../../kpi/volume";
import { EngagementMeasure, engagementMeasures, hasColumn } from "./availability";
import { Assumptions, ChannelRates, MappedSource, RateCard } from "./source";

/** The measures the card puts a value on: saves and a column of total engagements carry no rate. */
type UnvaluedMeasure = "saves" | "engagements";
export type ValuedMeasure = "impressions" | Exclude<EngagementMeasure, UnvaluedMeasure>;

/** The rate that values each measure; impressions are valued per 1,000 (CPM). */
export const RATE_OF: Record<ValuedMeasure, keyof ChannelRates> = {
  impressions: "cpm",
  reposts: "perRepost",
  comments: "perComment",
  likes: "perLike",
};

const rates = (cpm: number, perRepost: number, perComment: number, perLike: number) => ({
  cpm,
  perRepost,
  perComment,
  perLike,
});

/**
 * The card offered until the user sets their own: round figures in US dollars, chosen only as a
 * plausible starting point (a RED or Instagram engagement counted above a Weibo or Douyin one).
 * They are assumptions, not published or industry rates.
 */
export const DEFAULT_RATE_CARD: RateCard = {
  channels: [
    { names: ["Weibo", "微博", "新浪微博", "Sina Weibo"], rates: rates(5, 0.1, 0.05, 0.01) },
    {
      names: ["小红书", "小紅書", "RED", "Xiaohongshu", "Little Red Book", "XHS"],
      rates: rates(10, 0.2, 0.1, 0.02),
    },
    { names: ["抖音", "Douyin"], rates: rates(6, 0.1, 0.05, 0.01) },
    { names: ["B站", "Bilibili", "哔哩哔哩", "嗶哩嗶哩"], rates: rates(8, 0.1, 0.05, 0.02) },
    { names: ["Instagram", "IG"], rates: rates(8, 0.2, 0.1, 0.02) },
    { names: ["TikTok"], rates: rates(6, 0.1, 0.05, 0.01) },
  ],
  other: rates(8, 0.1, 0.05, 0.01),
};

/** The card the summary uses: the one given, else every channel at the CPM and no engagement value. */
export function rateCardOf(assumptions: Assumptions): RateCard {
  return assumptions.rateCard ?? { channels: [], other: rates(assumptions.cpm, 0, 0, 0) };
}

/** The rates of a channel as the posts name it; the card's other rates when it is not listed. */
export function ratesFor(card: RateCard, channel: string | undefined): ChannelRates {
  if (channel === undefined) return card.other;
  const key = channelKey(channel);
  const listed = card.channels.find(({ names }) => names.some((name) => channelKey(name) === key));
  return listed?.rates ?? card.other;
}

/** The measures the posts give that the card values, impressions first. */
export function valuedMeasures(sources: MappedSource[]): ValuedMeasure[] {
  const engagements = engagementMeasures(sources).filter(
    (measure): measure is Exclude<EngagementMeasure, UnvaluedMeasure> =>
      measure !== "saves" && measure !== "engagements"
  );
  return hasColumn(sources, "posts", "impressions") ? ["impressions", ...engagements] : engagements;
}

/** Totals of the valued measures. */
export type ValuedTotals = Record<ValuedMeasure, number>;

/** No impressions and no engagements yet. */
export const noTotals = (): ValuedTotals => ({ impressions: 0, reposts: 0, comments: 0, likes: 0 });

/** EMV of some totals at one channel's rates: impressions / 1000 × CPM + each engagement × its value. */
export function valueAtRates(totals: ValuedTotals, channel: ChannelRates): number {
  return (
    emv(totals.impressions, channel.cpm) +
    totals.reposts * channel.perRepost +
    totals.comments * channel.perComment +
    totals.likes * channel.perLike
  );
}

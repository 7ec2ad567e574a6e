/**
 * Running totals over the posts, one row at a time: overall, per channel (the rate card's rows)
 * and per leaderboard row, each post valued at its channel's rates as it streams past.
 */
import { idKey } from "../../cells/keys";
import { CreatorsByCode } from "../../kpi/order-log/creators";
import { EngagementMeasure, LeaderboardKeying } from "../model/availability";
import { ChannelEmv } from "../model/figures";
import { noTotals, ratesFor, valueAtRates, ValuedTotals } from "../model/rate-card";
import { ChannelRates, RateCard } from "../model/source";
import { numberIn, RowValues } from "./tallies";

/** A creator's (or a code's) posts. */
export interface CreatorTally {
  name: string;
  code?: string;
  otherCode?: string;
  posts: number;
  impressions: number;
  cost: number;
  /** The engagement measures the posts have, added up as the volume layer counts them. */
  engagements: number;
  /** Each post valued at its channel's rates. */
  emv: number;
}

/** A channel's valued totals, under the name it was first written with. */
interface ChannelTally {
  name: string;
  rates: ChannelRates;
  totals: ValuedTotals;
}

function addTo(totals: ValuedTotals, row: ValuedTotals): void {
  totals.impressions += row.impressions;
  totals.reposts += row.reposts;
  totals.comments += row.comments;
  totals.likes += row.likes;
}

/** Totals of the posts, per channel, and per leaderboard row when the posts name creators or codes. */
export class PostsTally {
  readonly totals = { ...noTotals(), saves: 0, engagements: 0, cost: 0 };
  readonly creators = new Map<number | string, CreatorTally>();
  /** The creator behind each code the posts give, for doubting the orders on it. */
  readonly codeCreators = new CreatorsByCode();
  // Keyed as SUMIFS matches a channel: case and surrounding spaces ignored.
  private readonly channels = new Map<number | string, ChannelTally>();
  private readonly unchanneled = noTotals();

  constructor(
    private readonly keying: LeaderboardKeying | undefined,
    private readonly card: RateCard,
    private readonly engagementMeasures: readonly EngagementMeasure[]
  ) {}

  add(values: RowValues): void {
    const valued: ValuedTotals = {
      impressions: numberIn(values.impressions),
      reposts: numberIn(values.reposts),
      comments: numberIn(values.comments),
      likes: numberIn(values.likes),
    };
    addTo(this.totals, valued);
    // Saves and total engagements are engagements, but no rate card values them.
    this.totals.saves += numberIn(values.saves);
    this.totals.engagements += numberIn(values.engagements);
    this.totals.cost += numberIn(values.cost);
    const rates = this.addToChannel(values.channel, valued);
    if (values.code !== undefined) this.addCodePost(values, valued.impressions);
    if (this.keying?.from !== "posts") return;
    const name = values[this.keying.key];
    if (name === undefined) return;
    const creator = this.creatorOf(name as number | string);
    creator.posts++;
    creator.impressions += valued.impressions;
    creator.cost += numberIn(values.cost);
    for (const measure of this.engagementMeasures) creator.engagements += numberIn(values[measure]);
    creator.emv += valueAtRates(valued, rates);
    if (this.keying.key === "creator" && values.code !== undefined)
      noteCode(creator, String(values.code));
  }

  /** EMV per rate-card row: the channels in order of first appearance, then posts with none. */
  channelEmv(): ChannelEmv[] {
    const listed = [...this.channels.values()].map(({ name, rates, totals }) => ({
      channel: name,
      emv: valueAtRates(totals, rates),
    }));
    return [...listed, { emv: valueAtRates(this.unchanneled, this.card.other) }];
  }

  private addToChannel(channel: unknown, valued: ValuedTotals): ChannelRates {
    if (channel === undefined) {
      addTo(this.unchanneled, valued);
      return this.card.other;
    }
    const key = idKey(channel as number | string);
    let tally = this.channels.get(key);
    if (!tally) {
      const name = String(channel);
      tally = { name, rates: ratesFor(this.card, name), totals: noTotals() };
      this.channels.set(key, tally);
    }
    addTo(tally.totals, valued);
    return tally.rates;
  }

  private addCodePost(values: RowValues, impressions: number): void {
    this.codeCreators.add({
      code: idKey(values.code as number | string),
      contact: values.contact as number | string | undefined,
      date: typeof values.postDate === "number" ? values.postDate : undefined,
      impressions: values.impressions === undefined ? undefined : impressions,
    });
  }

  private creatorOf(name: number | string): CreatorTally {
    const key = idKey(name);
    let creator = this.creators.get(key);
    if (!creator) {
      creator = { name: String(name), posts: 0, impressions: 0, cost: 0, engagements: 0, emv: 0 };
      if (this.keying?.key === "code") creator.code = String(name);
      this.creators.set(key, creator);
    }
    return creator;
  }
}

function noteCode(creator: CreatorTally, code: string): void {
  if (creator.code === undefined) creator.code = code;
  else if (creator.otherCode === undefined && idKey(code) !== idKey(creator.code))
    creator.otherCode = code;
}

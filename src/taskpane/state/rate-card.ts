/**
 * The EMV rate card as the pane edits it: the summary's starting card, the channels the posts name,
 * and the rates the user typed over them. Pure functions, no DOM, no Office.
 */
import { channelKey } from "../../cells/keys";
import { parseNumberText } from "../../cells/numbers";
import { ChannelRates, DEFAULT_RATE_CARD, RateCard } from "../../summary";

/** One of a channel's rates: CPM (per 1,000 impressions), per repost, per comment, per like. */
export type RateName = keyof ChannelRates;

/** The rates in the order the card shows them. */
export const RATE_NAMES: RateName[] = ["cpm", "perRepost", "perComment", "perLike"];

/** Rates as typed; a rate left out keeps its starting value. */
export type TypedRates = Partial<Record<RateName, string>>;

/** What the user typed over the starting card. */
export interface RateCardInput {
  /** By row key (see RateCardRow.key). */
  channels: Record<string, TypedRates>;
  /** The other channels' row; its CPM is the assumptions' CPM field, so `cpm` is never set here. */
  other: TypedRates;
}

/** A channel row of the card, above the other channels' row. */
export interface RateCardRow {
  /** The channel's name folded as the summary matches it, e.g. "weibo". */
  key: string;
  /** The name shown: as the posts write it when they do, else the card's first name. */
  label: string;
  /** Every name the summary should match to these rates. */
  names: string[];
  /** True when the posts' sample names this channel. */
  inPosts: boolean;
  /** The starting rates; undefined for a channel the starting card lacks, which starts at the other channels' rates. */
  defaults?: ChannelRates;
}

/** A rate that is not a number of 0 or more: on a channel's row (by its label), or on the other channels' row. */
export interface RateProblem {
  channel?: string;
  rate: RateName;
}

/** Nothing typed over the starting card yet. */
export const untypedRates = (): RateCardInput => ({ channels: {}, other: {} });

/** The card with one rate typed: on a channel's row (by its key), or on the other channels' row. */
export function withTypedRate(
  input: RateCardInput,
  channel: string | undefined,
  rate: RateName,
  typed: string
): RateCardInput {
  if (channel === undefined) return { ...input, other: { ...input.other, [rate]: typed } };
  const rates = { ...input.channels[channel], [rate]: typed };
  return { ...input, channels: { ...input.channels, [channel]: rates } };
}

/** The card's channel rows: the posts' channels first, in order of appearance, then the rest of the starting card. */
export function rateCardRows(channelsInPosts: string[]): RateCardRow[] {
  const starting = DEFAULT_RATE_CARD.channels.map(({ names, rates }) => ({
    keys: new Set(names.map(channelKey)),
    row: { key: channelKey(names[0]), label: names[0], names, inPosts: false, defaults: rates },
  }));
  const found: RateCardRow[] = [];
  for (const name of channelsInPosts) {
    const known = starting.find(({ keys }) => keys.has(channelKey(name)));
    if (known?.row.inPosts) continue;
    if (known) known.row = { ...known.row, label: name, inPosts: true };
    found.push(known?.row ?? { key: channelKey(name), label: name, names: [name], inPosts: true });
  }
  const rest = starting.map(({ row }) => row).filter((row) => !row.inPosts);
  return [...found, ...rest];
}

/** The rate a field shows: as typed, else the row's starting rate (the other channels' for a new channel). */
export function shownRate(
  input: RateCardInput,
  cpm: string,
  row: RateCardRow,
  rate: RateName
): string {
  const typed = input.channels[row.key]?.[rate];
  if (typed !== undefined) return typed;
  return row.defaults ? String(row.defaults[rate]) : shownOtherRate(input, cpm, rate);
}

/** The other channels' rate as shown: the CPM field's text for the CPM. */
export function shownOtherRate(input: RateCardInput, cpm: string, rate: RateName): string {
  if (rate === "cpm") return cpm;
  return input.other[rate] ?? String(DEFAULT_RATE_CARD.other[rate]);
}

/** A typed rate as a number, or NaN unless it is a number of 0 or more. */
export function rateValue(typed: string): number {
  const value = parseNumberText(typed);
  return value >= 0 ? value : NaN;
}

/** Every typed rate that is not a number of 0 or more, in the card's order; starting rates are all valid. */
export function rateProblems(input: RateCardInput, rows: RateCardRow[]): RateProblem[] {
  const wrong = (typed: TypedRates) =>
    RATE_NAMES.filter((rate) => typed[rate] !== undefined && Number.isNaN(rateValue(typed[rate])));
  return [
    ...rows.flatMap((row) =>
      wrong(input.channels[row.key] ?? {}).map((rate) => ({ channel: row.label, rate }))
    ),
    ...wrong(input.other).map((rate) => ({ rate })),
  ];
}

/** The card for the summary, given the other channels' CPM; undefined when a typed rate is wrong. */
export function rateCardOf(
  input: RateCardInput,
  rows: RateCardRow[],
  cpm: number
): RateCard | undefined {
  if (rateProblems(input, rows).length > 0) return undefined;
  const rates = (typed: TypedRates, starting: ChannelRates): ChannelRates => {
    const [cpmRate, perRepost, perComment, perLike] = RATE_NAMES.map((rate) => {
      const text = typed[rate];
      return text === undefined ? starting[rate] : rateValue(text);
    });
    return { cpm: cpmRate, perRepost, perComment, perLike };
  };
  const other = rates(input.other, { ...DEFAULT_RATE_CARD.other, cpm });
  const channels = rows.map((row) => ({
    names: row.names,
    rates: rates(input.channels[row.key] ?? {}, row.defaults ?? other),
  }));
  return { channels, other };
}

/**
 * EMV as native formulas that read the rate card on the summary sheet: SUMIFS over the posts'
 * channel column, each total times its channel's rate, so changing a rate changes every EMV.
 */
import { hasColumn } from "../model/availability";
import { Measure, SourceKind } from "../model/measures";
import { ValuedMeasure } from "../model/rate-card";
import { MappedSource } from "../model/source";

/** Where the rate card's cells are, as absolute addresses on the summary sheet. */
export interface RateCardRefs {
  /** The measures the card values, in its column order. */
  measures: ValuedMeasure[];
  /** The name cell of each listed channel, in card order. */
  channels: string[];
  /** A rate cell: on a listed channel's row (its index), or on the other channels' row when omitted. */
  rate: (measure: ValuedMeasure, channel?: number) => string;
  /** The card's EMV cells, as one range. */
  emvCells: string;
}

/** What EMV formulas read: the source columns and the card. */
export interface EmvFormulaContext {
  sources: MappedSource[];
  column: (kind: SourceKind, measure: Measure) => string;
  card: RateCardRefs;
}

// An amount of a measure times its rate: impressions are valued per 1,000.
function valued(measure: ValuedMeasure, amount: string, rate: string): string {
  return measure === "impressions" ? `${amount}/1000*${rate}` : `${amount}*${rate}`;
}

const hasChannels = ({ sources, card }: EmvFormulaContext) =>
  hasColumn(sources, "posts", "channel") && card.channels.length > 0;

/** The EMV of a listed channel: each measure's total on that channel times the channel's rate. */
export function channelEmvFormula(context: EmvFormulaContext, channel: number): string {
  const { card, column } = context;
  const channels = column("posts", "channel");
  return card.measures
    .map((measure) => {
      const total = `SUMIFS(${column("posts", measure)},${channels},${card.channels[channel]})`;
      return valued(measure, total, card.rate(measure, channel));
    })
    .join("+");
}

/** The EMV of every other post: each measure's total less the listed channels', at the other rate. */
export function otherEmvFormula(context: EmvFormulaContext): string {
  const { card, column } = context;
  return card.measures
    .map((measure) => {
      const range = column("posts", measure);
      const listed = hasChannels(context)
        ? card.channels.map((name) => `-SUMIFS(${range},${column("posts", "channel")},${name})`)
        : [];
      const total = listed.length > 0 ? `(SUM(${range})${listed.join("")})` : `SUM(${range})`;
      return valued(measure, total, card.rate(measure));
    })
    .join("+");
}

/**
 * The EMV of one creator's (or code's) posts: everything at the other channels' rate, plus on each
 * listed channel the difference between its rate and that one.
 */
export function creatorEmvFormula(context: EmvFormulaContext, key: string, name: string): string {
  const { card, column } = context;
  const terms: string[] = [];
  for (const measure of card.measures) {
    const range = column("posts", measure);
    terms.push(valued(measure, `SUMIFS(${range},${key},${name})`, card.rate(measure)));
    if (!hasChannels(context)) continue;
    card.channels.forEach((channel, index) => {
      const total = `SUMIFS(${range},${key},${name},${column("posts", "channel")},${channel})`;
      const difference = `(${card.rate(measure, index)}-${card.rate(measure)})`;
      terms.push(valued(measure, total, difference));
    });
  }
  return terms.join("+");
}

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
  /** The listed channels' name cells as one range ("$B$14:$B$20"); undefined when none is listed. */
  channelRange?: string;
  /** A measure's rates of the listed channels, as one range beside channelRange. */
  rateRange: (measure: ValuedMeasure) => string;
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

/**
 * The EMV of every other post: each measure's total less the listed channels', at the other rate.
 * SUMPRODUCT over SUMIFS with the card's channel range as criteria gives one total per listed
 * channel: the formula is as long for 30 channels as for one (Excel refuses formulas over 8,192
 * characters).
 */
export function otherEmvFormula(context: EmvFormulaContext): string {
  const { card, column } = context;
  return card.measures
    .map((measure) => {
      const range = column("posts", measure);
      const total = hasChannels(context)
        ? `(SUM(${range})-SUMPRODUCT(SUMIFS(${range},${column("posts", "channel")},${card.channelRange})))`
        : `SUM(${range})`;
      return valued(measure, total, card.rate(measure));
    })
    .join("+");
}

/**
 * The EMV of one creator's (or code's) posts: everything at the other channels' rate, plus on each
 * listed channel the difference between its rate and that one, summed over the card's ranges.
 */
export function creatorEmvFormula(context: EmvFormulaContext, key: string, name: string): string {
  const { card, column } = context;
  const terms: string[] = [];
  for (const measure of card.measures) {
    const range = column("posts", measure);
    terms.push(valued(measure, `SUMIFS(${range},${key},${name})`, card.rate(measure)));
    if (!hasChannels(context)) continue;
    const perChannel = `SUMIFS(${range},${key},${name},${column("posts", "channel")},${card.channelRange})`;
    const difference = `(${card.rateRange(measure)}-${card.rate(measure)})`;
    const total = `SUMPRODUCT(${perChannel}*${difference})`;
    terms.push(measure === "impressions" ? `${total}/1000` : total);
  }
  return terms.join("+");
}

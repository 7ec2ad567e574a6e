/**
 * The EMV rate card on the summary sheet: one row per channel the posts name, then one for every
 * other channel, each with an input cell per valued action and the channel's EMV as a formula.
 */
import { a1, blockAddress } from "../../cells/a1";
import { SheetWords } from "../../i18n/sheet-words";
import { channelEmvFormula, otherEmvFormula, RateCardRefs } from "../formulas/emv-formulas";
import { FormulaContext } from "../formulas/formulas";
import { hasColumn } from "../model/availability";
import { ComputedFigures } from "../model/figures";
import { MONEY, RATE_CARD } from "../model/formats";
import { CellContent } from "../model/plan";
import { RATE_OF, rateCardOf, ratesFor, ValuedMeasure, valuedMeasures } from "../model/rate-card";
import { Assumptions, ChannelRates } from "../model/source";
import { RateCardColumn } from "../model/tables";
import { LABEL_COLUMN } from "./grid";
import { formula, number, SheetBuilder, text } from "./sheet-builder";

// The channel's name spans two columns; the rates follow.
const FIRST_RATE_COLUMN = LABEL_COLUMN + 2;

/** The card drawn: where formulas find it, the other row's CPM cell, and the row after it. */
export interface DrawnRateCard {
  refs: RateCardRefs;
  otherCpm: string;
  nextRow: number;
}

/** Draws the card from `top` for the posts' channels, priced from the assumptions' card. */
export function drawRateCard(
  builder: SheetBuilder,
  top: number,
  assumptions: Assumptions,
  computed: ComputedFigures,
  context: FormulaContext,
  labels: SheetWords
): DrawnRateCard {
  const card = rateCardOf(assumptions);
  const channels = hasColumn(context.sources, "posts", "channel") ? (computed.channels ?? []) : [];
  const refs = cardRefs(top + 2, channels.length, valuedMeasures(context.sources));
  drawHeading(builder, top, refs.measures, labels);
  const firstRow = top + 2;
  const otherRow = firstRow + channels.length;
  const emvContext = { ...context, card: refs };
  channels.forEach((name, index) => {
    const emv = channelEmvFormula(emvContext, index);
    drawRow(builder, firstRow + index, index, text(name), ratesFor(card, name), emv, refs);
  });
  const otherLabel = channels.length > 0 ? labels.otherChannels : labels.allPosts;
  const emv = otherEmvFormula(emvContext);
  drawRow(builder, otherRow, channels.length, text(otherLabel), card.other, emv, refs);
  return { refs, otherCpm: refs.rate("impressions"), nextRow: otherRow + 1 };
}

// Absolute addresses, so that every formula reads the same card wherever it is copied.
function cardRefs(firstRow: number, listed: number, measures: ValuedMeasure[]): RateCardRefs {
  const emvColumn = FIRST_RATE_COLUMN + measures.length;
  const lastListed = firstRow + listed - 1;
  const column = (at: number) =>
    blockAddress({ fromRow: firstRow, fromColumn: at, toRow: lastListed, toColumn: at }, true);
  return {
    measures,
    channels: Array.from({ length: listed }, (_, index) =>
      a1(firstRow + index, LABEL_COLUMN, true)
    ),
    ...(listed > 0 ? { channelRange: column(LABEL_COLUMN) } : {}),
    rateRange: (measure) => column(FIRST_RATE_COLUMN + measures.indexOf(measure)),
    rate: (measure, channel) =>
      a1(firstRow + (channel ?? listed), FIRST_RATE_COLUMN + measures.indexOf(measure), true),
    emvCells: blockAddress(
      { fromRow: firstRow, fromColumn: emvColumn, toRow: firstRow + listed, toColumn: emvColumn },
      true
    ),
  };
}

function drawHeading(
  builder: SheetBuilder,
  top: number,
  measures: ValuedMeasure[],
  labels: SheetWords
): void {
  builder.put(top, LABEL_COLUMN, text(labels.rateCardTitle), {
    style: { bold: true },
    note: labels.rateCardNote,
  });
  builder.merged(top + 1, LABEL_COLUMN, LABEL_COLUMN + 1, text(labels.rateCardColumns.channel), {
    style: { bold: true, wrapText: true },
  });
  const columns: RateCardColumn[] = [...measures.map((measure) => RATE_OF[measure]), "emv"];
  const headers = columns.map((column) => labels.rateCardColumns[column]);
  builder.headerRow(top + 1, FIRST_RATE_COLUMN, headers, () => true);
}

function drawRow(
  builder: SheetBuilder,
  row: number,
  index: number,
  name: CellContent,
  rates: ChannelRates,
  emv: string,
  refs: RateCardRefs
): void {
  const tag = (column: RateCardColumn) => ({ table: "rateCard" as const, row: index, column });
  builder.merged(row, LABEL_COLUMN, LABEL_COLUMN + 1, name, { tableCell: tag("channel") });
  refs.measures.forEach((measure, offset) => {
    const rate = RATE_OF[measure];
    builder.put(row, FIRST_RATE_COLUMN + offset, number(rates[rate]), {
      numberFormat: RATE_CARD,
      style: { input: true },
      tableCell: tag(rate),
      ...(measure === "impressions" && index === refs.channels.length ? { figure: "cpm" } : {}),
    });
  });
  builder.put(row, FIRST_RATE_COLUMN + refs.measures.length, formula(`=${emv}`), {
    numberFormat: MONEY,
    tableCell: tag("emv"),
  });
}

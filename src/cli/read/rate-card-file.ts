/**
 * The EMV rate card of --rate-card: a table with a channel column, a CPM column and, as wanted, a
 * value per repost, per comment and per like; one row per channel and an "other" row for the rest.
 * Headers are recognised as the sources' are (English, 简体, 繁體); a blank rate is worth nothing.
 */
import { channelKey } from "../../cells/keys";
import { parseNumberText } from "../../cells/numbers";
import {
  ChannelRates,
  matchColumns,
  OTHER_CHANNEL_NAMES,
  RATE_CARD_SYNONYMS,
  RateCard,
  Synonym,
  synonymsOf,
} from "../../summary";
import { InputRef } from "../arguments";
import { fail } from "../problems";
import { CellValue } from "./cell-values";
import { EncodingChoice } from "./encoding";
import { FileRecord, inputFile, readFileRecords, settleEncoding } from "./source-file";

type CardColumn = keyof typeof RATE_CARD_SYNONYMS;
type CardColumns = Partial<Record<CardColumn, number>>;

const RATES: (keyof ChannelRates)[] = ["cpm", "perRepost", "perComment", "perLike"];
const SYNONYMS = Object.fromEntries(
  Object.entries(RATE_CARD_SYNONYMS).map(([column, list]) => [column, synonymsOf(list)])
) as Record<CardColumn, Synonym[]>;
const OTHER_KEYS = new Set(OTHER_CHANNEL_NAMES.map(channelKey));
const OTHER = "other";

/** A file's cells as read: CSV text, or values typed by a workbook. */
interface CardTable {
  label: string;
  headers: string[];
  rows: FileRecord[];
}

/** Reads the rate card a --rate-card option names; a bad file raises a report problem naming it. */
export async function readRateCard(ref: InputRef, encoding: EncodingChoice): Promise<RateCard> {
  const table = await readCardTable(ref, encoding);
  const columns = matchColumns(table.headers, SYNONYMS);
  for (const required of ["channel", "cpm"] as const)
    if (columns[required] === undefined)
      fail({ kind: "rateCardColumn", file: table.label, column: required });
  return cardOf(table, columns);
}

async function readCardTable(ref: InputRef, encoding: EncodingChoice): Promise<CardTable> {
  const file = inputFile(ref, []);
  const settled = await settleEncoding(file, encoding);
  const records: FileRecord[] = [];
  for await (const batch of readFileRecords(file, settled))
    records.push(...batch.records.filter((record) => !record.cells.every(isBlankCell)));
  const [header, ...rows] = records;
  if (!header) return fail({ kind: "emptyFile", file: file.label });
  if (rows.length === 0) fail({ kind: "headerOnly", file: file.label });
  return { label: file.label, headers: header.cells.map(cellText), rows };
}

function cardOf(table: CardTable, columns: CardColumns): RateCard {
  const channels: RateCard["channels"] = [];
  let other: ChannelRates | undefined;
  const seen = new Set<string>();
  for (const record of table.rows) {
    const name = cellText(record.cells[columns.channel as number]);
    if (name === "") fail({ kind: "blankChannel", file: table.label, row: record.row });
    const key = OTHER_KEYS.has(channelKey(name)) ? OTHER : channelKey(name);
    if (seen.has(key))
      fail({ kind: "channelTwice", file: table.label, row: record.row, channel: name });
    seen.add(key);
    const rates = ratesOf(record, columns, table);
    if (key === OTHER) other = rates;
    else channels.push({ names: [name], rates });
  }
  if (!other) return fail({ kind: "noOtherRow", file: table.label });
  return { channels, other };
}

function ratesOf(record: FileRecord, columns: CardColumns, table: CardTable): ChannelRates {
  const rates: ChannelRates = { cpm: 0, perRepost: 0, perComment: 0, perLike: 0 };
  for (const rate of RATES) {
    const column = columns[rate];
    if (column === undefined) continue;
    const cell = record.cells[column] ?? null;
    const value = isBlankCell(cell) ? 0 : typeof cell === "string" ? parseNumberText(cell) : cell;
    if (typeof value !== "number" || !(value >= 0 && Number.isFinite(value))) {
      const header = table.headers[column];
      fail({ kind: "badRate", file: table.label, row: record.row, header, value: String(cell) });
    }
    rates[rate] = value;
  }
  return rates;
}

function isBlankCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function cellText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** Recognising which column holds which measure, from its header and a sample of its cells. */
import { isNoAnswer, scoreOf } from "../../cells/answers";
import { anyDateSerial, toDateSerial } from "../../cells/dates";
import { isBlank, toNumber } from "../../cells/values";
import { Measure, MEASURES_BY_KIND, valueKindOf } from "../model/measures";
import { ColumnMapping, SourceTable } from "../model/source";
import { HEADER_SYNONYMS } from "./synonyms";

// An exact header beats any header that merely contains a synonym; longer synonyms beat shorter ones.
const EXACT = 1000;

/**
 * A header reduced to lower-case words: full-width folded, camelCase and punctuation split, Latin letters and
 * digits apart from other scripts ("cpm成本" is "cpm 成本").
 */
function headerWords(header: string): string {
  // No regex lookbehind: Safari before 16.4 cannot parse a bundle that holds one.
  return header
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/([a-z0-9])(?=[^\x20-\x7f])|([^\x20-\x7f])(?=[a-z0-9])/g, "$1$2 ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A header word list prepared for matching. */
export interface Synonym {
  words: string;
  compact: string;
  /** Chinese has no spaces between words: such synonyms match anywhere inside a header. */
  anywhere: boolean;
  /** Written with a leading "=": the synonym names the measure only as the whole header. */
  exactOnly: boolean;
}

/** Header synonyms prepared for headerMatch. */
export function synonymsOf(list: readonly string[]): Synonym[] {
  return list.map((text) => {
    const exactOnly = text.startsWith("=");
    const words = headerWords(exactOnly ? text.slice(1) : text);
    const anywhere = /[^\x20-\x7f]/.test(words);
    return { words, compact: words.replace(/ /g, ""), anywhere, exactOnly };
  });
}

const SYNONYMS: Record<Measure, Synonym[]> = Object.fromEntries(
  Object.entries(HEADER_SYNONYMS).map(([measure, list]) => [measure, synonymsOf(list)])
) as Record<Measure, Synonym[]>;

/** A header as headerMatch compares it: its words, and the words without spaces. */
interface HeaderText {
  words: string;
  compact: string;
}

function headerText(header: unknown): HeaderText {
  const words = headerWords(String(header ?? ""));
  return { words, compact: words.replace(/ /g, "") };
}

/** How well a header matches any of some synonyms: 0 when none, higher for exact and longer matches. */
function headerMatch({ words, compact }: HeaderText, synonyms: Synonym[]): number {
  if (words === "") return 0;
  let best = 0;
  for (const synonym of synonyms) {
    let score = 0;
    if (compact === synonym.compact) score = EXACT + synonym.compact.length;
    else if (synonym.exactOnly) continue;
    else if (
      synonym.anywhere
        ? compact.includes(synonym.compact)
        : ` ${words} `.includes(` ${synonym.words} `)
    )
      score = synonym.compact.length;
    if (score > best) best = score;
  }
  return best;
}

// Campaign dates fall between 1990 and 2100: Excel serials 32874 to 73415.
const FIRST_PLAUSIBLE_DATE = 32874;
const LAST_PLAUSIBLE_DATE = 73415;

function looksLikeDate(value: unknown): boolean {
  const serial =
    typeof value === "number"
      ? toDateSerial(value)
      : typeof value === "string"
        ? anyDateSerial(value)
        : NaN;
  return serial >= FIRST_PLAUSIBLE_DATE && serial <= LAST_PLAUSIBLE_DATE;
}

/** Why a sample shows that a column cannot hold a measure. */
export type Refusal =
  "notNumbers" | "notDates" | "notLabels" | "outsideZeroToTen" | "noneAboveFive" | "salesChannels";

// Shopify's Source and the like: where an order was placed, not a UTM.
const SALES_CHANNELS = new Set([
  "web",
  "pos",
  "shopify_draft_order",
  "draft_order",
  "iphone",
  "android",
  "mobile_app",
  "online store",
  "point of sale",
  "api",
]);

// A 0-10 question's answers are whole numbers within 0-10 (a stray 11 or two is a bad cell, told
// later; row numbers 1-16 are no answers), some above 5: a 1-5 rating or a 1-3 NPS group is no NPS question.
function scoreRefusal(values: unknown[]): Refusal | undefined {
  const answers = values.filter((value) => !isNoAnswer(value)).map(scoreOf);
  if (answers.length === 0) return undefined;
  const read = answers.filter((score) => !Number.isNaN(score));
  if (read.length * 2 < answers.length) return "notNumbers";
  const onScale = read.filter((score) => Number.isInteger(score) && score >= 0 && score <= 10);
  const outside = read.length - onScale.length;
  if (outside >= 3 && outside > read.length * 0.1) return "outsideZeroToTen";
  return read.some((score) => score > 5) ? undefined : "noneAboveFive";
}

/** Why the sample shows the column cannot hold the measure, e.g. comment text under "Comments". */
function sampleRefusal(measure: Measure, sample: unknown[][], column: number): Refusal | undefined {
  const values = sample.map((row) => row[column]).filter((value) => !isBlank(value));
  if (values.length === 0) return undefined;
  const share = (test: (value: unknown) => boolean) => values.filter(test).length / values.length;
  switch (valueKindOf(measure)) {
    case "score":
      return scoreRefusal(values);
    case "count":
    case "cost":
    case "amount":
      return share((value) => !Number.isNaN(toNumber(value))) >= 0.5 ? undefined : "notNumbers";
    case "date":
      return share(looksLikeDate) >= 0.5 ? undefined : "notDates";
    case "label":
      return share((value) => typeof value === "string") >= 0.5 ? undefined : "notLabels";
    case "tag": {
      const channel = (value: unknown) => SALES_CHANNELS.has(String(value).trim().toLowerCase());
      return measure === "utm" && share(channel) === 1 ? "salesChannels" : undefined;
    }
    default:
      return undefined;
  }
}

/** A column a header named for a measure, refused by its content. */
export interface RefusedColumn {
  measure: Measure;
  column: number;
  because: Refusal;
}

/**
 * Maps the columns of a source to the measures its kind offers, from header synonyms in English,
 * 简体 and 繁體, each column and each measure used once, the best-named match first.
 */
export function recognizeColumns(table: SourceTable, refused: RefusedColumn[] = []): ColumnMapping {
  const synonyms = Object.fromEntries(
    MEASURES_BY_KIND[table.kind].map((measure) => [measure, SYNONYMS[measure]])
  ) as Partial<Record<Measure, Synonym[]>>;
  const fits = (measure: Measure, column: number) => {
    const because = sampleRefusal(measure, table.sample, column);
    if (because) refused.push({ measure, column, because });
    return because === undefined;
  };
  return matchColumns(table.headers, synonyms, fits, table.headerHints);
}

/**
 * Maps headers to the keys their synonyms name, the best match first, each column and each key
 * used once; `fits` can refuse a column for a key (its cells cannot hold it).
 */
export function matchColumns<K extends string>(
  headers: readonly unknown[],
  synonyms: Partial<Record<K, Synonym[]>>,
  fits: (key: K, column: number) => boolean = () => true,
  hints: readonly string[] = []
): Partial<Record<K, number>> {
  const candidates: { column: number; key: K; score: number }[] = [];
  headers.forEach((header, column) => {
    const text = headerText(header);
    const hint = headerText(hints[column]);
    for (const [key, list] of Object.entries(synonyms) as [K, Synonym[]][]) {
      // A question text under an ID ("Q1") names the column as well as its header would.
      const score = Math.max(headerMatch(text, list), headerMatch(hint, list));
      if (score > 0 && fits(key, column)) candidates.push({ column, key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Partial<Record<K, number>> = {};
  const used = new Set<number>();
  for (const { column, key } of candidates) {
    if (mapping[key] !== undefined || used.has(column)) continue;
    mapping[key] = column;
    used.add(column);
  }
  return mapping;
}

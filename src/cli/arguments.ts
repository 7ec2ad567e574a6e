/** The command line of wom-report: options in, a checked description of the run out. */
import { parseNumberText } from "../cells/numbers";
import { Locale, LOCALES } from "../i18n";
import { DEFAULT_WINDOW_DAYS } from "../kpi/attribution";
import { CodeThresholds, DEFAULT_CODE_THRESHOLDS } from "../kpi/order-log/code-flags";
import { Measure, MEASURES_BY_KIND, SOURCE_KINDS, SourceKind, StaffTime } from "../summary";
import { DayOrder } from "../cells/dates";
import { DATE_ORDER_FLAGS, fail } from "./problems";
import { EncodingChoice } from "./read/encoding";

/** A file to read, with the sheet to read when it is a workbook. */
export interface InputRef {
  path: string;
  sheet?: string;
}

/** Everything a run needs to know, with defaults applied. */
export interface ReportOptions {
  inputs: Partial<Record<SourceKind, InputRef>>;
  cpm: number;
  /** A CSV (or .xlsx sheet) of EMV rates per channel; without one, every channel is valued at `cpm`. */
  rateCard?: InputRef;
  /** The user's words for labelling comment text: a CSV (or .xlsx sheet) of a word or phrase and its weight. */
  lexicon?: InputRef;
  windowDays: number;
  emvAsReturn: boolean;
  /** Hours of staff time and their hourly rate, added to the cost. */
  staff?: StaffTime;
  /** When orders on a code are doubted, where the user changes a default. */
  codeThresholds?: CodeThresholds;
  campaign?: string;
  locale: Locale;
  encoding: EncodingChoice;
  /** The workbook to write; undefined with --json alone, which only prints the figures. */
  out?: string;
  force: boolean;
  json: boolean;
  help: boolean;
  /** Columns the user names for measures, replacing what recognition decided. */
  columnChoices: ColumnChoice[];
  /** The header's row (1-based) per kind of source, where the user names it. */
  headerRows: Partial<Record<SourceKind, number>>;
  /** The order of numeric dates (05/03/2024) where the user names it; else each column's tells. */
  dateOrder?: DayOrder;
}

/** `--map orders.customer=Email`: the column with that header holds the measure; no header, none does. */
export interface ColumnChoice {
  kind: SourceKind;
  measure: Measure;
  header: string;
}

/** The default output file when neither --out nor --json is given. */
export const DEFAULT_OUT = "campaign-summary.xlsx";
/** docs/kpi.md's worked example uses an industry CPM of 8. */
const DEFAULT_CPM = 8;
const ENCODINGS: EncodingChoice[] = ["auto", "utf8", "gb18030", "big5"];
const FLAGS = new Set(["--emv-as-return", "--force", "--json", "--help", "-h"]);
const VALUED = new Set([
  "--posts",
  "--mentions",
  "--orders",
  "--sheet",
  "--cpm",
  "--rate-card",
  "--lexicon",
  "--window",
  "--staff-hours",
  "--hourly-rate",
  "--doubt-orders",
  "--doubt-share",
  "--doubt-reach",
  "--campaign",
  "--lang",
  "--encoding",
  "--out",
  "--map",
  "--header-row",
  "--date-order",
]);
// Options that may be given more than once.
const REPEATED = new Set(["--map", "--header-row"]);

/** Splits "data.xlsx#Orders" into the workbook and its sheet; other paths are taken whole. */
export function parseInputRef(text: string, defaultSheet?: string): InputRef {
  const match = /^(.*\.xls[xm])#(.+)$/i.exec(text);
  if (match) return { path: match[1], sheet: match[2] };
  return /\.xls[xm]$/i.test(text) && defaultSheet
    ? { path: text, sheet: defaultSheet }
    : { path: text };
}

/** Reads the command line; a bad option raises a report problem. */
export function parseArguments(argv: string[]): ReportOptions {
  const repeated = new Map<string, string[]>();
  const values = collectOptions(argv, repeated);
  const flag = (name: string) => values.has(name);
  const help = flag("--help") || flag("-h");
  const json = flag("--json");
  const sheet = values.get("--sheet");
  const inputs: ReportOptions["inputs"] = {};
  for (const kind of SOURCE_KINDS) {
    const path = values.get(`--${kind}`);
    if (path) inputs[kind] = parseInputRef(path, sheet);
  }
  if (!help && Object.keys(inputs).length === 0) fail({ kind: "noSources" });
  const rateCard = values.get("--rate-card");
  if (rateCard !== undefined && values.has("--cpm")) fail({ kind: "cpmWithRateCard" });
  const out = values.get("--out") ?? (json ? undefined : DEFAULT_OUT);
  const lexicon = values.get("--lexicon");
  return {
    inputs,
    cpm: numberOption(values, "--cpm", DEFAULT_CPM, false),
    // --sheet names the sources' sheet: a rate card workbook given without "#" is read from its first.
    ...(rateCard !== undefined ? { rateCard: parseInputRef(rateCard) } : {}),
    ...(lexicon !== undefined ? { lexicon: parseInputRef(lexicon) } : {}),
    windowDays: numberOption(values, "--window", DEFAULT_WINDOW_DAYS, true),
    emvAsReturn: flag("--emv-as-return"),
    ...staffTime(values),
    ...codeThresholds(values),
    campaign: values.get("--campaign"),
    locale: choiceOption(values, "--lang", [...LOCALES], "en"),
    encoding: choiceOption(values, "--encoding", ENCODINGS, "auto"),
    out,
    force: flag("--force"),
    json,
    help,
    columnChoices: (repeated.get("--map") ?? []).map(columnChoice),
    headerRows: headerRows(repeated.get("--header-row") ?? [], Object.keys(inputs) as SourceKind[]),
    ...dateOrder(values),
  };
}

function columnChoice(text: string): ColumnChoice {
  const match = /^([a-z]+)\.([A-Za-z]+)=(.*)$/s.exec(text);
  const kind = SOURCE_KINDS.find((k) => k === match?.[1]);
  const measure =
    kind && MEASURES_BY_KIND[kind].find((m) => m.toLowerCase() === match?.[2].toLowerCase());
  if (!match || !kind || !measure) {
    const choices = SOURCE_KINDS.flatMap((k) => MEASURES_BY_KIND[k].map((m) => `${k}.${m}`));
    return fail({ kind: "badChoice", option: "--map", value: text, choices });
  }
  return { kind, measure, header: match[3].trim() };
}

// Staff time counts only with both its hours and their rate: one alone is a mistake, not a zero.
function staffTime(values: Map<string, string>): { staff?: StaffTime } {
  const given = ["--staff-hours", "--hourly-rate"].filter((option) => values.has(option));
  if (given.length === 0) return {};
  if (given.length === 1)
    fail({
      kind: "missingValue",
      option: given[0] === "--staff-hours" ? "--hourly-rate" : "--staff-hours",
    });
  return {
    staff: {
      hours: numberOption(values, "--staff-hours", 0, false),
      hourlyRate: numberOption(values, "--hourly-rate", 0, false),
    },
  };
}

// The doubt's thresholds, each checked where a wrong one would flag every order or none.
function codeThresholds(values: Map<string, string>): { codeThresholds?: CodeThresholds } {
  const options = ["--doubt-orders", "--doubt-share", "--doubt-reach"];
  if (!options.some((option) => values.has(option))) return {};
  const defaults = DEFAULT_CODE_THRESHOLDS;
  const minOrders = numberOption(values, "--doubt-orders", defaults.minOrders, true);
  const minShare = numberOption(values, "--doubt-share", defaults.minShare, false);
  const maxOrdersPerImpression = numberOption(
    values,
    "--doubt-reach",
    defaults.maxOrdersPerImpression,
    false
  );
  const bad = (option: string, expected: "whole" | "share" | "positive") =>
    fail({ kind: "badThreshold", option, value: values.get(option) ?? "", expected });
  if (minOrders < 1) bad("--doubt-orders", "whole");
  if (minShare > 1) bad("--doubt-share", "share");
  if (maxOrdersPerImpression === 0) bad("--doubt-reach", "positive");
  return { codeThresholds: { minOrders, minShare, maxOrdersPerImpression } };
}

function dateOrder(values: Map<string, string>): { dateOrder?: DayOrder } {
  if (!values.has("--date-order")) return {};
  const orders = Object.keys(DATE_ORDER_FLAGS) as DayOrder[];
  const flag = choiceOption(values, "--date-order", Object.values(DATE_ORDER_FLAGS), "dmy");
  return { dateOrder: orders.find((order) => DATE_ORDER_FLAGS[order] === flag) };
}

// "--header-row 3" for every source, "--header-row orders=3" for one.
function headerRows(texts: string[], kinds: SourceKind[]): Partial<Record<SourceKind, number>> {
  const rows: Partial<Record<SourceKind, number>> = {};
  for (const text of texts) {
    const [named, row] = text.includes("=") ? text.split("=", 2) : [undefined, text];
    const value = Number(row);
    const kind = SOURCE_KINDS.find((k) => k === named);
    if (!Number.isInteger(value) || value < 1 || (named !== undefined && !kind))
      fail({ kind: "badNumber", option: "--header-row", value: text });
    for (const k of kind ? [kind] : kinds) rows[k] = value;
  }
  return rows;
}

// Options as name → value ("" for flags); accepts "--name value" and "--name=value".
function collectOptions(argv: string[], repeated: Map<string, string[]>): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitInline(argv[i]);
    if (FLAGS.has(name) && inline === undefined) {
      values.set(name, "");
    } else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        fail({ kind: "missingValue", option: name });
      values.set(name, value);
      if (REPEATED.has(name)) repeated.set(name, [...(repeated.get(name) ?? []), value]);
    } else {
      fail({ kind: "unknownOption", option: argv[i] });
    }
  }
  return values;
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf("=");
  return arg.startsWith("--") && equals > 0
    ? [arg.slice(0, equals), arg.slice(equals + 1)]
    : [arg, undefined];
}

function numberOption(
  values: Map<string, string>,
  option: string,
  fallback: number,
  whole: boolean
): number {
  const text = values.get(option);
  if (text === undefined) return fallback;
  const value = parseNumberText(text);
  if (!(value >= 0) || (whole && !Number.isInteger(value)))
    fail({ kind: "badNumber", option, value: text });
  return value;
}

function choiceOption<T extends string>(
  values: Map<string, string>,
  option: string,
  choices: T[],
  fallback: T
): T {
  const text = values.get(option);
  if (text === undefined) return fallback;
  const choice = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  if (!choice) fail({ kind: "badChoice", option, value: text, choices });
  return choice;
}

/** The text of --help. */
export const HELP = `wom-report: the word-of-mouth campaign summary from CSV or XLSX files, without Excel.

Usage:
  wom-report [--posts FILE] [--mentions FILE] [--orders FILE] [options]

Sources (at least one; the same file may be given for several kinds):
  --posts FILE      one row per post or per creator: creator, channel, impressions, reposts,
                    comments, likes, cost, discount code
  --mentions FILE   one row per comment (a sentiment label, or only its text, which the report
                    labels), counts of positive/neutral/negative, or 0-10 survey answers
  --orders FILE     one row per order: customer ID, date, revenue, discount code or UTM source
  FILE is a .csv file, or an .xlsx file with the sheet after "#": data.xlsx#Orders
  --sheet NAME      the sheet to read from .xlsx files given without "#" (default: the first)
  --encoding auto|utf8|gb18030|big5   CSV text encoding (default: auto, detected)

Columns (the report prints which column became which measure; change what it got wrong):
  --map KIND.MEASURE=HEADER   the column with that header holds the measure, e.g.
                    --map orders.customer=Email  --map posts.cost=报价  (no header: no column)
                    measures: ${SOURCE_KINDS.map((k) => `${k}.{${MEASURES_BY_KIND[k].join(",")}}`).join("\n                    ")}
  --header-row N    the header is row N of every source (or --header-row orders=N); by default it
                    is found under title, metadata and blank rows
  --date-order dmy|mdy   the order of numeric dates such as 05/03/2024 (day/month/year or
                    month/day/year); by default a date with a day over 12 tells it, else the
                    export's platform or this computer's convention, and the report says which

Assumptions:
  --cpm N           industry CPM for EMV, in the data's currency (default: ${DEFAULT_CPM})
  --rate-card FILE  EMV rates per channel instead of --cpm: a CSV with the columns channel, cpm,
                    per_repost, per_comment, per_like and an "other" row for every other channel
  --lexicon FILE    your words for labelling comment text: two columns, a word or phrase and
                    its weight (above 0 praises, below 0 complains, 0 silences), a header row
                    allowed; they add to the built-in words and win where both have a word
  --window DAYS     attribution window after first exposure (default: ${DEFAULT_WINDOW_DAYS})
  --emv-as-return   also show ROI with EMV counted as return
  --staff-hours N --hourly-rate N   the team's hours on the campaign and what an hour costs:
                    added to the cost, shown as its own line (both or neither)
  --doubt-orders N --doubt-share F --doubt-reach F   when an order on a creator's code is
                    doubtful: one customer's N orders that are also a share F of the code's
                    (defaults 3 and 0.2), or a code's orders above F per impression (0.01)
  --campaign NAME   the campaign's name on the sheet

Output:
  --out FILE.xlsx   the workbook to write: the sources and the summary sheet
                    (default: ${DEFAULT_OUT}; with --json and no --out, no workbook)
  --force           replace FILE.xlsx if it exists (an input file is never replaced)
  --lang en|zh-CN|zh-TW   language of the sheet and of the terminal (default: en)
  --json            print the figures as JSON instead of the table
  --help            show this text

Example:
  wom-report --posts examples/posts.csv --mentions examples/mentions.csv \\
    --orders examples/orders.csv --cpm 8 --out summary.xlsx
`;

/** The report's own words in English: its problems, its progress and where the workbook went. */
import { describeValue } from "../describe-value";
import type { ReportWords } from "../words";
import { DayOrder, otherDayOrder as other } from "../../cells/dates";
import { DATE_ORDER_FLAGS, DayOrderBasis } from "../../cli/problems";
import { dayOrderBasis, DayOrderWords } from "../day-orders";

const DAY_ORDERS: DayOrderWords = {
  orders: { dayFirst: "day first (day/month/year)", monthFirst: "month first (month/day/year)" },
  dates: (evidence, row) => `(${evidence} in row ${row} reads only that way)`,
  option: "(as --date-order says)",
  assumed: (source, otherOrder, flag) =>
    `(${source}: no day in the first rows is over 12; if they are ${otherOrder}, run again with --date-order ${flag})`,
  platform: (platform) => `as ${platform} writes them`,
  locale: (locale) => `this computer's convention, ${locale}`,
};
const ORDERS = DAY_ORDERS.orders;
const basisText = (order: DayOrder, because: DayOrderBasis) =>
  dayOrderBasis(DAY_ORDERS, order, because);

export const report: ReportWords = {
  problems: {
    unknownOption: (p) => `unknown option ${p.option} (see --help)`,
    missingValue: (p) => `${p.option} needs a value`,
    badNumber: (p) => `${p.option} ${describeValue(p.value)} is not a number of zero or more`,
    badThreshold: (p) =>
      `${p.option} ${describeValue(p.value)} cannot be used: give ${{ whole: "a whole number of 1 or more", share: "a share from 0 to 1, such as 0.2", positive: "a number above 0, such as 0.01" }[p.expected]}`,
    badChoice: (p) => `${p.option} ${describeValue(p.value)} is not one of ${p.choices.join(", ")}`,
    noSources: () => "give at least one of --posts, --mentions or --orders (see --help)",
    missingFile: (p) => `${p.file} does not exist`,
    notAFile: (p) => `${p.file} is not a file`,
    unreadableEncoding: (p) =>
      p.encoding
        ? `${p.file} is not valid ${p.encoding} text (try --encoding auto)`
        : `${p.file} is not text in UTF-8, GB18030 or Big5`,
    emptyFile: (p) => `${p.file} is empty`,
    headerOnly: (p) => `${p.file} has a header row but no data rows`,
    blankHeader: (p) => `${p.file} has a blank header in column ${p.column}`,
    duplicateHeader: (p) => `${p.file} has the header ${describeValue(p.header)} twice`,
    openQuote: (p) =>
      `${p.file} row ${p.row}: the quote that opens ${p.header} is never closed, so the rest of the file runs into that cell; the file may be cut short or its quotes broken: export it again`,
    cutShort: (p) =>
      `${p.file} ends in the middle of row ${p.row} (${p.cells} of ${p.columns} columns, ${p.header} missing): the file was cut short; download or export it again`,
    mixedCurrency: (p) =>
      `${p.file} row ${p.row}: ${describeValue(p.value)} in ${p.header} is in ${p.currencies[1]}, but the column's amounts above are in ${p.currencies[0]}: one column must hold one currency; convert them first`,
    noSuchColumn: (p) =>
      `${p.file} has no column ${describeValue(p.header)} (its headers: ${p.headers.join(", ")})`,
    notNumber: (p) =>
      `${p.file} row ${p.row}: ${describeValue(p.value)} in ${p.header} is not a number`,
    notDate: (p) =>
      `${p.file} row ${p.row}: ${describeValue(p.value)} in ${p.header} is not a date`,
    dayOrderContradicted: (p) =>
      `${p.file} row ${p.row}: ${describeValue(p.value)} in ${p.header} is a date only read ${ORDERS[other(p.order)]}, but the column's dates were read ${ORDERS[p.order]} ${basisText(p.order, p.because)}: give their order with --date-order ${DATE_ORDER_FLAGS[other(p.order)]}, or fix the cell`,
    mixedDayOrder: (p) =>
      `${p.file}: the dates in ${p.header} are written in two orders (${p.first} can only be ${ORDERS[p.order]}, ${p.second} only ${ORDERS[other(p.order)]}): write them in one order, or give it with --date-order dmy or --date-order mdy`,
    missingSheet: (p) =>
      `${p.file} has no sheet ${describeValue(p.sheet)} (it has ${p.sheets.join(", ")})`,
    notWorkbook: (p) => `${p.file} is not an .xlsx workbook`,
    htmlWorkbook: (p) =>
      `${p.file} is a web page (HTML) saved with ${p.extension ? `an ${p.extension} name` : "no extension"}, not a workbook: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook), or export CSV`,
    excel97Workbook: (p) =>
      `${p.file} is an Excel 97-2003 workbook (.xls), which the report does not read: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)`,
    outputExists: (p) => `${p.file} exists: add --force to replace it`,
    outputIsInput: (p) => `${p.file} is one of the input files: choose another --out`,
    outputNotXlsx: (p) => `${p.file} must end in .xlsx`,
    outputFolderMissing: (p) => `the folder of ${p.file} does not exist`,
    cpmWithRateCard: () =>
      "give --cpm or --rate-card, not both: the rate card's cpm column sets every CPM",
    rateCardColumn: (p) =>
      `${p.file} has no ${p.column} column: a rate card has the columns channel, cpm, per_repost, per_comment and per_like`,
    badRate: (p) =>
      `${p.file} row ${p.row}: ${describeValue(p.value)} in ${p.header} is not a number of zero or more`,
    blankChannel: (p) => `${p.file} row ${p.row} has rates but no channel`,
    channelTwice: (p) =>
      `${p.file} row ${p.row} lists the channel ${describeValue(p.channel)} again`,
    noOtherRow: (p) =>
      `${p.file} has no "other" row: add one with the rates of every channel the card does not list`,
  },
  reading: "Reading",
  written: (file) => `Workbook written to ${file}`,
  defaultCampaign: "Campaign",
  inputs: {
    header: (file, row) => `${file}: header on row ${row}`,
    column: (measure, header, samples) =>
      `    ${measure} ← ${header}${samples.length ? ` (${samples.join(", ")})` : ""}`,
    refused: (header, measure, because) => `    not ${measure}: ${header}, because ${because}`,
    because: {
      notNumbers: "its cells are not numbers",
      notDates: "its cells are not dates",
      notLabels: "its cells are not text labels",
      outsideZeroToTen: "its answers are not whole numbers from 0 to 10",
      noneAboveFive: "no answer is above 5 (a 1-5 rating or a group code, not a 0-10 answer)",
      salesChannels: "it holds sales channels (web, pos), not UTM sources",
    },
    howToMap:
      "To change a column: --map orders.customer=Email (kind.measure=header), --header-row N, or FILE.xlsx#sheet.",
    labelled: (header, ownWords, file) =>
      `    Sentiment labelled by the report from ${header}, with the built-in lexicon${file ? ` and ${ownWords} word${ownWords === 1 ? "" : "s"} of ${file}` : ""} (a sentiment column would win)`,
    dayOrder: (header, order, because) =>
      `    dates in ${header} read ${ORDERS[order]} ${basisText(order, because)}`,
  },
};

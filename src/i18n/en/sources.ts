/** What the pane and the report say about a source problem, in English. */
import type { SourceWords } from "../words";

export const sources: SourceWords = {
  sourceKindTwice: () => "picked more than once: keep one block for it.",
  emptySelection: () => "the selection is empty. Select a cell inside your data and try again.",
  noHeader: (p) =>
    `the first row (${p.cell}) holds numbers, not headers. Add a header row that names each column.`,
  noData: () => "there are no data rows under the header.",
  blankHeader: (p) =>
    `header cell ${p.cell} is blank or merged, but its column holds data. Give every column its own header in one row.`,
  noRecognisedColumn: () => "no column was recognised. Choose what each column holds.",
  columnOutsideBlock: (p) => `the ${p.measure} column is outside the selected block.`,
  columnMappedTwice: (p) =>
    `column "${p.header}" is chosen as both ${p.measure} and ${p.otherMeasure}. Choose one.`,
  measureMappedTwice: (p) =>
    `${p.measure} is chosen for two columns, "${p.header}" and "${p.otherHeader}". Choose one.`,
  notNumber: (p) => `${p.cell} holds ${p.value}, which is not a number (${p.measure}).`,
  numberAsText: (p) =>
    `${p.cell} holds ${p.value}, a number stored as text, which Excel's SUM skips. Convert the column to numbers.`,
  negativeNumber: (p) => `${p.cell} holds ${p.value}, but ${p.measure} cannot be negative.`,
  notScore: (p) => `${p.cell} holds ${p.value}, but survey scores are whole numbers from 0 to 10.`,
  notDate: (p) => `${p.cell} holds ${p.value}, which is not a date (${p.measure}).`,
  dateAsText: (p) =>
    `${p.cell} holds ${p.value}, a date stored as text, which formulas cannot compare. Convert the column to dates.`,
  notId: (p) => `${p.cell} holds ${p.value}, which cannot be a ${p.measure}.`,
  paddedText: (p) =>
    `${p.cell} holds ${p.value} with spaces around it, which Excel's COUNTIFS would not match. Remove the spaces.`,
  criteriaText: (p) =>
    `${p.cell} holds ${p.value}: Excel's COUNTIFS reads *, ?, ~ and a leading =, < or > as a rule, so the leaderboard or the rate card could not count it. Rename it.`,
  missingColumn: (p) => `no ${p.measures} column, so the summary leaves out ${p.figures}.`,
  unknownLabels: (p) =>
    `${p.count} labels are not positive, neutral or negative (the first is ${p.value} in ${p.cell}); they are left out.`,
  severalCodes: (p) =>
    `${p.creator} has more than one discount code (${p.code}, ${p.otherCode}); the leaderboard counts orders with ${p.code} only.`,
  ordersNeedSorting: (p) =>
    `this table has a ${p.measures} column, so line items and voided, cancelled or refunded orders are not orders to count. On Create the pane reads every row, leaves those out (revenue net of partial refunds), writes the rows used to a sheet of their own and makes the summary from that sheet.`,
};

/** The problems of the functions' arguments and cells, in English. */
import type { CellPosition } from "../../cells/problem";
import { describeValue } from "../describe-value";
import type { CellWords } from "../words";

function where(at: CellPosition): string {
  return at.columns > 1
    ? `row ${at.row}, column ${at.column} of ${at.arg}`
    : `row ${at.row} of ${at.arg}`;
}

export const cells: CellWords = {
  notNumber: (d) => `${describeValue(d.value)} in ${where(d.at)} is not a number`,
  negative: (d) => `${d.value} in ${where(d.at)} is negative`,
  npsOutOfRange: (d) => `answer ${describeValue(d.value)} in ${where(d.at)} is outside 0-10`,
  notWholeAnswer: (d) => `answer ${d.value} in ${where(d.at)} is not a whole number from 0 to 10`,
  badId: (d) => `${describeValue(d.value)} in ${where(d.at)} is not a customer ID`,
  notDate: (d) => `${describeValue(d.value)} in ${where(d.at)} is not a date`,
  missingPair: (d) => `${where(d.at)} is blank but ${d.partner} has a value there`,
  shapeMismatch: (d) =>
    d.expected === "one cell"
      ? `${d.arg} must be one cell`
      : `${d.arg} must be one value or the same shape as ${d.expected}`,
  requires: (d) => `${d.arg} is required with ${d.partner}`,
  scalarOutOfRange: (d) => `${d.arg} ${d.value} is outside ${d.range}`,
  noData: (d) => `${d.arg} holds no data`,
  zeroDenominator: (d) => `${d.arg} totals zero`,
  windowReversed: () => "start_date is after end_date",
  unknownLabel: (d) =>
    `${describeValue(d.value)} in ${where(d.at)} is not a sentiment label (positive, neutral or negative)`,
  notText: (d) => `${where(d.at)} is neither text nor a number`,
  lexiconColumns: (d) => `${d.arg} must have two columns: a word or phrase, then its weight`,
  lexiconBlankWord: (d) => `row ${d.row} of ${d.arg} has a weight but no word`,
  lexiconNoWeight: (d) => `row ${d.row} of ${d.arg} has a word but no weight`,
  lexiconWeight: (d) =>
    `weight ${describeValue(d.value)} in row ${d.row} of ${d.arg} is not a number`,
  lexiconNoWords: (d) =>
    `${describeValue(d.term)} in row ${d.row} of ${d.arg} has only punctuation or symbols, no word to match`,
  lexiconSpansClauses: (d) =>
    `${describeValue(d.term)} in row ${d.row} of ${d.arg} holds a comma or full stop, which ends a clause: give one word or phrase per row`,
  lexiconDuplicate: (d) =>
    `${describeValue(d.term)} in row ${d.row} of ${d.arg} is already in row ${d.firstRow} with another weight`,
  argNotNumber: (d) => `${d.arg} ${describeValue(d.value)} is not a number`,
  required: (d) => `${d.arg} is required`,
  exceeds: (d) => `${d.arg} ${d.value} is more than ${d.limitArg} ${d.limit}`,
  notLine: (d) => `${d.arg} must be one row or one column`,
  tooFew: (d) => `${d.arg} needs at least ${d.needed} numbers`,
  earlierThanPartner: (d) => `${where(d.at)} is earlier than ${d.partner} on the same row`,
  noPolarMentions: () => "there are no positive or negative mentions (neutral ones are left out)",
  argNotLogical: (d) => `${d.arg} ${describeValue(d.value)} is not TRUE or FALSE`,
  noVariance: () =>
    "each sample has all its answers in one group, so the plain Wald test has no spread: use the adjusted Wald form",
  unknownPeriod: (d) => `${d.arg} ${describeValue(d.value)} is not "month", "week" or "quarter"`,
  notWholeNumber: (d) => `${d.arg} ${d.value} is not a whole number of ${d.least} or more`,
  notPositive: (d) => `${d.arg} ${d.value} is not above 0`,
};

/**
 * Dates as Excel holds them: serial numbers of days since Excel's day 0, with the time of day as the
 * fraction. The one place that knows the epoch and reads ISO dates written as text.
 */
import { badCell, Failed } from "./problem";
import { parseNumberText } from "./numbers";
import { positionOf } from "./ranges";
import { isBlank, Matrix } from "./values";

// Excel's day 0 for every serial from 1 March 1900 on (its day 60 is the 29 February 1900 that never was).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
// A time zone offset is read past, not applied: the calendar date is the one written (docs/kpi.md).
const ISO_DATE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const CHINESE_DATE =
  /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
// "Mar 5, 2024" (creator reports) and "04-Mar-2024 09:00AM" (Meltwater).
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const DAY_MONTH_YEAR =
  /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
// "05/03/2024", "3/5/2024 10:15:32 AM", "05.03.2024 21:02": which number is the day is for the
// whole column to tell (columnDayOrder); alone, such a date is read only in an order given.
const NUMERIC_DATE =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// YYYY-MM-DD, the usual export, read by position: a million order dates add up.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// 31 December 9999, Excel's last date: a larger serial is no date Excel can show.
const LAST_EXCEL_DAY = 2958465;

/** Which number of a numeric date such as 05/03/2024 is the day. */
export type DayOrder = "dayFirst" | "monthFirst";

/** The order a numeric date is read in when it is not read in `order`. */
export function otherDayOrder(order: DayOrder): DayOrder {
  return order === "dayFirst" ? "monthFirst" : "dayFirst";
}

/**
 * A cell's date as an Excel serial, from a serial, a number as text or a date as text (a numeric
 * one such as 05/03/2024 only when `order` says which number is the day); NaN otherwise.
 */
export function toDateSerial(value: unknown, order?: DayOrder): number {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  const numeric = parseNumberText(text);
  if (!Number.isNaN(numeric)) return numeric >= 0 ? numeric : NaN;
  return isoDateSerial(text, order);
}

/**
 * The serial of a date as text in whichever order it reads (day first when both do): enough to
 * tell a column of dates from one of text, not to read the dates, whose order is the column's.
 */
export function anyDateSerial(text: string): number {
  return toDateSerial(text, numericDateOrder(text) === "monthFirst" ? "monthFirst" : "dayFirst");
}

/** True when the text is a date as exports write it, numeric ones (05/03/2024) included. */
export function isDateText(text: string): boolean {
  return !Number.isNaN(anyDateSerial(text));
}

/**
 * What a numeric date (05/03/2024) says of its column's order: the order when one of its first two
 * numbers is over 12, "either" when both are 12 or less; undefined when the text is no such date
 * or a date in neither order (13/13/2024).
 */
export function numericDateOrder(text: string): DayOrder | "either" | undefined {
  const match = NUMERIC_DATE.exec(text.trim());
  if (!match) return undefined;
  const dayFirst = !Number.isNaN(isoDateSerial(text, "dayFirst"));
  const monthFirst = !Number.isNaN(isoDateSerial(text, "monthFirst"));
  if (dayFirst && monthFirst) return "either";
  return dayFirst ? "dayFirst" : monthFirst ? "monthFirst" : undefined;
}

/** How a column's numeric dates are ordered, as its cells tell it. */
export type ColumnDayOrder =
  | { found: "none" }
  /** Every numeric date reads both ways (no day over 12): the order must be assumed. */
  | { found: "either" }
  /** `evidence` is the first date that reads one way only, at `index` among the texts. */
  | { found: DayOrder; evidence: string; index: number }
  /** Two dates that each read one way only, and not the same way; `order` is the first's. */
  | { found: "conflict"; first: string; order: DayOrder; second: string };

/** The order of the numeric dates among `texts` (a column's cells), read together. */
export function columnDayOrder(texts: readonly unknown[]): ColumnDayOrder {
  let known: { found: DayOrder; evidence: string; index: number } | undefined;
  let either = false;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index];
    if (typeof text !== "string") continue;
    const order = numericDateOrder(text);
    if (order === undefined) continue;
    if (order === "either") either = true;
    else if (known === undefined) known = { found: order, evidence: text.trim(), index };
    else if (known.found !== order)
      return { found: "conflict", first: known.evidence, order: known.found, second: text.trim() };
  }
  if (known) return known;
  return either ? { found: "either" } : { found: "none" };
}

function monthOf(name: string): number {
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return month > 0 && MONTHS[month - 1] === name.slice(0, 3).toLowerCase() ? month : NaN;
}

const number = (part: string | undefined) => Number(part ?? 0);

// A 12-hour clock's hour ("09", "PM") on the 24-hour clock; NaN when it is no such hour.
function hourOf(hour: string | undefined, half: string | undefined): number {
  const value = number(hour);
  if (!half) return value;
  if (value < 1 || value > 12) return NaN;
  return (value % 12) + (half.toLowerCase() === "pm" ? 12 : 0);
}

// Year, month, day, hour, minute, second of a date as exports write it; undefined when it is none.
function dateParts(text: string, order: DayOrder | undefined): number[] | undefined {
  const iso = ISO_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (iso) return iso.slice(1, 7).map(number);
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst)
    return [number(monthFirst[3]), monthOf(monthFirst[1]), number(monthFirst[2]), 0, 0, 0];
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const [day, , year, , minute, second] = dayFirst.slice(1).map(number);
    return [year, monthOf(dayFirst[2]), day, hourOf(dayFirst[4], dayFirst[7]), minute, second];
  }
  const numeric = order === undefined ? null : NUMERIC_DATE.exec(text);
  if (!numeric) return undefined;
  const [first, , second, year, , minute, seconds] = numeric.slice(1).map(number);
  const [day, month] = order === "dayFirst" ? [first, second] : [second, first];
  return [year, month, day, hourOf(numeric[5], numeric[8]), minute, seconds];
}

/**
 * The serial of a date written as text: ISO ("2024-05-01", "2024/5/1 13:30", with seconds'
 * fractions or an offset), "2024年3月5日", "Mar 5, 2024", "04-Mar-2024 09:00AM", and with `order`
 * numeric dates ("05/03/2024 21:02"); NaN otherwise.
 */
export function isoDateSerial(text: string, order?: DayOrder): number {
  if (ISO_DAY.test(text)) return isoDaySerial(text);
  const parts = dateParts(text.trim(), order);
  if (!parts) return NaN;
  const [year, month, day, hour, minute, second] = parts;
  if (
    !(month >= 1) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    !(hour <= 23) ||
    minute > 59 ||
    second > 59
  )
    return NaN;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(ms).getUTCDate() !== day) return NaN;
  return serialOf(ms);
}

// The digits are read by their codes: ISO_DAY has checked them, and a million dates need no slices.
function isoDaySerial(text: string): number {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  if (!(day >= 1 && day <= days)) return NaN;
  return serialOf(Date.UTC(year, month - 1, day));
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function serialOf(utcMs: number): number {
  return (utcMs - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** The UTC date of a serial's day. */
function dateOf(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
}

/** The date of a serial as ISO text, "2024-02-26". */
export function isoDateOf(serial: number): string {
  return dateOf(serial).toISOString().slice(0, 10);
}

/** The serial of the Monday that starts the ISO week of a date (or date-time) serial. */
export function isoWeekStart(serial: number): number {
  const day = Math.floor(serial);
  // Serial 2 fell on a Monday in Excel's calendar, so (day − 2) mod 7 counts the days since Monday.
  return day - ((((day - 2) % 7) + 7) % 7);
}

/** The ISO week of a Monday, as "2024-W09": the year and number of the week holding its Thursday. */
export function isoWeekLabel(weekStart: number): string {
  const thursday = dateOf(weekStart + 3);
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / MS_PER_DAY;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, "0")}`;
}

/** The date serial of one cell of a range: NaN when blank, the named bad cell when not a date. */
export function dateAt(dates: Matrix, arg: string, row: number, column: number): number | Failed {
  const cell = dates[row][column];
  // Excel passes dates as serial numbers: take them before the slower blank and text paths.
  if (typeof cell === "number" && cell >= 0 && cell < Infinity) return cell;
  if (isBlank(cell)) return NaN;
  const serial = toDateSerial(cell);
  if (serial !== serial)
    return badCell({ kind: "notDate", value: cell, at: positionOf(arg, dates, row, column) });
  return serial;
}

/** As dateAt, and a serial past 31 December 9999, Excel's last day, is no date either. */
export function calendarDateAt(
  dates: Matrix,
  arg: string,
  row: number,
  column: number
): number | Failed {
  const date = dateAt(dates, arg, row, column);
  if (typeof date === "number" && date >= LAST_EXCEL_DAY + 1)
    return badCell({ kind: "notDate", value: date, at: positionOf(arg, dates, row, column) });
  return date;
}

/** "2024-05-01 09:30" in local time, as the sheet shows when it was made. */
export function localTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

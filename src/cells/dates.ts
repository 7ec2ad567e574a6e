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
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// YYYY-MM-DD, the usual export, read by position: a million order dates add up.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A cell's date as an Excel serial, from a serial, a number as text or ISO text; NaN otherwise. */
export function toDateSerial(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  const numeric = parseNumberText(text);
  if (!Number.isNaN(numeric)) return numeric >= 0 ? numeric : NaN;
  return isoDateSerial(text);
}

function monthOf(name: string): number {
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return month > 0 && MONTHS[month - 1] === name.slice(0, 3).toLowerCase() ? month : NaN;
}

// Year, month, day, hour, minute, second of a date as exports write it; undefined when it is none.
function dateParts(text: string): number[] | undefined {
  const number = (part: string | undefined) => Number(part ?? 0);
  const iso = ISO_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (iso) return iso.slice(1, 7).map(number);
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst)
    return [number(monthFirst[3]), monthOf(monthFirst[1]), number(monthFirst[2]), 0, 0, 0];
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (!dayFirst) return undefined;
  let hour = number(dayFirst[4]);
  const half = dayFirst[7]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half) hour = (hour % 12) + (half === "pm" ? 12 : 0);
  const [day, , year, , minute, second] = dayFirst.slice(1).map(number);
  return [year, monthOf(dayFirst[2]), day, hour, minute, second];
}

/**
 * The serial of a date written as text: ISO ("2024-05-01", "2024/5/1 13:30", with seconds'
 * fractions or an offset), "2024年3月5日", "Mar 5, 2024", "04-Mar-2024 09:00AM"; NaN otherwise.
 */
export function isoDateSerial(text: string): number {
  if (ISO_DAY.test(text)) return isoDaySerial(text);
  const parts = dateParts(text.trim());
  if (!parts) return NaN;
  const [year, month, day, hour, minute, second] = parts;
  if (
    !(month >= 1) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
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

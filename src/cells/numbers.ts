/**
 * The one rule for a number written as text, wherever text becomes a number: a cell holding a number
 * as text, a CSV cell, a function's argument, the pane's fields and the command line's options.
 * Numbers are read as exports and dashboards print them:
 * - spaces around, a sign (+ or -), full-width characters as Chinese input methods type them (８, ０.３,
 *   １，０００, ＋５), thousands separators in groups of three (80,000 or 80，000), a point, an exponent;
 * - a unit suffix: 万/w/W 10,000, 亿 100,000,000, 千/k/K 1,000, M 1,000,000, B 1,000,000,000 (3.4w = 34,000);
 * - a currency before or after the amount: $, US$, HK$, ¥, ￥, RMB, CNY, HKD, USD, 元 ("HK$ 1,350", "80元",
 *   "1.2万元"); currencyOfText says which one, so a column mixing two currencies can be told apart;
 * - a percentage is the fraction it stands for: "24.00%" is 0.24, as Excel reads it when opening a CSV.
 *   Functions take percent text only for an argument that is a share (arguments.ts checks isPercentText).
 * Scaling shifts the decimal point in the text ("1.08e4"), so 1.08万 is exactly 10800 and 24.00% exactly 0.24.
 * Anything else is NaN: bad grouping (12,34), a unit or currency alone, dates, labelled survey answers.
 */

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// The full-width forms of ASCII's printable characters, U+FF01 to U+FF5E, each 0xFEE0 above its ASCII twin.
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
// An amount after full-width folding: sign, currency before, sign, digits, exponent, unit or %, currency after.
const AMOUNT =
  /^([+-]?)(?:(US\$|HK\$|\$|¥|￥|RMB|CNY|HKD|USD)\s*)?([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?\s*([万亿千wWkKMB%])?\s*(元|RMB|CNY|HKD|USD)?$/;
// Longer text is no number: comments pass through here by the million, and stop at the length check.
const LONGEST_AMOUNT = 48;
// What AMOUNT can start with: a sign, a point, a digit or a currency's first character.
const AMOUNT_FIRST = "+-.0123456789$¥￥UHRC";
const PERCENT_SIGN_AT_END = /[%％]\s*$/;

const POWER_OF_TEN: Readonly<Record<string, number>> = {
  万: 4,
  w: 4,
  W: 4,
  亿: 8,
  千: 3,
  k: 3,
  K: 3,
  M: 6,
  B: 9,
  "%": -2,
};
const CURRENCY_CODE: Readonly<Record<string, string>> = {
  $: "USD",
  US$: "USD",
  USD: "USD",
  HK$: "HKD",
  HKD: "HKD",
  "¥": "CNY",
  "￥": "CNY",
  RMB: "CNY",
  CNY: "CNY",
  元: "CNY",
};
// Survey and form exports' ways of writing "no answer"; Latin ones in any case.
const NO_ANSWER = new Set([
  "",
  "-",
  "--",
  "—",
  "n/a",
  "null",
  "(跳过)",
  "(跳過)",
  "(空)",
  "未填写",
  "未填寫",
]);

/** Text with its full-width letters, digits and signs written as their ASCII twins. */
export function foldFullWidth(text: string): string {
  // Most text has nothing to fold: a look at its codes costs less than a replace with a callback.
  let i = 0;
  while (i < text.length && !isFullWidth(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  return text.replace(FULL_WIDTH, (char) =>
    String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET)
  );
}

function isFullWidth(code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e;
}

/** A number written as text, by the rule above; NaN for anything else. */
export function parseNumberText(text: string): number {
  const trimmed = text.trim();
  // Plain ASCII numbers are the common case: they take no other path.
  if (NUMERIC_TEXT.test(trimmed)) return finiteOrNaN(Number(trimmed));
  const amount = amountOf(trimmed);
  return amount ? amount.value : NaN;
}

/** A number as an export prints it: the number, null for a "no answer" mark, NaN for other text. */
export function numberOfText(text: string): number | null {
  const value = parseNumberText(text);
  if (value === value) return value;
  // Only text that is no number pays for the markers' check ("-", "N/A", "(空)"…).
  return isNoAnswerText(text) ? null : NaN;
}

/** True for text written as a percentage, "92%" or "92 ％", whether or not a number precedes the sign. */
export function isPercentText(text: string): boolean {
  return PERCENT_SIGN_AT_END.test(text);
}

/** The currency an amount names, "USD", "HKD" or "CNY" ($ is taken as USD); undefined for none or no amount. */
export function currencyOfText(text: string): string | undefined {
  return amountOf(text.trim())?.currency;
}

/** True for the marks exports write for no answer: empty, -, --, —, N/A, null, (跳过), (空), 未填写. */
export function isNoAnswerText(text: string): boolean {
  return NO_ANSWER.has(foldFullWidth(text.trim()).toLowerCase());
}

interface Amount {
  value: number;
  currency: string | undefined;
}

// Names, IDs and labels are ruled out by their first character (folded), before any folding or pattern.
function mayBeAmount(trimmed: string): boolean {
  let first = trimmed.charCodeAt(0);
  if (isFullWidth(first)) first -= FULL_WIDTH_OFFSET;
  return AMOUNT_FIRST.includes(String.fromCharCode(first));
}

function amountOf(trimmed: string): Amount | undefined {
  if (trimmed.length > LONGEST_AMOUNT || !mayBeAmount(trimmed)) return undefined;
  const match = AMOUNT.exec(foldFullWidth(trimmed));
  if (!match) return undefined;
  const [, signBefore, currencyBefore, signAfter, digits, exponent, unit, currencyAfter] = match;
  if ((signBefore && signAfter) || (currencyBefore && currencyAfter)) return undefined;
  // A percentage is a share, not money: "$5%" is no amount.
  if (unit === "%" && (currencyBefore || currencyAfter)) return undefined;
  const shift = (exponent ? Number(exponent) : 0) + (unit ? POWER_OF_TEN[unit] : 0);
  const value = Number(`${signBefore || signAfter}${digits.replace(/,/g, "")}e${shift}`);
  if (!Number.isFinite(value)) return undefined;
  const currency = currencyBefore ?? currencyAfter;
  return { value, currency: currency === undefined ? undefined : CURRENCY_CODE[currency] };
}

function finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : NaN;
}

/**
 * The one rule for a number written as text, wherever text becomes a number: a cell holding a number
 * as text, a CSV cell, a function's argument, the pane's fields and the command line's options.
 * Spaces around it, full-width characters as Chinese input methods type them (８, ０.３, １，０００),
 * thousands separators in groups of three (80,000 or 80，000), a point and an exponent; nothing else.
 */

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?$/;
// The full-width forms of ASCII's printable characters, U+FF01 to U+FF5E, each 0xFEE0 above its ASCII twin.
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const PERCENT_TEXT = /^(.*?)\s*[%％]$/;

/** Text with its full-width letters, digits and signs written as their ASCII twins. */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) =>
    String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET)
  );
}

/** A number written as text, by the rule above; NaN for anything else. */
export function parseNumberText(text: string): number {
  let trimmed = text.trim();
  // Plain ASCII numbers are the common case: they take no other path.
  if (NUMERIC_TEXT.test(trimmed)) return finiteOrNaN(Number(trimmed));
  trimmed = foldFullWidth(trimmed);
  if (/[,，]/.test(trimmed)) {
    if (!GROUPED.test(trimmed)) return NaN;
    trimmed = trimmed.replace(/[,，]/g, "");
  }
  return NUMERIC_TEXT.test(trimmed) ? finiteOrNaN(Number(trimmed)) : NaN;
}

/** A value typed as a percentage, "92%" or "92 ％" → 0.92; NaN when it is not one. */
export function parsePercentText(text: string): number {
  const match = PERCENT_TEXT.exec(text.trim());
  return match ? parseNumberText(match[1]) / 100 : NaN;
}

function finiteOrNaN(value: number): number {
  return Number.isFinite(value) ? value : NaN;
}

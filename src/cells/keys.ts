/**
 * When two cells name the same thing. There are two rules, for two comparisons that must not be
 * confused: how Excel's COUNTIFS and SUMIFS match a cell (so computed values agree with the sheet's
 * formulas), and how a channel the posts name finds its row of a rate card the user typed.
 */

// Excel compares text case-insensitively and a number equals its text ("1001" is 1001), so IDs do too.
/** The key COUNTIFS matches by: 1001 and "1001" are one; text ignores case and surrounding spaces. */
export function idKey(id: number | string): number | string {
  if (typeof id === "number") return id;
  const text = id.trim();
  const asNumber = startsLikeNumber(text) ? canonicalNumber(text) : NaN;
  return asNumber === asNumber ? asNumber : text.toLowerCase();
}

/** A channel's name as a rate card matches it: full-width letters folded, case and spaces ignored ("b 站" is "Ｂ站"). */
export function channelKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

// Only text starting with a digit, a sign or a point can be a number: skip parsing for "C1001" and names.
function startsLikeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

// "1001" is customer 1001, but "001001" and "1,001" are other IDs: only the number's own spelling matches.
function canonicalNumber(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text.replace(/^\+/, "") ? value : NaN;
}

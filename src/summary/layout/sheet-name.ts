/** Names for the summary sheets the add-in creates, following Excel's rules for sheet names. */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

// Excel refuses these characters in a sheet name, and an apostrophe at either end.
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name free of the characters Excel refuses, at most 31 characters; "Summary" when nothing is left. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s']+|[\s']+$/g, "")
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .replace(/[\s']+$/, "");
  return cleaned === "" ? "Summary" : cleaned;
}

/**
 * The base name if no sheet has it yet, else "Base (2)", "Base (3)"…: compared without regard to case,
 * as Excel compares sheet names, and shortened so the suffix fits in 31 characters.
 */
export function uniqueSheetName(base: string, existing: string[]): string {
  const name = cleanSheetName(base);
  const taken = new Set(existing.map((sheet) => sheet.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let copy = 2; ; copy++) {
    const suffix = ` (${copy})`;
    const stem = name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/[\s']+$/, "");
    const candidate = stem + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

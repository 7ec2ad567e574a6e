/** What became of the rows of a source: used, or left out with a reason, every row counted once. */

/** Why a row is not used: each is counted and told. */
export const LEFT_OUT_REASONS = [
  "aboveHeader",
  "blank",
  "extraHeaderRows",
  "totals",
  "lineItems",
  "duplicates",
  "voided",
  "cancelled",
  "refunded",
  "skippedAnswers",
  "notRated",
  "noText",
] as const;

/** Why a row is not used. */
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** Every row of a source but its header: seen = used + the sum of leftOut. */
export interface RowAccount {
  /** The 1-based row (of the sheet, or record of the file) that holds the header. */
  headerRow: number;
  seen: number;
  used: number;
  leftOut: Partial<Record<LeftOutReason, number>>;
}

/**
 * The message of a function's problem in the user's language. Only the cells' words are imported
 * here, so that the functions bundle carries none of the pane's, the sheet's or the report's.
 */
import type { ProblemDetail } from "../cells/problem";
import { cells as english } from "./en/cells";
import { Locale } from "./locale";
import type { CellWords } from "./words";
import { cells as simplified } from "./zh-CN/cells";
import { cells as traditional } from "./zh-TW/cells";

const CELLS: Record<Locale, CellWords> = { en: english, "zh-CN": simplified, "zh-TW": traditional };

/** The message for a problem, in the given language. */
export function problemMessage(detail: ProblemDetail, locale: Locale = "en"): string {
  const format = CELLS[locale][detail.kind] as (d: ProblemDetail) => string;
  return format(detail);
}

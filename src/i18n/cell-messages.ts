/**
 * The functions' words in the user's language: the message of a problem, and how the words that
 * decided a sentiment label are listed. Only these words are imported here, so that the functions
 * bundle carries none of the pane's, the sheet's or the report's.
 */
import type { ProblemDetail } from "../cells/problem";
import { cells as english } from "./en/cells";
import { evidence as englishEvidence } from "./en/evidence";
import { Locale } from "./locale";
import type { Evidence } from "../sentiment/evidence";
import type { CellWords, EvidenceWords } from "./words";
import { cells as simplified } from "./zh-CN/cells";
import { evidence as simplifiedEvidence } from "./zh-CN/evidence";
import { cells as traditional } from "./zh-TW/cells";
import { evidence as traditionalEvidence } from "./zh-TW/evidence";

const CELLS: Record<Locale, CellWords> = { en: english, "zh-CN": simplified, "zh-TW": traditional };
const EVIDENCE: Record<Locale, EvidenceWords> = {
  en: englishEvidence,
  "zh-CN": simplifiedEvidence,
  "zh-TW": traditionalEvidence,
};

/** The message for a problem, in the given language. */
export function problemMessage(detail: ProblemDetail, locale: Locale = "en"): string {
  const format = CELLS[locale][detail.kind] as (d: ProblemDetail) => string;
  return format(detail);
}

/** How the words that decided a sentiment label are listed, in the given language. */
export function evidenceWordsOf(locale: Locale): EvidenceWords {
  return EVIDENCE[locale];
}

// A word's share of the score with its sign; the minus sign is U+2212, as in the help.
function signed(weight: number): string {
  return weight > 0 ? `+${weight}` : weight < 0 ? `−${-weight}` : "0";
}

/** Each word that counted: its negators and intensifiers, the term, its share of the score and the rules that applied. */
export function evidenceText(evidence: readonly Evidence[], locale: Locale): string {
  const words = evidenceWordsOf(locale);
  if (evidence.length === 0) return words.noWords;
  const items = evidence.map((item) =>
    words.word(
      [...item.modifiers, item.term].join(" "),
      signed(item.weight),
      item.notes.map((note) => words.notes[note])
    )
  );
  return words.words(items);
}

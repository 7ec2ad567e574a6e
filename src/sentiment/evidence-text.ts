/** The words that decided a label, as one line of text in the user's language: 不 好喝 −2（否定）；香 +1.5. */
import { evidenceWordsOf } from "../i18n/cell-messages";
import { Locale } from "../i18n/locale";
import { Evidence } from "./evidence";

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

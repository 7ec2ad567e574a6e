/** The evidence of a label as one line of plain text, for a cell: 不 好喝 −2 (negated); 香 +1.5. */
import { Evidence } from "./evidence";

function signed(weight: number): string {
  return weight > 0 ? `+${weight}` : weight < 0 ? `−${-weight}` : "0";
}

/** Describes each word that counted: its modifiers, the term, its share of the score and the rules that applied. */
export function describeEvidence(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => {
      const words = [...item.modifiers, item.term].join(" ");
      const notes = item.notes.length > 0 ? ` (${item.notes.join(", ")})` : "";
      return `${words} ${signed(item.weight)}${notes}`;
    })
    .join("; ");
}

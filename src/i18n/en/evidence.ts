/** How WOM.SENTIMENTWHY lists the words that decided a label, in English. */
import type { EvidenceWords } from "../words";

// The notes keep the classifier's own names, so that the examples of docs/sentiment.md read the same.
export const evidence: EvidenceWords = {
  notes: {
    negated: "negated",
    intensified: "intensified",
    softened: "softened",
    excess: "excess",
    superlative: "superlative",
    "in-question": "in-question",
    conceded: "conceded",
    "before-contrast": "before-contrast",
    "after-contrast": "after-contrast",
    "before-verdict": "before-verdict",
    wait: "wait",
    "never-again": "never-again",
    "not-sooner": "not-sooner",
    lukewarm: "lukewarm",
    "neither-nor": "neither-nor",
  },
  word: (term, weight, notes) =>
    notes.length > 0 ? `${term} ${weight} (${notes.join(", ")})` : `${term} ${weight}`,
  words: (items) => items.join("; "),
  noWords: "no opinion words",
};

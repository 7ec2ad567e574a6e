/** How WOM.SENTIMENTWHY lists the words that decided a label, in 繁體中文. */
import type { EvidenceWords } from "../words";

export const evidence: EvidenceWords = {
  notes: {
    negated: "否定",
    intensified: "加強",
    softened: "減弱",
    excess: "過度",
    superlative: "最高程度",
    "in-question": "問句中",
    conceded: "讓步",
    "before-contrast": "轉折前",
    "after-contrast": "轉折後",
    "before-verdict": "結論前",
    wait: "等待",
    "never-again": "不再",
    "not-sooner": "相見恨晚",
    lukewarm: "平淡",
    "neither-nor": "既不…也不",
  },
  word: (term, weight, notes) =>
    notes.length > 0 ? `${term} ${weight}（${notes.join("、")}）` : `${term} ${weight}`,
  words: (items) => items.join("；"),
  noWords: "沒有情感詞",
};

/** How WOM.SENTIMENTWHY lists the words that decided a label, in 简体中文. */
import type { EvidenceWords } from "../words";

export const evidence: EvidenceWords = {
  notes: {
    negated: "否定",
    intensified: "加强",
    softened: "减弱",
    excess: "过度",
    superlative: "最高程度",
    "in-question": "问句中",
    conceded: "让步",
    "before-contrast": "转折前",
    "after-contrast": "转折后",
    "before-verdict": "结论前",
    wait: "等待",
    "never-again": "不再",
    "not-sooner": "相见恨晚",
    lukewarm: "平淡",
    "neither-nor": "既不…也不",
  },
  word: (term, weight, notes) =>
    notes.length > 0 ? `${term} ${weight}（${notes.join("、")}）` : `${term} ${weight}`,
  words: (items) => items.join("；"),
  noWords: "没有情感词",
};

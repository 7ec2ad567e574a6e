// WOM.SENTIMENTWHY: one row of three cells for one comment (the label, the score, the words that decided it),
// the rules named in the user's language. Weights come from the test's own lexicon where they matter, and the
// shares follow docs/sentiment.md: negation reverses a word, before "but" it weighs × 0.5, after it × 1.5.
import { sentiment, sentimentWhy } from "../../src/functions/comment-sentiment";
import { evidenceText } from "../../src/i18n/cell-messages";
import { buildLexicon, classifyComment, describeEvidence } from "../../src/sentiment";
import { column, excelError, withDisplayLanguage } from "../support/excel";

const whyOf = (text: unknown, lexicon?: unknown[][]) => sentimentWhy([[text]], lexicon);

// Weights the tests set themselves, so that the expected shares are the test's arithmetic.
const LEXICON = [
  ["早鸟味", 2],
  ["好喝", 2],
  ["great", 2],
  ["flat", -2],
];

describe("WOM.SENTIMENTWHY", () => {
  it("gives one row of three cells: the label, the score and the word with its weight", () => {
    expect(whyOf("早鸟味", LEXICON)).toEqual([["positive", 2, "早鸟味 +2"]]);
  });

  it("shows a negated word with its negator and its reversed share: 不 好喝 −2 (negated)", () => {
    expect(whyOf("不好喝", LEXICON)).toEqual([["negative", -2, "不 好喝 −2 (negated)"]]);
  });

  it("shows the words before and after 'but', each with its share: +1 before, −3 after, −2 in all", () => {
    // great 2 × 0.5 = +1; flat −2 × 1.5 = −3; score +1 − 3 = −2
    expect(whyOf("Smells great but tastes flat", LEXICON)).toEqual([
      ["negative", -2, "great +1 (before-contrast); flat −3 (after-contrast)"],
    ]);
  });

  it("shows that a question's opinion word counts 0, which leaves it neutral", () => {
    expect(whyOf("好喝吗？", LEXICON)).toEqual([["neutral", 0, "好喝 0 (in-question)"]]);
  });

  it('says "no opinion words" when no word of the lexicon counts', () => {
    expect(whyOf("明天见")).toEqual([["neutral", 0, "no opinion words"]]);
  });

  it("gives a blank row for a blank cell, or one of spaces", () => {
    for (const blank of [null, "", "   "]) expect(whyOf(blank)).toEqual([["", "", ""]]);
  });

  it("reads a number as the text it shows, as WOM.SENTIMENT does", () => {
    expect(whyOf(666, [["666", 3]])).toEqual([["positive", 3, "666 +3"]]);
  });

  it("gives the label WOM.SENTIMENT gives, for every comment", () => {
    const comments = [
      "太好喝了",
      "有点贵",
      "好喝，就是有点贵",
      "请问适合手冲吗？",
      "中伏",
      "not bad",
    ];
    const labels = (sentiment(column(...comments)) as string[][]).map(([label]) => label);
    expect(comments.map((text) => (whyOf(text) as unknown[][])[0][0])).toEqual(labels);
  });

  it("takes one comment: a range of several cells is #VALUE!", () => {
    expect(excelError(sentimentWhy(column("太好喝了", "太差了")))).toEqual({
      code: "#VALUE!",
      message: "text must be one cell",
    });
  });

  it("names a cell that holds neither text nor a number", () => {
    const entity = { type: "Entity", text: "Weibo", properties: {} };
    expect(excelError(whyOf(entity))?.message).toBe("row 1 of text is neither text nor a number");
  });
});

describe("WOM.SENTIMENTWHY in Chinese Excel", () => {
  it("names the rules in simplified Chinese and keeps the label English", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(whyOf("不好喝", LEXICON)).toEqual([["negative", -2, "不 好喝 −2（否定）"]]);
      expect(whyOf("Smells great but tastes flat", LEXICON)).toEqual([
        ["negative", -2, "great +1（转折前）；flat −3（转折后）"],
      ]);
      expect(whyOf("明天见")).toEqual([["neutral", 0, "没有情感词"]]);
      expect(excelError(sentimentWhy(column("好喝", "难喝")))?.message).toBe(
        "评论 必须是一个单元格"
      );
    });
  });

  it("names the rules in traditional Chinese in zh-TW and zh-HK Excel", () => {
    withDisplayLanguage("zh-TW", () => {
      expect(whyOf("好喝嗎？", LEXICON)).toEqual([["neutral", 0, "好喝 0（問句中）"]]);
      expect(whyOf("Smells great but tastes flat", LEXICON)).toEqual([
        ["negative", -2, "great +1（轉折前）；flat −3（轉折後）"],
      ]);
    });
    withDisplayLanguage("zh-HK", () => {
      expect(whyOf("明天見")).toEqual([["neutral", 0, "沒有情感詞"]]);
    });
  });
});

describe("the words of a label in English", () => {
  it("read exactly as the classifier's own explanation, so the examples of the help hold", () => {
    const built = buildLexicon();
    if (!built.ok) throw new Error("the built-in lexicon does not build");
    const comments = [
      "好喝，就是有点贵",
      "Smells great but tastes flat",
      "没喝过这么好喝的",
      "太甜了",
    ];
    for (const text of comments) {
      const evidence = classifyComment(text, built.lexicon)!.evidence;
      expect(evidenceText(evidence, "en")).toBe(describeEvidence(evidence));
    }
  });
});

// The lexicon argument of WOM.SENTIMENT and WOM.SENTIMENTWHY: two columns, a word or phrase and its weight, added
// to the built-in words and winning over them; a bad row is #VALUE! naming it in the user's language.
import { sentiment, sentimentWhy } from "../../src/functions/comment-sentiment";
import { column, excelError, withDisplayLanguage } from "../support/excel";

const labelOf = (text: string, lexicon?: unknown[][]) =>
  (sentiment(column(text), lexicon) as string[][])[0][0];
const messageOf = (lexicon: unknown[][]) => excelError(sentiment(column("好喝"), lexicon));

describe("a user's lexicon", () => {
  it("adds the user's words: a flavour name the built-in words do not know counts", () => {
    // 早鸟味 is the campaign's flavour: no opinion of its own until the brand says so.
    expect(labelOf("早鸟味")).toBe("neutral");
    expect(labelOf("早鸟味", [["早鸟味", 2]])).toBe("positive");
    expect(labelOf("早鸟味", [["早鸟味", -2]])).toBe("negative");
  });

  it("overrides a built-in word: the user's weight wins", () => {
    // 贵 (expensive) is a complaint; for a luxury brand it may be praise, or no opinion at all.
    expect(labelOf("有点贵")).toBe("negative");
    // 有点 softens: 0.6 × 2 = 1.2, at least +0.5
    expect(labelOf("有点贵", [["贵", 2]])).toBe("positive");
    expect(labelOf("有点贵", [["贵", 0]])).toBe("neutral");
  });

  it("lets a phrase at 0 hide the words inside it: a brand called Good Morning is no praise", () => {
    expect(labelOf("Good Morning coffee beans")).toBe("positive");
    expect(labelOf("Good Morning coffee beans", [["Good Morning", 0]])).toBe("neutral");
  });

  it("applies the rules to the user's words: 不 before one negates it", () => {
    expect(labelOf("不顺滑", [["顺滑", 2]])).toBe("negative");
  });

  it("matches the user's words whatever their case, and reads weights stored as text", () => {
    expect(labelOf("EARLY BIRD!", [["Early Bird", "1.5"]])).toBe("positive");
  });

  it("skips fully blank rows, so the range may leave room to grow", () => {
    const lexicon = [
      [null, null],
      ["早鸟味", 2],
      ["", ""],
      [null, null],
    ];
    expect(labelOf("早鸟味", lexicon)).toBe("positive");
  });

  it("is the built-in lexicon when left out or blank", () => {
    for (const none of [undefined, null, [[null]], [[""]]])
      expect(labelOf("太好喝了", none as unknown[][])).toBe("positive");
  });

  it("accepts the same word twice with the same weight", () => {
    expect(
      labelOf("早鸟味", [
        ["早鸟味", 2],
        ["早鸟味", 2],
      ])
    ).toBe("positive");
  });
});

describe("a bad lexicon row", () => {
  it("is #VALUE! naming its row when a weight is not a number, and no label is given", () => {
    const lexicon = [
      ["早鸟味", 2],
      ["贵", 0],
      ["苦", "abc"],
    ];
    expect(excelError(sentiment(column("早鸟味", "有点贵"), lexicon))).toEqual({
      code: "#VALUE!",
      message: 'weight "abc" in row 3 of lexicon is not a number',
    });
    expect(messageOf([["苦", true]])?.message).toBe(
      "weight TRUE in row 1 of lexicon is not a number"
    );
  });

  it("counts rows as the range has them, blank rows included", () => {
    expect(
      messageOf([
        ["早鸟味", 2],
        [null, null],
        ["苦", "x"],
      ])?.message
    ).toBe('weight "x" in row 3 of lexicon is not a number');
  });

  it("names a word without a weight and a weight without a word", () => {
    expect(
      messageOf([
        ["早鸟味", 2],
        ["苦", null],
      ])?.message
    ).toBe("row 2 of lexicon has a word but no weight");
    expect(messageOf([[null, 2]])?.message).toBe("row 1 of lexicon has a weight but no word");
    expect(messageOf([["   ", 2]])?.message).toBe("row 1 of lexicon has a weight but no word");
  });

  it("names a word that cannot match: only punctuation, or a comma that ends a clause", () => {
    expect(messageOf([["!!!", 2]])?.message).toBe(
      '"!!!" in row 1 of lexicon has only punctuation or symbols, no word to match'
    );
    expect(
      messageOf([
        ["早鸟味", 2],
        ["好喝，便宜", 2],
      ])?.message
    ).toBe(
      '"好喝，便宜" in row 2 of lexicon holds a comma or full stop, which ends a clause: give one word or phrase per row'
    );
  });

  it("names the same word twice with different weights, and where it came first", () => {
    expect(
      messageOf([
        ["早鸟味", 2],
        ["苦", 1],
        ["早鸟味", 3],
      ])?.message
    ).toBe('"早鸟味" in row 3 of lexicon is already in row 1 with another weight');
  });

  it("names a word cell that holds neither text nor a number", () => {
    const entity = { type: "Entity", text: "Weibo", properties: {} };
    expect(messageOf([[entity, 2]])?.message).toBe(
      "row 1, column 1 of lexicon is neither text nor a number"
    );
  });

  it("asks for two columns when the range has one or three", () => {
    const twoColumns = "lexicon must have two columns: a word or phrase, then its weight";
    expect(messageOf([["早鸟味"], ["好喝"]])?.message).toBe(twoColumns);
    expect(messageOf([["早鸟味", 2, "flavour"]])?.message).toBe(twoColumns);
  });

  it("stops WOM.SENTIMENTWHY with the same message", () => {
    expect(excelError(sentimentWhy([["早鸟味"]], [["苦", "abc"]]))?.message).toBe(
      'weight "abc" in row 1 of lexicon is not a number'
    );
  });
});

describe("a bad lexicon row in Chinese Excel", () => {
  it("is named in simplified Chinese, with the argument as zh-CN Excel names it", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(
        messageOf([
          ["早鸟味", 2],
          ["", ""],
          ["苦", "abc"],
        ])?.message
      ).toBe('词库 第 3 行的权重 "abc" 不是数字');
      expect(messageOf([["苦", null]])?.message).toBe("词库 第 1 行有词语，但没有权重");
      expect(
        messageOf([
          ["早鸟味", 2],
          ["早鸟味", 1],
        ])?.message
      ).toBe('词库 第 2 行的 "早鸟味" 已在第 1 行出现，但权重不同');
      expect(messageOf([["早鸟味"]])?.message).toBe("词库 必须有两列：词语或短语，然后是权重");
    });
  });

  it("is named in traditional Chinese in zh-TW and zh-HK Excel, where a row is 列", () => {
    withDisplayLanguage("zh-TW", () => {
      expect(
        messageOf([
          ["早鳥味", 2],
          ["", ""],
          ["苦", "abc"],
        ])?.message
      ).toBe('詞庫 第 3 列的權重 "abc" 不是數字');
      expect(messageOf([[null, 2]])?.message).toBe("詞庫 第 1 列有權重，但沒有詞語");
    });
    withDisplayLanguage("zh-HK", () => {
      expect(messageOf([["!!!", 2]])?.message).toBe(
        '詞庫 第 1 列的 "!!!" 只有標點或符號，沒有可比對的詞語'
      );
      expect(messageOf([["好飲。平", 2]])?.message).toBe(
        '詞庫 第 1 列的 "好飲。平" 含有逗號或句號，會斷開子句：每列只寫一個詞語或片語'
      );
    });
  });
});

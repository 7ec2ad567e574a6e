// WOM.SENTIMENT as Excel calls it: a range of comments in, one English label per cell out, in the range's shape.
// Every expected label was decided by reading the comment, before the function was run on it.
import fc from "fast-check";
import { sentiment } from "../../src/functions/comment-sentiment";
import { socialNps } from "../../src/functions/sentiment";
import { column, excelError, withDisplayLanguage } from "../support/excel";

/** The labels of a one-column result, as a plain list. */
function labelsOf(result: unknown): unknown[] {
  if (!Array.isArray(result)) throw new Error(`not a spill: ${String(result)}`);
  return result.map((row: unknown[]) => {
    expect(row).toHaveLength(1);
    return row[0];
  });
}

/** Counts the cells equal to a label, as =COUNTIF(D2#, "positive") does. */
function countIf(result: unknown, label: string): number {
  return (result as unknown[][]).flat().filter((cell) => cell === label).length;
}

describe("WOM.SENTIMENT", () => {
  it("labels praise positive, complaints negative and questions neutral, in English, 简体, 繁體 and Cantonese", () => {
    const comments = column(
      "Absolutely love these beans, will buy again",
      "太好喝了，强烈安利",
      "好正！下次再嚟",
      "Terrible, the bag arrived broken",
      "太差了，千万别买",
      "中伏，唔好飲",
      "How much is the 500g bag?",
      "请问有小包装吗？",
      "幾時有貨？"
    );
    expect(labelsOf(sentiment(comments))).toEqual([
      "positive",
      "positive",
      "positive",
      "negative",
      "negative",
      "negative",
      "neutral",
      "neutral",
      "neutral",
    ]);
  });

  it("reads negation, 'not bad' and the clause after 'but'", () => {
    const comments = column(
      "不好喝",
      "唔好飲",
      "Not good at all",
      "not bad",
      "还不错",
      "Smells great but tastes flat",
      "包装一般，但是味道超赞"
    );
    expect(labelsOf(sentiment(comments))).toEqual([
      "negative",
      "negative",
      "negative",
      "positive",
      "positive",
      "negative",
      "positive",
    ]);
  });

  it("spills in the shape of texts: a row stays a row, a block stays a block", () => {
    expect(sentiment([["太好喝了", "太差了", "请问多少钱？"]])).toEqual([
      ["positive", "negative", "neutral"],
    ]);
    expect(
      sentiment([
        ["Love it", "How much?"],
        ["Awful", "好正"],
        ["踩雷了", null],
      ])
    ).toEqual([
      ["positive", "neutral"],
      ["negative", "positive"],
      ["negative", ""],
    ]);
    expect(sentiment([["太好喝了"]])).toEqual([["positive"]]);
  });

  it('gives "" for a blank cell, as a custom function must (Excel shows a null in a spill as 0)', () => {
    // null is a blank on the web and current desktops, "" on some hosts; spaces or a line break say nothing either.
    expect(labelsOf(sentiment(column("太好喝了", null, "", "   ", "\n", undefined)))).toEqual([
      "positive",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads a number or TRUE/FALSE as the text the cell shows: 666 is praise, 0 and TRUE say nothing", () => {
    // Excel turns a typed 666 (internet slang for "awesome") into a number and "true" into TRUE.
    expect(labelsOf(sentiment(column(666, 0, true, false)))).toEqual([
      "positive",
      "neutral",
      "neutral",
      "neutral",
    ]);
  });

  it("names a cell that holds neither text nor a number, such as a data type", () => {
    const entity = { type: "Entity", text: "Weibo", properties: {} };
    expect(excelError(sentiment(column("太好喝了", entity)))).toEqual({
      code: "#VALUE!",
      message: "row 2 of texts is neither text nor a number",
    });
    expect(
      excelError(
        sentiment([
          ["好正", "好正"],
          ["好正", entity],
        ])
      )?.message
    ).toBe("row 2, column 2 of texts is neither text nor a number");
  });

  it("keeps the labels in English in Chinese Excel, names the bad cell in its language", () => {
    const entity = { type: "Entity", text: "Weibo", properties: {} };
    withDisplayLanguage("zh-CN", () => {
      expect(labelsOf(sentiment(column("太好喝了", "太差了")))).toEqual(["positive", "negative"]);
      expect(excelError(sentiment(column(entity)))?.message).toBe(
        "评论文本 第 1 行既不是文本也不是数字"
      );
    });
    withDisplayLanguage("zh-HK", () => {
      expect(labelsOf(sentiment(column("好正", "中伏")))).toEqual(["positive", "negative"]);
      expect(excelError(sentiment(column(entity)))?.message).toBe(
        "留言文字 第 1 列既不是文字也不是數字"
      );
    });
  });

  it("gives the same label to the same text every time", () => {
    const comments = column("Smells great but tastes flat", "好喝，就是有点贵", "not bad");
    expect(sentiment(comments)).toEqual(sentiment(comments));
  });

  it("spills any range in its shape, each cell a label or, for a blank, empty text", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(null, "", "太好喝了", "踩雷", "how much?"));
    const range = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .chain(([rows, width]) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
          minLength: rows,
          maxLength: rows,
        })
      );
    fc.assert(
      fc.property(range, (texts) => {
        const result = sentiment(texts) as string[][];
        expect(result.map((row) => row.length)).toEqual(texts.map((row) => row.length));
        result.forEach((row, r) =>
          row.forEach((label, c) => {
            const text = texts[r][c];
            const blank = text === null || text.trim() === "";
            expect(blank ? label === "" : ["positive", "neutral", "negative"].includes(label)).toBe(
              true
            );
          })
        );
      })
    );
  });
});

describe("WOM.SENTIMENT's labels read by other formulas", () => {
  // Four comments praise, one asks, one complains; one cell is blank.
  const comments = column(
    "太好喝了",
    "Love it, will buy again",
    null,
    "好正",
    "请问多少钱？",
    "踩雷了，千万别买",
    "强烈安利"
  );

  it("=WOM.SOCIALNPS(WOM.SENTIMENT(C2:C8)) gives the social NPS of the comments: (4 − 1) / (4 + 1) × 100 = 60", () => {
    expect(socialNps(sentiment(comments) as unknown[][])).toBe(60);
  });

  it("counts with COUNTIF: 4 positive, 1 neutral, 1 negative, and the blank under no label", () => {
    const labels = sentiment(comments);
    expect([
      countIf(labels, "positive"),
      countIf(labels, "neutral"),
      countIf(labels, "negative"),
      countIf(labels, ""),
    ]).toEqual([4, 1, 1, 1]);
  });

  it("composes the same in Chinese Excel, where the labels stay English", () => {
    withDisplayLanguage("zh-TW", () => {
      expect(socialNps(sentiment(comments) as unknown[][])).toBe(60);
      expect(countIf(sentiment(comments), "positive")).toBe(4);
    });
  });
});

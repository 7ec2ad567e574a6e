// The rules of docs/kpi.md "Sentiment of comment text", one describe per rule; labels decided by reading.
import { classifyComment, labelOfScore } from "../../src/sentiment";
import { builtIn, classified, labelOf } from "./support/label";

describe("words from docs/kpi.md", () => {
  it.each(["太棒了", "爱了", "强烈安利", "looks delicious", "ordered already", "绝绝子", "yyds"])(
    "reads %s as a promoter's word",
    (text) => expect(labelOf(text)).toBe("positive")
  );
  it.each(["种草了", "回购", "好正", "😍", "👍"])("reads %s as positive", (text) =>
    expect(labelOf(text)).toBe("positive")
  );
  it.each(["太差了", "别买", "踩雷", "too expensive", "don't like sour", "拔草", "避雷", "翻车"])(
    "reads %s as a detractor's word",
    (text) => expect(labelOf(text)).toBe("negative")
  );
  it.each(["智商税", "中伏", "唔好食", "👎", "😡"])("reads %s as negative", (text) =>
    expect(labelOf(text)).toBe("negative")
  );
  it.each(["how much?", "Ordered on Tuesday", "刚收到", "今日先收到"])(
    "reads a plain mention or question such as %s as neutral",
    (text) => expect(labelOf(text)).toBe("neutral")
  );
});

describe("negation within the clause", () => {
  it.each([
    "没有香味",
    "不好喝",
    "唔好飲",
    "沒有想像中好",
    "not good",
    "didn't like it",
    "didn’t like it",
    "不是很好",
  ])("flips %s to negative", (text) => expect(labelOf(text)).toBe("negative"));

  it("flips only the word after the negator, not the next clause", () => {
    // 好喝 is negated (−2); 香 in the next clause is not (+1.5): −0.5, negative by a hair.
    expect(classified("不好喝，香").score).toBe(-0.5);
  });

  it("reads a negated complaint as mild praise", () => {
    expect(labelOf("没踩雷")).toBe("positive");
    // 差 is −2; negated complaints count half: +1.
    expect(classified("不差").score).toBe(1);
  });

  it("undoes a double negation", () => expect(labelOf("不是不好吃")).toBe("positive"));

  it("reads 'never … this good' and 没…这么好 as praise, but 'not that good' as a complaint", () => {
    expect(labelOf("Never had coffee this good")).toBe("positive");
    expect(labelOf("没喝过这么好喝的咖啡")).toBe("positive");
    expect(labelOf("好耐冇食過咁好食")).toBe("positive");
    expect(labelOf("not that good")).toBe("negative");
    expect(labelOf("没有想像中那么好")).toBe("negative");
  });

  it("reads a negated comparison as falling short", () => {
    expect(labelOf("The screen isn't as bright as advertised")).toBe("negative");
    expect(labelOf("Not as described")).toBe("negative");
    expect(labelOf("Works as advertised")).toBe("positive");
  });
});

describe("not bad", () => {
  it.each(["not bad", "Not too bad", "还不错", "唔錯", "不错"])(
    "reads %s as mildly positive",
    (text) => expect(labelOf(text)).toBe("positive")
  );
});

describe("intensifiers and softeners", () => {
  it("strengthens the next word", () => {
    // 好喝 2 × 太 1.5 = 3; good 2 × very 1.5 = 3; 好吃 2 × 超级 1.7 = 3.4.
    expect(classified("太好喝了").score).toBe(3);
    expect(classified("very good").score).toBe(3);
    expect(classified("超级好吃").score).toBe(3.4);
  });

  it("reads 好 as an intensifier before a word and as 'good' alone", () => {
    // 贵 −1.5 × 好 1.3 = −1.95; 好 alone is +1.5.
    expect(classified("好贵").score).toBe(-1.95);
    expect(classified("这个好").score).toBe(1.5);
  });

  it("softens with 有点 and 'a bit' without changing the side", () => {
    // 贵 −1.5 × 0.6 = −0.9; pricey −1 × 0.6 = −0.6.
    expect(classified("有点贵").score).toBe(-0.9);
    expect(classified("a bit pricey").score).toBe(-0.6);
  });

  it("multiplies the word before a post-intensifier", () => {
    // 好吃 2 × 到爆 1.7 = 3.4; 贵 −1.5 × 了点 0.6 = −0.9.
    expect(classified("好吃到爆").score).toBe(3.4);
    expect(classified("贵了点").score).toBe(-0.9);
  });

  it("makes a complaint of too much of a neutral attribute", () => {
    expect(labelOf("too sweet")).toBe("negative");
    expect(labelOf("太甜了")).toBe("negative");
    expect(labelOf("Battery drains way too fast")).toBe("negative");
    expect(labelOf("not too sweet")).toBe("positive");
    expect(labelOf("too good to be true")).toBe("positive");
  });

  it("reads high and low after a measure", () => {
    expect(labelOf("颜值挺高的")).toBe("positive");
    expect(labelOf("性价比不高")).toBe("negative");
    expect(labelOf("CP值很高")).toBe("positive");
    expect(labelOf("價錢好高")).toBe("neutral");
  });
});

describe("questions", () => {
  it.each(["Is it good for espresso?", "好喝吗？", "好唔好飲？", "请问有小包装吗", "好看不好看"])(
    "reads %s, a question with no judgement, as neutral",
    (text) => expect(labelOf(text)).toBe("neutral")
  );

  it("keeps the judgement of a why-question and of a pointed one", () => {
    expect(labelOf("为什么这么慢？")).toBe("negative");
    expect(labelOf("點解咁耐都未送到？")).toBe("negative");
    expect(labelOf("这么好喝的咖啡哪里买？")).toBe("positive");
    expect(labelOf("How is this so good?!")).toBe("positive");
  });

  it("still counts an emoji in a question", () =>
    expect(labelOf("😍 where can I buy this?")).toBe("positive"));
});

describe("mixed comments", () => {
  it("weighs the clause after a contrast word more", () => {
    // great 2.5 × 0.5 = 1.25 before "but"; flat −1.5 × 1.5 = −2.25 after: −1.
    expect(classified("Smells great but tastes flat").score).toBe(-1);
    expect(labelOf("虽然贵，但是好喝")).toBe("positive");
    expect(labelOf("包装好看，但是味道很差")).toBe("negative");
    expect(labelOf("好靚，不過好貴")).toBe("negative");
    expect(labelOf("期待了很久，结果很失望")).toBe("negative");
  });

  it("weighs a conceded flaw less", () => {
    // 好喝 +2; 贵 −1.5 × 有点 0.6 × conceded 0.5 = −0.45: +1.55.
    expect(classified("好喝，就是有点贵").score).toBe(1.55);
    expect(labelOf("Although it is pricey, it is lovely")).toBe("positive");
    expect(labelOf("Great coffee, only downside is the price")).toBe("positive");
  });

  it("sums opposite words with no contrast word between them", () =>
    expect(labelOf("好看不好用")).toBe("neutral"));
});

describe("emoji", () => {
  it("counts each emoji, whatever its skin tone or presentation", () => {
    // 😍 is +3, twice.
    expect(classified("😍😍").score).toBe(6);
    expect(labelOf("👍🏻")).toBe("positive");
    expect(labelOf("❤️")).toBe("positive");
    expect(labelOf("Arrived 👎")).toBe("negative");
  });
});

describe("Cantonese", () => {
  it.each(["好正", "抵食", "冇得頂", "平靚正", "唔錯喎"])("reads %s as positive", (text) =>
    expect(labelOf(text)).toBe("positive")
  );
  it.each(["中伏", "唔好食", "點解咁貴？", "麻麻地，唔會再嚟", "好嘈"])(
    "reads %s as negative",
    (text) => expect(labelOf(text)).toBe("negative")
  );
});

describe("longest match", () => {
  it("lets a longer term overrule a shorter one of the opposite sign inside it", () => {
    // 细腻 (+2) contains 腻 (−1.5); 焦香 (+1.5) contains 焦 (−1.5); "not bad" (+1) contains bad (−2.5).
    expect(classified("细腻").score).toBe(2);
    expect(classified("焦香").score).toBe(1.5);
    expect(classified("not bad").score).toBe(1);
    expect(labelOf("没毛病")).toBe("positive");
  });

  it("lets a neutral term hide the opinion word inside it", () => {
    expect(labelOf("香港买的")).toBe("neutral");
    expect(labelOf("差不多到了")).toBe("neutral");
    expect(labelOf("不好意思，请问几点开门")).toBe("neutral");
  });

  it("matches Chinese by characters, never by spaces", () => {
    expect(classified("好 喝").score).toBe(classified("好喝").score);
    expect(labelOf("这个咖啡真的好喝")).toBe("positive");
  });
});

describe("reading text", () => {
  it("ignores case, full-width letters, hyphens and elongation", () => {
    expect(labelOf("LOVE IT")).toBe("positive");
    expect(labelOf("ＧＯＯＤ")).toBe("positive");
    expect(labelOf("well-made")).toBe("positive");
    expect(labelOf("soooo goooood")).toBe("positive");
  });

  it("reads contractions with or without the apostrophe", () => {
    expect(labelOf("didnt like it")).toBe("negative");
    expect(labelOf("It isn't good")).toBe("negative");
  });

  it("skips @handles and links", () => {
    expect(labelOf("@goodvibes_cafe see this")).toBe("neutral");
    expect(labelOf("@小美好 快来看")).toBe("neutral");
    expect(labelOf("https://great.example.com/best")).toBe("neutral");
  });
});

describe("the result", () => {
  it("gives no label for blank text", () => {
    const lexicon = builtIn();
    for (const text of ["", "   ", "\n\t"]) expect(classifyComment(text, lexicon)).toBeUndefined();
  });

  it("labels text of punctuation only as neutral", () => expect(labelOf("。。。")).toBe("neutral"));

  it("labels from +0.5 positive and from −0.5 negative", () => {
    expect([0.5, 0.49, 0, -0.49, -0.5].map(labelOfScore)).toEqual([
      "positive",
      "neutral",
      "neutral",
      "neutral",
      "negative",
    ]);
  });

  it("leaves a lukewarm word alone neutral", () => {
    // 还可以 +0.4; 一般 −0.4; 很一般 −0.4 × 1.2 = −0.48: all between −0.5 and +0.5.
    expect(classified("还可以")).toMatchObject({ label: "neutral", score: 0.4 });
    expect(classified("一般")).toMatchObject({ label: "neutral", score: -0.4 });
    expect(classified("很一般")).toMatchObject({ label: "neutral", score: -0.48 });
  });

  it("names the words that decided, with their weights and the rules applied", () => {
    expect(classified("不好喝").evidence).toEqual([
      { term: "好喝", lexiconWeight: 2, weight: -2, notes: ["negated"], modifiers: ["不"] },
    ]);
    expect(classified("Smells great but tastes flat").evidence).toEqual([
      {
        term: "great",
        lexiconWeight: 2.5,
        weight: 1.25,
        notes: ["before-contrast"],
        modifiers: [],
      },
      {
        term: "flat",
        lexiconWeight: -1.5,
        weight: -2.25,
        notes: ["after-contrast"],
        modifiers: [],
      },
    ]);
  });

  it("scores the sum of its evidence", () => {
    const result = classified("物流神速，包装好看，就是有点贵");
    expect(result.score).toBeCloseTo(
      result.evidence.reduce((sum, item) => sum + item.weight, 0),
      9
    );
  });

  it("gives the same result every time", () => {
    const text = "包装好看，但是味道很一般😅";
    expect(classified(text)).toEqual(classified(text));
    expect(classified(text, builtIn())).toEqual(classified(text, builtIn()));
  });
});

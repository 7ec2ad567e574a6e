// Rules beyond single words: waiting, "never again", regretting not buying sooner, hedged negation, verdicts,
// lukewarm words, strong flaws after a concession, emoji under negation and opinionated questions.
import { classified, labelOf } from "./support/label";

describe("waiting", () => {
  it("reads a wait with a length of time as a complaint", () => {
    // waited + minutes: −2.
    expect(classified("We waited 45 minutes for the starters").score).toBe(-2);
    expect(labelOf("排了一个小时的队")).toBe("negative");
    expect(labelOf("等咗成個鐘先有位")).toBe("negative");
    expect(labelOf("Long wait for a table")).toBe("negative");
  });

  it("reads a negated wait as mild praise and a wait without a length as nothing", () => {
    // didn't + wait + long: +1.
    expect(classified("We didn't wait long").score).toBe(1);
    expect(labelOf("等收货中")).toBe("neutral");
  });

  it("leaves a question about the wait a question", () => {
    expect(labelOf("How long is the wait?")).toBe("neutral");
    expect(labelOf("要等多久？")).toBe("neutral");
  });
});

describe("never again", () => {
  it("reads an 'again' negator with nothing to negate as never again", () => {
    // 再也不會 with nothing after it: −2.5.
    expect(classified("再也不會去了").score).toBe(-2.5);
    expect(labelOf("以后不会再来")).toBe("negative");
    expect(labelOf("唔會再嚟")).toBe("negative");
  });

  it("still negates the word after it", () => expect(labelOf("再也不难受了")).toBe("positive"));

  it("reads 'again' before a plain purchase, or 下次不…, as never again", () => {
    // 不会再 + 买了 (a lukewarm mention): −2.5.
    expect(classified("不会再买了").score).toBe(-2.5);
    expect(labelOf("下次不来了")).toBe("negative");
  });
});

describe("not sooner", () => {
  it("reads regret at not buying sooner as praise", () => {
    // earlier, negated in a why-question: +2.
    expect(classified("Why didn't I try this earlier?").score).toBe(2);
    // 后悔 (−2.5) counts nothing here; 早点 makes +2.
    expect(classified("后悔没早点买").score).toBe(2);
  });

  it("needs the negation and a verb of finding or buying", () => {
    expect(labelOf("Why did I order it earlier?")).toBe("neutral");
    expect(labelOf("为什么不早点发货？")).not.toBe("positive");
    expect(labelOf("Why didn't you ship it sooner?")).not.toBe("positive");
  });
});

describe("hedged and 'not much' negators", () => {
  it("makes a hedged negated complaint only lukewarm praise", () => {
    // 难吃 −2.5 under 不算: +0.4.
    expect(classified("不算难吃")).toMatchObject({ label: "neutral", score: 0.4 });
    expect(labelOf("谈不上好吃")).toBe("negative");
  });

  it("makes 'not much' praise only a lukewarm complaint", () => {
    // 惊喜 +2.5 under 没什么: −0.4.
    expect(classified("没什么惊喜")).toMatchObject({ label: "neutral", score: -0.4 });
    // 问题 −0.7 under 没什么, negated as a complaint: +0.35.
    expect(classified("没什么问题").score).toBe(0.35);
  });
});

describe("verdicts", () => {
  it("lets the words after overall, 总的来说 decide", () => {
    // great and bland come before "overall" and count 0; okay +0.4.
    expect(
      classified("The crust was great and the sauce was bland, overall it was okay")
    ).toMatchObject({ label: "neutral", score: 0.4 });
    expect(labelOf("环境一般，上菜也慢，总的来说还是推荐")).toBe("positive");
  });

  it("ignores a summary word with nothing after it", () =>
    expect(labelOf("Loved the view, overall")).toBe("positive"));
});

describe("lukewarm words", () => {
  it("stay neutral however many there are", () => {
    // average −0.4 three times is −1.2, held at −0.49.
    const result = classified("Average food, average service, average prices");
    expect(result.label).toBe("neutral");
    expect(result.score).toBeCloseTo(-0.49, 2);
  });

  it("do not hold back a real complaint", () => expect(labelOf("一般，有点贵")).toBe("negative"));
});

describe("a concession", () => {
  it("weighs a flaw less only when it is the lesser part", () => {
    // 方便 +1.5; 很脏 −2.4 outweighs it, so 就是 contrasts: 1.5 × 0.5 − 2.4 × 1.5 = −2.85.
    expect(classified("位置方便，就是房间很脏").score).toBe(-2.85);
    // 还可以 +0.4; 有点慢 −0.9 outweighs it: 0.2 − 1.35 = −1.15.
    expect(classified("还可以，就是有点慢").score).toBe(-1.15);
  });
});

describe("emoji under a negator", () => {
  it("are never negated", () => {
    // 没有 finds no word to negate; 💔 −2 counts as it is.
    expect(classified("还没有消息💔").score).toBe(-2);
  });
});

describe("questions with an opinion", () => {
  it("keep the opinion of a question that asks others to agree", () => {
    expect(labelOf("Anyone else obsessed with this?")).toBe("positive");
    expect(labelOf("有没有人跟我一样觉得太甜？")).toBe("negative");
  });

  it("read a scoffing question as a complaint", () => {
    expect(labelOf("You call this a latte?")).toBe("negative");
    expect(labelOf("這也叫奶茶？")).toBe("negative");
  });
});

describe("intensifiers after the word", () => {
  it("read 严重 before or after the word alike", () => {
    // 过敏 −2.5 × 1.5 = −3.75 either way.
    expect(classified("严重过敏").score).toBe(-3.75);
    expect(classified("过敏严重").score).toBe(-3.75);
  });
});

describe("plain mentions", () => {
  it("read a purchase alone and 好正常 as neutral", () => {
    expect(labelOf("入手了")).toBe("neutral");
    expect(labelOf("好正常")).toBe("neutral");
  });
});

describe("similes", () => {
  it("read 'like' after a verb of the senses as a comparison, not as love", () => {
    expect(labelOf("The cake tasted like cardboard")).toBe("negative");
    expect(labelOf("Smells like garbage")).toBe("negative");
    expect(labelOf("It looks like rain")).toBe("neutral");
    expect(labelOf("Feels like home")).toBe("positive");
  });
});

describe("distinctive qualities", () => {
  it("make their absence ordinary rather than bad", () => {
    // 惊喜 +2.5, negated: −0.4; "fancy" +1 under "nothing": −0.4.
    expect(classified("没有惊喜")).toMatchObject({ label: "neutral", score: -0.4 });
    expect(classified("Nothing fancy")).toMatchObject({ label: "neutral", score: -0.4 });
    expect(labelOf("Nothing works")).toBe("negative");
  });
});

describe("neither … nor", () => {
  it("reads negated praise beside a negated complaint as lukewarm", () => {
    // 好吃 +2 negated −2 and 难吃 −2.5 negated +1.25, each held at 0.4: 0.
    expect(classified("不好吃也不难吃").score).toBe(0);
    expect(labelOf("Didn't love it, didn't hate it")).toBe("neutral");
  });
});

describe("lengths of time", () => {
  it("count a unit of time only after a number or a count word", () => {
    expect(labelOf("等了三天")).toBe("negative");
    expect(labelOf("等周末再去")).toBe("neutral");
    expect(labelOf("先收藏，等週年慶")).toBe("neutral");
  });
});

describe("only now and loyalty", () => {
  it("reads 'only now' in a why-question as not sooner", () =>
    expect(labelOf("为什么我现在才发现这家店？")).toBe("positive"));

  it("reads never again with other brands as loyalty", () =>
    expect(labelOf("以后不会再买其他牌子了，就认准这个")).not.toBe("negative"));
});

describe("contrast words with an opinion", () => {
  it("contrast and complain at once (可惜, unfortunately)", () => {
    // 很方便 +1.5 × 1.2 × 0.5 = 0.9; 可惜 −1 × 1.5 = −1.5; 坏了 −2 × 1.5 = −3: −3.6.
    expect(classified("很方便，可惜一个月就坏了").score).toBe(-3.6);
    expect(labelOf("Lovely view, unfortunately the room was dirty")).toBe("negative");
  });
});

describe("intensified lukewarm words", () => {
  it("stay lukewarm", () => {
    expect(labelOf("好普通")).toBe("neutral");
    expect(labelOf("超级一般")).toBe("neutral");
  });
});

describe("exclamations shaped as questions", () => {
  it("keep their opinion: 也太…了吧？", () => expect(labelOf("这也太好喝了吧？")).toBe("positive"));
  it("read a longer term where an A-not-A question starts", () =>
    expect(labelOf("有没有人也觉得超好用？")).toBe("positive"));
});

describe("contractions typed without the apostrophe", () => {
  it("are read as the contraction", () => {
    expect(labelOf("I cant wait to try it")).toBe("positive");
    expect(labelOf("The zip doesnt work")).toBe("negative");
  });
});

describe("A-not-A questions after a word", () => {
  it("ask, even when a word ends where the question starts (想要不要买)", () =>
    expect(labelOf("在想要不要买")).toBe("neutral"));
});

describe("softeners and exclamations", () => {
  it("read 而已 as 'merely'", () => {
    // 实用 +1.5 × 0.2 = 0.3.
    expect(classified("实用而已")).toMatchObject({ label: "neutral", score: 0.3 });
  });

  it("read 是不是太…？ as an exclamation", () =>
    expect(labelOf("是不是太好吃了？")).toBe("positive"));
});

describe("a matter of taste", () => {
  it("closes a comment with a lukewarm verdict", () =>
    expect(labelOf("屏幕很好，电池一般，见仁见智吧")).toBe("neutral"));
});

describe("faint praise", () => {
  it("is lukewarm beside a lukewarm complaint", () => {
    expect(labelOf("Not bad, just average")).toBe("neutral");
    // 不难吃 +1.25 and 很普通 −0.48 are both lukewarm here: their 0.77 is held at 0.49.
    expect(classified("不难吃，很普通").score).toBe(0.49);
  });

  it("leaves clear praise beside a lukewarm word alone", () =>
    expect(labelOf("很好吃，价格一般")).toBe("positive"));
});

describe("double negation through difficulty", () => {
  it("reads 很难不爱 and 'hard not to love' as praise", () => {
    expect(labelOf("很难不爱")).toBe("positive");
    expect(labelOf("Hard not to love it")).toBe("positive");
  });

  it("reads 'zero' as a negator", () => expect(labelOf("Zero complaints")).toBe("positive"));
});

// The lexicon: the user's words over the built-in ones, bad entries reported, and the built-in data kept tidy.
import { buildLexicon, Lexicon, UserEntry } from "../../src/sentiment";
import * as data from "../../src/sentiment/lexicon-data";
import { splitTerms, termTokens } from "../../src/sentiment/lexicon";
import { RULE_LISTS } from "../../src/sentiment/roles";
import { classified, labelOf } from "./support/label";

function userLexicon(entries: UserEntry[]): Lexicon {
  const result = buildLexicon(entries);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.lexicon;
}

describe("the user's lexicon", () => {
  it("adds brand slang the built-in lexicon does not know", () => {
    const lexicon = userLexicon([{ term: "早鸟味", weight: 2 }]);
    expect(labelOf("早鸟味", lexicon)).toBe("positive");
    expect(labelOf("早鸟味")).toBe("neutral");
  });

  it("overrides a built-in weight, and 0 silences a word", () => {
    // For a dark roast, 苦 is praise: +1 × 很 1.2 = 1.2.
    expect(classified("很苦", userLexicon([{ term: "苦", weight: 1 }])).score).toBe(1.2);
    expect(labelOf("有点贵", userLexicon([{ term: "贵", weight: 0 }]))).toBe("neutral");
  });

  it("keeps a word's other roles: 好 set to +3 is still an intensifier before 贵", () => {
    const lexicon = userLexicon([{ term: "好", weight: 3 }]);
    expect(labelOf("好贵", lexicon)).toBe("negative");
    expect(classified("这个好", lexicon).score).toBe(3);
  });

  it("matches a user phrase by its longest form, across scripts and spaces", () => {
    const lexicon = userLexicon([
      { term: "Early Bird", weight: 2 },
      { term: "不够早鸟", weight: -2 },
    ]);
    expect(labelOf("early-bird beans", lexicon)).toBe("positive");
    expect(labelOf("不够早鸟", lexicon)).toBe("negative");
  });

  it("reports the user's term as written and leaves the built-in lexicon as it was", () => {
    const lexicon = userLexicon([{ term: " Mocha Magic ", weight: 2.5 }]);
    expect(classified("mocha magic!", lexicon).evidence[0]).toMatchObject({
      term: "Mocha Magic",
      weight: 2.5,
    });
    expect(labelOf("mocha magic!")).toBe("neutral");
  });

  it("treats an emoji the user adds as an emoji, which still counts in a question", () => {
    const lexicon = userLexicon([{ term: "☕", weight: 1 }]);
    expect(labelOf("☕ where to buy?", lexicon)).toBe("positive");
  });

  it("reports every entry it cannot use, by position, and builds nothing", () => {
    const result = buildLexicon([
      { term: "good beans", weight: 2 },
      { term: "  ", weight: 1 },
      { term: "meh", weight: Number.NaN },
      { term: "lol", weight: Infinity },
      { term: "good, cheap", weight: 1 },
      { term: "!!!", weight: 1 },
      { term: "Good Beans", weight: -1 },
      { term: "good beans", weight: 2 },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { reason: "blankTerm", index: 1 },
        { reason: "weightNotNumber", index: 2, term: "meh", weight: Number.NaN },
        { reason: "weightNotNumber", index: 3, term: "lol", weight: Infinity },
        { reason: "spansClauses", index: 4, term: "good, cheap" },
        { reason: "noWords", index: 5, term: "!!!" },
        { reason: "conflictingDuplicate", index: 6, term: "Good Beans", firstIndex: 0 },
      ],
    });
  });

  it("reports a weight that is not a number at all", () => {
    const entry = { term: "good", weight: "2" } as unknown as UserEntry;
    expect(buildLexicon([entry])).toEqual({
      ok: false,
      problems: [{ reason: "weightNotNumber", index: 0, term: "good", weight: "2" }],
    });
  });
});

type Rows = readonly data.WeightedTerms[];

const weightedLists: [string, Rows][] = [
  ...Object.entries(data.OPINION_WORDS).map(([group, rows]): [string, Rows] => [group, rows]),
  ["descriptors", data.DESCRIPTORS],
];

function keysOf(rows: Rows): string[] {
  return rows.flatMap(([, terms]) => splitTerms(terms)).map((term) => String(termTokens(term)));
}

describe("the built-in lexicon", () => {
  it("lists each opinion word and descriptor once", () => {
    const keys = weightedLists.flatMap(([, rows]) => keysOf(rows));
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated).toEqual([]);
  });

  it("has only terms that can match: some words, no clause mark inside", () => {
    const lists: string[] = [
      ...weightedLists.flatMap(([, rows]) => rows.map(([, terms]) => terms)),
      ...[data.INTENSIFIERS, data.POST_INTENSIFIERS, data.MEASURE_WORDS].flat().map(([, t]) => t),
      ...RULE_LISTS.map(([list]) => list),
    ];
    const unusable = lists.flatMap(splitTerms).filter((term) => !Array.isArray(termTokens(term)));
    expect(unusable).toEqual([]);
  });

  it("keeps weights between −3 and +3 and factors positive", () => {
    const weights = weightedLists.flatMap(([, rows]) => rows.map(([weight]) => weight));
    expect(weights.filter((w) => !(w >= -3 && w <= 3))).toEqual([]);
    const factors = [...data.INTENSIFIERS, ...data.POST_INTENSIFIERS].map(([factor]) => factor);
    expect(factors.filter((f) => !(f > 0))).toEqual([]);
  });

  it("has several hundred words in each language", () => {
    const count = (group: data.LexiconGroup) => keysOf(data.OPINION_WORDS[group]).length;
    // Chinese written alike in both scripts counts for both.
    expect(count("en")).toBeGreaterThanOrEqual(300);
    expect(count("zh") + count("zh-Hans")).toBeGreaterThanOrEqual(300);
    expect(count("zh") + count("zh-Hant") + count("yue")).toBeGreaterThanOrEqual(300);
    expect(count("yue")).toBeGreaterThanOrEqual(100);
    expect(count("emoji")).toBeGreaterThanOrEqual(50);
  });

  it("builds once and is shared while no user words are given", () => {
    const [a, b] = [buildLexicon(), buildLexicon()];
    expect(a.ok && b.ok && a.lexicon === b.lexicon).toBe(true);
  });
});

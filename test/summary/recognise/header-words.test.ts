// How a header is reduced to words before it is matched: the same words the former lookbehind expression gave.
import { synonymsOf } from "../../../src/summary/recognise/columns";

const words = (header: string) => synonymsOf([header])[0].words;

describe("a header's words", () => {
  it.each([
    ["cpm成本", "cpm 成本"],
    ["成本cpm", "成本 cpm"],
    ["a中b", "a 中 b"],
    ["中a中", "中 a 中"],
    ["播放量2024", "播放量 2024"],
    ["2024播放量", "2024 播放量"],
    ["Impressions曝光量", "impressions 曝光量"],
    ["likeCount点赞", "like count 点赞"],
    // Full-width letters and brackets fold to ASCII first: "ＣＰＭ（元）" is "CPM(元)".
    ["ＣＰＭ（元）", "cpm 元"],
    ["曝光量", "曝光量"],
    ["Total  Reach", "total reach"],
    ["", ""],
  ])("of %p are %p", (header, expected) => {
    expect(words(header)).toBe(expected);
  });

  it("keeps a character outside the Basic Multilingual Plane whole beside a Latin letter", () => {
    // U+20000 is one letter written as two UTF-16 code units; the space goes beside the pair, never inside it.
    expect(words("\u{20000}a")).toBe("\u{20000} a");
    expect(words("a\u{20000}")).toBe("a \u{20000}");
  });
});

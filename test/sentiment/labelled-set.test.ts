// The reader and the accuracy figures behind the held-out and development tests, on a small set made here.
import fs from "fs";
import os from "os";
import path from "path";
import { measureAccuracy, readLabelledSet } from "./support/labelled-set";
import { builtIn } from "./support/label";

const HEADER = "id\tlanguage\tlabel\tkind\ttext";

function writeSet(lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "labelled-set-"));
  const file = path.join(dir, "comments.tsv");
  fs.writeFileSync(file, [HEADER, ...lines].join("\n") + "\n");
  return file;
}

describe("a labelled set", () => {
  it("is read row by row, with a byte-order mark and CRLF line ends allowed", () => {
    const file = writeSet([
      "a1\ten\tpositive\tplain\tlove it\r",
      "a2\tzh-Hans\tneutral\tquestion\t多少钱？",
    ]);
    fs.writeFileSync(file, "\uFEFF" + fs.readFileSync(file, "utf8"));
    expect(readLabelledSet(file)).toEqual([
      { id: "a1", language: "en", label: "positive", kind: "plain", text: "love it" },
      { id: "a2", language: "zh-Hans", label: "neutral", kind: "question", text: "多少钱？" },
    ]);
  });

  it("names the line of a bad language, label, kind or column count", () => {
    expect(() => readLabelledSet(writeSet(["a1\tfr\tpositive\tplain\tsuper"]))).toThrow(
      /line 2: language "fr"/
    );
    expect(() => readLabelledSet(writeSet(["a1\ten\tgood\tplain\tok"]))).toThrow(
      /line 2: label "good"/
    );
    expect(() => readLabelledSet(writeSet(["a1\ten\tpositive\tsarcasm\tok"]))).toThrow(
      /line 2: kind/
    );
    expect(() => readLabelledSet(writeSet(["a1\ten\tpositive"]))).toThrow(
      /line 2: 5 tab-separated/
    );
  });

  it("counts right answers overall and per language, and positive<->negative flips among all comments", () => {
    const file = writeSet([
      "b1\ten\tpositive\tplain\tlove it",
      "b2\ten\tnegative\tplain\tlove it",
      "b3\tzh-Hans\tneutral\tplain\t难吃",
      "b4\tzh-Hant\tpositive\tplain\t好正",
    ]);
    const accuracy = measureAccuracy(readLabelledSet(file), builtIn());
    // b2 (negative read as positive) is a flip; b3 (neutral read as negative) is wrong but no flip.
    expect(accuracy).toMatchObject({
      comments: 4,
      right: 2,
      overall: 0.5,
      flipCount: 1,
      flips: 0.25,
    });
    expect(accuracy.perLanguage).toEqual({
      en: { comments: 2, right: 1, share: 0.5 },
      "zh-Hans": { comments: 1, right: 0, share: 0 },
      "zh-Hant": { comments: 1, right: 1, share: 1 },
    });
    expect(accuracy.misses.map((miss) => [miss.comment.id, miss.got])).toEqual([
      ["b2", "positive"],
      ["b3", "negative"],
    ]);
  });
});

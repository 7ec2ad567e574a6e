// Mentions that come as comment text only: the report labels each comment with the sentiment
// classifier, writes the labels beside the comments in its workbook, and counts them on the sheet.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { parseArguments } from "../../src/cli/arguments";
import { summarise } from "../../src/cli/summarise";
import { builtInLexicon, buildLexicon, classifyComment, Lexicon } from "../../src/sentiment";
import { csvNumber, recalculatedSheet } from "./support/libreoffice";
import { readCsv } from "../summary/support/csv";
import { EXAMPLES, makeFolder, removeFolder, report } from "./support/run-report";

const quiet = { write: () => true };
const TEXT_ONLY = path.join(EXAMPLES, "mentions-text.csv");
const LABELLED = path.join(EXAMPLES, "mentions.csv");
const TEXT_ARGS = ["--posts", path.join(EXAMPLES, "posts.csv"), "--mentions", TEXT_ONLY];

// The example's labels as its comments were written (examples/generate.js): 正面/Positive and so on.
const WRITTEN_AS: Record<string, string> = {
  正面: "positive",
  Positive: "positive",
  中性: "neutral",
  Neutral: "neutral",
  负面: "negative",
  Negative: "negative",
};

type Counts = Record<"positive" | "neutral" | "negative", number>;

// Counts each comment of a file's Comment column labelled by the classifier itself, one by one.
function classifierCounts(file: string, lexicon: Lexicon): Counts {
  const [header, ...rows] = readCsv(file);
  const at = header.indexOf("Comment");
  const counts: Counts = { positive: 0, neutral: 0, negative: 0 };
  for (const row of rows) {
    const label = classifyComment(row[at], lexicon)?.label;
    if (label) counts[label]++;
  }
  return counts;
}

const socialNps = ({ positive, negative }: Counts) =>
  ((positive - negative) / (positive + negative)) * 100;

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

describe("wom-report on mentions with comment text only", () => {
  it("gives the social NPS of the labels it assigned, the same as the example's written labels", async () => {
    const run = await report([...TEXT_ARGS, "--json"]);
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout);
    const counts = classifierCounts(TEXT_ONLY, builtInLexicon());
    expect(figures).toMatchObject(counts);
    expect(figures.socialNps).toBeCloseTo(socialNps(counts), 9);
    expect(figures.labelledAutomatically).toBe(true);
    // The example's comments are plain enough that every label agrees with the one written with
    // it: docs/kpi.md's 950 / 150 / 100 and social NPS (950 − 100) / 1050 × 100.
    const [header, ...rows] = readCsv(LABELLED);
    const written: Counts = { positive: 0, neutral: 0, negative: 0 };
    for (const row of rows) written[WRITTEN_AS[row[header.indexOf("Sentiment")]] as keyof Counts]++;
    expect(written).toEqual({ positive: 950, neutral: 150, negative: 100 });
    expect(counts).toEqual(written);
    expect(figures.socialNps).toBeCloseTo((850 / 1050) * 100, 9);
  });

  it("shows the labels as automatic, with the count of each, and says how they were made", async () => {
    const run = await report(TEXT_ARGS.concat(["--out", path.join(folder, "s.xlsx")]));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Positive mentions \(automatic labels\) +950/);
    expect(run.stdout).toMatch(/Neutral mentions \(automatic labels\) +150/);
    expect(run.stdout).toMatch(/Negative mentions \(automatic labels\) +100/);
    expect(run.stdout).toMatch(/Social NPS \(automatic labels\) +\+81/);
    expect(run.stdout).toContain(
      "Sentiment labelled by the report from Comment, with the built-in lexicon (a sentiment column would win)"
    );
  });

  it("writes each comment's label, score and words beside it, and the sheet counts them", async () => {
    const out = path.join(folder, "summary.xlsx");
    const result = await summarise(parseArguments([...TEXT_ARGS, "--out", out]), quiet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const mentions = workbook.getWorksheet("mentions-text")!;
    expect(mentions.getRow(1).values).toEqual([
      undefined,
      ...["Comment ID", "Post ID", "Platform", "Comment"],
      ...["Sentiment (automatic)", "Sentiment score", "Words that decided it"],
    ]);
    // Row 2 is the file's first comment, M0001.
    const first = mentions.getRow(2).values as unknown[];
    const expected = classifyComment(String(first[4]), builtInLexicon())!;
    expect(first[5]).toBe(expected.label);
    expect(first[6]).toBe(expected.score);
    expect(String(first[7])).toContain(expected.evidence[0].term);
    // LibreOffice recalculates the sheet's COUNTIFs over the label column: 950 / 150 / 100.
    const sheet = await recalculatedSheet(out, result.plan.sourceSheets.length + 1);
    const at = (figure: string) => {
      const cell = result.plan.cells.find((c) => c.figure === figure)!;
      return csvNumber(sheet[cell.row][cell.column]);
    };
    expect([at("positive"), at("neutral"), at("negative")]).toEqual([950, 150, 100]);
    expect(at("socialNps")).toBeCloseTo((850 / 1050) * 100, 9);
    const label = result.plan.cells.find((c) => c.figure === "positive")!;
    const row = result.plan.cells.find((c) => c.row === label.row && c.content.kind === "text");
    expect(row?.content).toEqual({ kind: "text", text: "Positive mentions (automatic labels)" });
    expect(label.note).toContain("Labelled automatically from the comment text");
  });

  it("adds the user's words of --lexicon, a header row allowed, and counts follow", async () => {
    // 价格还可以 ("the price is okay") is lukewarm in the built-in lexicon: neutral. Given 1, it praises.
    const words = path.join(folder, "words.csv");
    fs.writeFileSync(words, "Word,Weight\n还可以,1\n早鸟,0\n");
    const run = await report([...TEXT_ARGS, "--lexicon", words, "--json"]);
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout);
    const built = buildLexicon([
      { term: "还可以", weight: 1 },
      { term: "早鸟", weight: 0 },
    ]);
    if (!built.ok) throw new Error("lexicon");
    const counts = classifierCounts(TEXT_ONLY, built.lexicon);
    const [header, ...rows] = readCsv(TEXT_ONLY);
    const okay = rows.filter((row) => row[header.indexOf("Comment")] === "价格还可以").length;
    expect(okay).toBeGreaterThan(0);
    expect(counts).toEqual({ positive: 950 + okay, neutral: 150 - okay, negative: 100 });
    expect(figures).toMatchObject(counts);
  });

  it("names the bad row of a --lexicon file and writes nothing", async () => {
    const words = path.join(folder, "words.csv");
    fs.writeFileSync(words, "Word,Weight\n好喝,2\n踩雷,lots\n");
    const out = path.join(folder, "s.xlsx");
    const run = await report([...TEXT_ARGS, "--lexicon", words, "--out", out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`row 3 of ${words}`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("leaves a label column alone: the example's written labels win over the text beside them", async () => {
    const run = await report(["--mentions", LABELLED, "--json"]);
    const figures = JSON.parse(run.stdout);
    expect(figures.labelledAutomatically).toBe(false);
    expect(figures.sources[0].mapping).toMatchObject({ text: "Comment", sentiment: "Sentiment" });
  });

  it("tells a mention without comment text as left out, and labels the rest", async () => {
    const file = path.join(folder, "comments.csv");
    fs.writeFileSync(file, "ID,Comment\n1,太好喝了\n2,\n3,踩雷了，别买\n4,请问多少钱？\n");
    const run = await report(["--mentions", file, "--json"]);
    const figures = JSON.parse(run.stdout);
    // 太好喝了 praises, 踩雷了，别买 complains, 请问多少钱？ asks.
    expect(figures).toMatchObject({ positive: 1, neutral: 1, negative: 1 });
    expect(figures.sources[0].rows).toEqual({ seen: 4, used: 3, leftOut: { noText: 1 } });
  });
});

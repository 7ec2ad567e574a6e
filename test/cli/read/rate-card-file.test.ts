import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { readRateCard } from "../../../src/cli/read/rate-card-file";
import { wordsOf } from "../../../src/i18n";
import { encodeLegacy } from "../support/legacy-encoding";
import { EXAMPLES, makeFolder, removeFolder, report, ReportRun } from "../support/run-report";

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

const write = (name: string, content: string) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
};

const POSTS = ["--posts", path.join(EXAMPLES, "posts.csv")];
const ENGLISH_CARD = [
  "channel,cpm,per_repost,per_comment,per_like",
  "小红书,10,0.2,0.1,0.02",
  "微博,5,0.1,0.05,0.01",
  "other,8,,,",
].join("\n");

// The example posts at this card, by hand:
// 小红书 (P01, P06): 17,000 impressions, 105 reposts, 260 comments, 850 likes
//   → 17 × 10 + 105 × 0.2 + 260 × 0.1 + 850 × 0.02 = 170 + 21 + 26 + 17 = 234;
// 微博 (P03, P07): 17,500, 110, 260, 880 → 87.5 + 11 + 13 + 8.8 = 120.3;
// Instagram 23,300 and 抖音 22,200 impressions at the other row's CPM 8 → 186.4 + 177.6 = 364.
const CARD_EMV = { 小红书: 234, Instagram: 186.4, 微博: 120.3, 抖音: 177.6 };
const TOTAL_EMV = 234 + 120.3 + 364;

async function emvWith(card: string): Promise<ReportRun & { figures: Record<string, unknown> }> {
  const run = await report([...POSTS, "--rate-card", card, "--json"]);
  if (run.code !== 0) throw new Error(`the report exited ${run.code}: ${run.stderr}`);
  return { ...run, figures: JSON.parse(run.stdout) };
}

describe("--rate-card", () => {
  it("values each channel at its row and every other channel at the other row", async () => {
    const run = await emvWith(write("card.csv", ENGLISH_CARD));
    expect(run.code).toBe(0);
    expect(run.figures.emv).toBeCloseTo(TOTAL_EMV, 9);
    // The rate card's rows in the posts' order of appearance, then posts of no channel (none here).
    const rows = run.figures.channelEmv as { channel: string | null; emv: number }[];
    expect(rows.map((row) => row.channel)).toEqual(["小红书", "Instagram", "微博", "抖音", null]);
    for (const row of rows.slice(0, 4))
      expect(row.emv).toBeCloseTo(CARD_EMV[row.channel as keyof typeof CARD_EMV], 9);
  });

  it("reads Chinese headers and rows in any order, in UTF-8 with a byte-order mark", async () => {
    const card = write(
      "简体.csv",
      "\ufeff平台,CPM（每千次曝光）,每次转发,每条评论,每个点赞\n" +
        "其他,8,0,0,0\n微博,5,0.1,0.05,0.01\n小红书,10,0.2,0.1,0.02\n"
    );
    expect((await emvWith(card)).figures.emv).toBeCloseTo(TOTAL_EMV, 9);
  });

  it("reads a Big5 card with traditional headers, as the sources' encodings are read", async () => {
    const card = path.join(folder, "繁體.csv");
    const text = "平台,CPM,每次轉發,每則評論,每個按讚\n微博,5,0.1,0.05,0.01\n其他,8,0,0,0\n";
    fs.writeFileSync(card, encodeLegacy(text, "big5"));
    // 微博 120.3 as above; 小红书's 17,000 impressions now at the other row's CPM 8: 136 + 364.
    expect((await emvWith(card)).figures.emv).toBeCloseTo(120.3 + 136 + 364, 9);
  });

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "recognises the summary sheet's own rate-card headers in %s, so a card copied from it reads back",
    async (locale) => {
      const labels = wordsOf(locale).sheet;
      const columns = labels.rateCardColumns;
      const header = [
        columns.channel,
        columns.cpm,
        columns.perRepost,
        columns.perComment,
        columns.perLike,
      ];
      const file = write(
        `${locale}.csv`,
        [
          header.map((text) => `"${text}"`).join(","),
          "B站,7,1,2,3",
          `${labels.otherChannels},8,0,0,0`,
        ].join("\n")
      );
      expect(await readRateCard({ path: file }, "auto")).toEqual({
        channels: [{ names: ["B站"], rates: { cpm: 7, perRepost: 1, perComment: 2, perLike: 3 } }],
        other: { cpm: 8, perRepost: 0, perComment: 0, perLike: 0 },
      });
    }
  );

  it("reads a sheet of a workbook too", async () => {
    const book = path.join(folder, "card.xlsx");
    const workbook = new ExcelJS.Workbook();
    // The English card, its rates as numbers and the other row's blanks as empty cells.
    workbook.addWorksheet("Notes").addRow(["not the card"]);
    workbook.addWorksheet("Rates").addRows([
      ["channel", "cpm", "per_repost", "per_comment", "per_like"],
      ["小红书", 10, 0.2, 0.1, 0.02],
      ["微博", 5, 0.1, 0.05, 0.01],
      ["other", 8, null, null, null],
    ]);
    await workbook.xlsx.writeFile(book);
    expect((await emvWith(`${book}#Rates`)).figures.emv).toBeCloseTo(TOTAL_EMV, 9);
  });

  it("puts the card's rates in the sheet's input cells and shows it in the terminal", async () => {
    const out = path.join(folder, "summary.xlsx");
    const run = await report([
      ...POSTS,
      "--rate-card",
      write("card.csv", ENGLISH_CARD),
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("CPM (cost per 1,000 impressions)");
    expect(run.stdout).toMatch(/小红书\s+10\.00\s+0\.20\s+0\.10\s+0\.02/);
    expect(run.stdout).toMatch(/Other channels\s+8\.00\s+0\.00\s+0\.00\s+0\.00/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const summary = workbook.getWorksheet("Campaign Summary")!;
    const rows: unknown[][] = [];
    // Columns B to H: the channel (merged over B and C), CPM, per repost, per comment, per like, EMV.
    summary.eachRow((row) => rows.push((row.values as unknown[]).slice(2, 9)));
    const emvOf = (value: unknown) => (value as ExcelJS.CellFormulaValue).result;
    const card = rows.filter((row) => ["小红书", "微博", "Instagram"].includes(row[0] as string));
    expect(card.map((row) => [row[0], ...row.slice(2, 6), emvOf(row[6])])).toEqual([
      ["小红书", 10, 0.2, 0.1, 0.02, 234],
      ["Instagram", 8, 0, 0, 0, 186.4],
      ["微博", 5, 0.1, 0.05, 0.01, expect.closeTo(120.3, 9)],
    ]);
  });
});

describe("--rate-card refuses a bad card with one line, a non-zero exit and no workbook", () => {
  async function refused(card: string, extra: string[] = []): Promise<ReportRun> {
    const out = path.join(folder, "summary.xlsx");
    const run = await report([...POSTS, "--rate-card", card, ...extra, "--out", out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^wom-report: [^\n]+\n$/);
    expect(run.stdout).toBe("");
    expect(fs.existsSync(out)).toBe(false);
    return run;
  }

  it.each([
    ["no cpm column", "channel,per_like\nother,1\n", "card.csv has no cpm column"],
    ["no channel column", "cpm,per_like\n8,1\n", "card.csv has no channel column"],
    [
      "text for a rate",
      "channel,cpm\n微博,five\nother,8\n",
      'card.csv row 2: "five" in cpm is not a number of zero or more',
    ],
    [
      "a negative rate",
      "channel,cpm,per_like\nother,8,-0.5\n",
      'card.csv row 2: "-0.5" in per_like is not a number of zero or more',
    ],
    [
      "rates without a channel",
      "channel,cpm\n,5\nother,8\n",
      "card.csv row 2 has rates but no channel",
    ],
    [
      "a channel listed twice",
      "channel,cpm\nWeibo,5\nother,8\nweibo,6\n",
      'card.csv row 4 lists the channel "weibo" again',
    ],
    ["no other row", "channel,cpm\n微博,5\n", 'card.csv has no "other" row'],
    ["a header without rows", "channel,cpm\n", "card.csv has a header row but no data rows"],
    ["an empty file", "", "card.csv is empty"],
  ])("%s", async (_, content, message) => {
    const run = await refused(write("card.csv", content));
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(1);
  });

  it("a missing file", async () => {
    const missing = path.join(folder, "nope.csv");
    expect((await refused(missing)).stderr).toContain(`${missing} does not exist`);
  });

  it("--cpm beside it, with the usage exit code 2", async () => {
    const run = await refused(write("card.csv", ENGLISH_CARD), ["--cpm", "8"]);
    expect(run.stderr).toContain("give --cpm or --rate-card, not both");
    expect(run.code).toBe(2);
  });

  it("in the language asked for", async () => {
    const run = await refused(write("card.csv", "channel,cpm\n微博,5\n"), ["--lang", "zh-TW"]);
    expect(run.stderr).toContain('card.csv 沒有 "other" 列');
  });
});

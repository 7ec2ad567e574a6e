import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { CsvParser } from "../../src/cli/read/csv-parser";
import { encodeLegacy } from "./support/legacy-encoding";
import { EXAMPLE_ARGS, EXAMPLES, makeFolder, removeFolder, report } from "./support/run-report";

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

const KINDS = ["posts", "mentions", "orders"] as const;
const exampleText = (kind: string) => fs.readFileSync(path.join(EXAMPLES, `${kind}.csv`), "utf8");

async function figuresOf(argv: string[]): Promise<Record<string, unknown>> {
  const run = await report([...argv, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  // The same tables in other files: everything but the files' names must be the same.
  for (const source of json.sources) delete source.file;
  return json;
}

// The examples rewritten by `transform`, one file per kind, as arguments for the report.
function rewrittenExamples(
  transform: (text: string) => string | Buffer,
  extension = "csv"
): string[] {
  return KINDS.flatMap((kind) => {
    const file = path.join(folder, `${kind}.${extension}`);
    fs.writeFileSync(file, transform(exampleText(kind)));
    return [`--${kind}`, file];
  });
}

describe("wom-report reads", () => {
  it("GB18030 exports of Chinese tools, detected, to the same figures as UTF-8", async () => {
    const expected = await figuresOf(EXAMPLE_ARGS);
    const gb = rewrittenExamples((text) => encodeLegacy(text, "gb18030"));
    expect(await figuresOf(gb)).toEqual(expected);
  });

  it("UTF-8 with a byte-order mark, and tab-separated text", async () => {
    const expected = await figuresOf(EXAMPLE_ARGS);
    const bom = rewrittenExamples((text) => "\ufeff" + text);
    expect(await figuresOf(bom)).toEqual(expected);
    const tabs = rewrittenExamples((text) => {
      const parser = new CsvParser(",");
      const records = [...parser.push(text), ...parser.finish()];
      return records.map((record) => record.cells.join("\t")).join("\r\n");
    });
    expect(await figuresOf(tabs)).toEqual(expected);
  });

  it("Big5 exports with traditional headers", async () => {
    const posts = path.join(folder, "posts.csv");
    const text =
      "創作者,平台,曝光量,轉發,評論,按讚,成本,折扣碼\n小林,微博,12000,80,190,640,25,XL\n小林,微博,4000,20,60,150,25,XL\n";
    fs.writeFileSync(posts, encodeLegacy(text, "big5"));
    const figures = await figuresOf(["--posts", posts]);
    expect(figures).toMatchObject({
      impressions: 16000,
      engagements: 80 + 190 + 640 + 20 + 60 + 150,
      emv: 128, // 16,000 / 1000 × 8
      cost: 50,
    });
    expect(figures.creators).toEqual([expect.objectContaining({ name: "小林", posts: 2 })]);
  });

  it("sheets of an .xlsx workbook, with real numbers and dates, to the same figures", async () => {
    const book = new ExcelJS.Workbook();
    for (const kind of KINDS) {
      const sheet = book.addWorksheet(kind[0].toUpperCase() + kind.slice(1));
      const parser = new CsvParser(",");
      for (const { cells } of [...parser.push(exampleText(kind)), ...parser.finish()]) {
        sheet.addRow(
          cells.map((cell) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
            return /^\d+$/.test(cell) ? Number(cell) : cell;
          })
        );
      }
    }
    const file = path.join(folder, "campaign.xlsx");
    await book.xlsx.writeFile(file);
    const argv = [
      "--posts",
      file,
      "--sheet",
      "Posts",
      "--mentions",
      `${file}#Mentions`,
      "--orders",
      `${file}#Orders`,
    ];
    expect(await figuresOf(argv)).toEqual(await figuresOf(EXAMPLE_ARGS));
  });

  it("one file holding two kinds of source, written once", async () => {
    const table =
      "Creator,Impressions,Cost,Positive,Neutral,Negative\nLin,50000,150,600,90,60\nWang,30000,100,350,60,40\n";
    const file = path.join(folder, "campaign.csv");
    fs.writeFileSync(file, table);
    const out = path.join(folder, "summary.xlsx");
    const run = await report(["--posts", file, "--mentions", file, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      impressions: 80000,
      cost: 250,
      positive: 950,
      neutral: 150,
      negative: 100,
      socialNps: (850 / 1050) * 100,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "campaign",
      "Campaign Summary",
    ]);
  });
});

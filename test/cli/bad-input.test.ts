import fs from "fs";
import path from "path";
import { encodeLegacy } from "./support/legacy-encoding";
import {
  EXAMPLE_ARGS,
  EXAMPLES,
  makeFolder,
  ReportRun,
  removeFolder,
  report,
} from "./support/run-report";

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

const write = (name: string, content: string | Buffer) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
};

// Every bad input ends with one line on standard error, a non-zero code, and nothing new in the folder.
function expectRefused(run: ReportRun, message: string | RegExp, filesBefore: string[]): void {
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(/^wom-report: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stdout).toBe("");
  expect(fs.readdirSync(folder).sort()).toEqual([...filesBefore].sort());
}

const EXPORTS_FOLDER = path.resolve(__dirname, "../fixtures/exports");
const examplePosts = () => fs.readFileSync(path.join(EXAMPLES, "posts.csv"), "utf8");
const exampleOrders = () => fs.readFileSync(path.join(EXAMPLES, "orders.csv"), "utf8");

describe("wom-report refuses bad input", () => {
  it("a missing file", async () => {
    const missing = path.join(folder, "nope.csv");
    const run = await report(["--posts", missing, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, `${missing} does not exist`, []);
  });

  it("an empty file", async () => {
    const posts = write("posts.csv", "");
    const run = await report(["--posts", posts, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, "posts.csv is empty", ["posts.csv"]);
  });

  it("a folder where a file should be", async () => {
    const run = await report(["--posts", folder, "--json"]);
    expectRefused(run, `${folder} is not a file`, []);
  });

  it("a blank header over data", async () => {
    const posts = write("posts.csv", "Creator,,Impressions\nLin,x,100\n");
    const run = await report(["--posts", posts, "--json"]);
    expectRefused(run, "posts.csv has a blank header in column 2", ["posts.csv"]);
  });

  it("an output in a folder that does not exist", async () => {
    const out = path.join(folder, "missing", "summary.xlsx");
    const run = await report([...EXAMPLE_ARGS, "--out", out]);
    expectRefused(run, "the folder of", []);
  });

  it("a header-only file", async () => {
    const posts = write("posts.csv", examplePosts().split("\n")[0] + "\n");
    const run = await report(["--posts", posts, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, "posts.csv has a header row but no data rows", ["posts.csv"]);
  });

  it("bytes that are not UTF-8, GB18030 or Big5 text", async () => {
    const posts = write("posts.csv", Buffer.from([0x41, 0x2c, 0x42, 0x0a, 0x80, 0xff, 0x0a]));
    const run = await report(["--posts", posts, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, "posts.csv is not text in UTF-8, GB18030 or Big5", ["posts.csv"]);
  });

  it("a GB18030 file read as UTF-8 when UTF-8 is asked for", async () => {
    const posts = write("posts.csv", encodeLegacy(examplePosts(), "gb18030"));
    const run = await report([
      "--posts",
      posts,
      "--encoding",
      "utf8",
      "--out",
      path.join(folder, "s.xlsx"),
    ]);
    expectRefused(run, "posts.csv is not valid UTF-8 text", ["posts.csv"]);
  });

  it("duplicate headers", async () => {
    const posts = write("posts.csv", "Creator,Impressions,impressions\nLin,100,200\n");
    const run = await report(["--posts", posts, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, 'posts.csv has the header "impressions" twice', ["posts.csv"]);
  });

  it("text in a number column, naming the file, the row, the column and the value", async () => {
    const lines = exampleOrders().split("\n");
    lines[56] = lines[56].replace(/,30,/, ",thirty,");
    const orders = write("orders.csv", lines.join("\n"));
    const run = await report(["--orders", orders, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, 'orders.csv row 57: "thirty" in Revenue is not a number', ["orders.csv"]);
  });

  it("text in a number column far down a file, after part of the workbook was written", async () => {
    const rows = ["Customer ID,Order date,Revenue"];
    for (let i = 1; i <= 60000; i++) rows.push(`C${i % 5000},2024-03-01,30`);
    rows.push("C1,2024-03-02,thirty");
    const orders = write("orders.csv", rows.join("\n") + "\n");
    const run = await report(["--orders", orders, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, 'orders.csv row 60002: "thirty" in Revenue is not a number', ["orders.csv"]);
  });

  it("a survey answer that holds no score, naming the row", async () => {
    const mentions = write(
      "survey.csv",
      "Respondent,Score\nR1,10 - Extremely likely\nR2,very likely\n"
    );
    const run = await report(["--mentions", mentions, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, 'survey.csv row 3: "very likely" in Score is not a number', ["survey.csv"]);
  });

  it("a survey answer outside 0-10, naming its cell", async () => {
    const mentions = write(
      "survey.csv",
      "Respondent,Score\nR1,10 - Extremely likely\nR2,11 - More\n"
    );
    const run = await report(["--mentions", mentions, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(
      run,
      /survey!B3 holds "11 - More", but survey scores are whole numbers from 0 to 10/,
      ["survey.csv"]
    );
  });

  it("a date column holding something else, naming the row", async () => {
    const lines = exampleOrders().split("\n");
    lines[9] = lines[9].replace(/^([^,]*),[^,]*,/, "$1,soon,");
    const orders = write("orders.csv", lines.join("\n"));
    const run = await report(["--orders", orders, "--out", path.join(folder, "s.xlsx")]);
    expectRefused(run, 'orders.csv row 10: "soon" in Order date is not a date', ["orders.csv"]);
  });

  it("an output that exists, unless --force; the old file stays as it was", async () => {
    const out = write("summary.xlsx", "not a workbook");
    const run = await report([...EXAMPLE_ARGS, "--out", out]);
    expectRefused(run, `${out} exists: add --force to replace it`, ["summary.xlsx"]);
    expect(fs.readFileSync(out, "utf8")).toBe("not a workbook");
    const forced = await report([...EXAMPLE_ARGS, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("an output path that is one of the inputs, even with --force", async () => {
    const posts = write("posts.xlsx", "input");
    const run = await report(["--posts", posts, "--out", posts, "--force"]);
    expectRefused(run, `${posts} is one of the input files`, ["posts.xlsx"]);
    expect(fs.readFileSync(posts, "utf8")).toBe("input");
  });

  it("an output that is not .xlsx", async () => {
    const run = await report([...EXAMPLE_ARGS, "--out", path.join(folder, "summary.csv")]);
    expectRefused(run, "summary.csv must end in .xlsx", []);
  });

  it("a sheet that the workbook does not have", async () => {
    const book = path.join(folder, "book.xlsx");
    expect((await report([...EXAMPLE_ARGS, "--out", book])).code).toBe(0);
    const run = await report(["--orders", `${book}#Sales`, "--json"]);
    expectRefused(
      run,
      /book\.xlsx has no sheet "Sales" \(it has posts, mentions, orders, Campaign Summary\)/,
      ["book.xlsx"]
    );
  });

  it("a file that is not a workbook, given as one", async () => {
    const book = write("book.xlsx", "plain text");
    const run = await report(["--orders", book, "--json"]);
    expectRefused(run, "book.xlsx is not an .xlsx workbook", ["book.xlsx"]);
  });

  it("a web page saved with an .xls name, as back offices export one", async () => {
    const orders = path.join(EXPORTS_FOLDER, "back-office-orders-html.xls");
    const run = await report(["--orders", orders, "--json"]);
    expectRefused(
      run,
      `${orders} is a web page (HTML) saved with an .xls name, not a workbook: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook), or export CSV`,
      []
    );
  });

  it("an Excel 97-2003 workbook, in Traditional Chinese when asked", async () => {
    const orders = path.join(EXPORTS_FOLDER, "back-office-orders-biff8.xls");
    const english = await report(["--orders", orders, "--json"]);
    expectRefused(
      english,
      `${orders} is an Excel 97-2003 workbook (.xls), which the report does not read: open it in Excel and save it as .xlsx`,
      []
    );
    const chinese = await report(["--orders", orders, "--json", "--lang", "zh-TW"]);
    expectRefused(chinese, `${orders} 是 Excel 97-2003 活頁簿（.xls），報告無法讀取`, []);
  });

  it("a web page with a preamble before its table, in Simplified Chinese when asked", async () => {
    const orders = write(
      "orders.xls",
      "\ufeff\r\n  <meta charset=utf-8>\n<table><tr><td>订单编号</td></tr></table>"
    );
    const run = await report(["--orders", orders, "--json", "--lang", "zh-CN"]);
    expectRefused(run, `${orders} 是以 .xls 文件名保存的网页（HTML），不是工作簿`, ["orders.xls"]);
  });

  it("a file in which no column is recognised", async () => {
    const posts = write("posts.csv", "colour,size\nred,10\n");
    const run = await report(["--posts", posts, "--json"]);
    expectRefused(run, "Posts: no column was recognised", ["posts.csv"]);
  });

  it("an unknown option, with the usage exit code 2", async () => {
    const run = await report([...EXAMPLE_ARGS, "--cmp", "8"]);
    expectRefused(run, "unknown option --cmp", []);
    expect(run.code).toBe(2);
  });

  it("speaks the language asked for", async () => {
    const missing = path.join(folder, "nope.csv");
    const run = await report(["--posts", missing, "--lang", "zh-CN"]);
    expectRefused(run, `${missing} 不存在`, []);
  });
});

// Benchmark of wom-report: time and peak memory (RSS) for order logs of 10k, 100k and 1M rows and a
// 200k-row mentions file, each summarised into a workbook by the built executable. Prints the heap
// that an order log's customer tallies keep at a million distinct customers, then a table.
// Run with `npm run bench:report`; the files are generated in a temporary folder and removed after.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { once } from "events";
import { customerTallyLine, measureCustomerTallies } from "./customer-tallies";

const root = path.resolve(__dirname, "..");
const bin = path.join(
  root,
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).bin["wom-report"]
);
const examplePosts = path.join(root, "examples", "posts.csv");
const CODES = ["EB-MEI", "EB-LEO", "EB-JIE", "EB-MIA", "EB-DOU"];
const UTM = ["xiaohongshu", "weibo", "douyin", "instagram"];
const LABELS = ["正面", "Positive", "中性", "负面", "Negative"];

// Writes lines through a file stream, waiting when its buffer is full, so generating stays small too.
async function writeLines(
  file: string,
  header: string,
  rows: number,
  line: (i: number) => string
): Promise<number> {
  const stream = fs.createWriteStream(file);
  stream.write(header + "\n");
  for (let i = 0; i < rows; i++) {
    if (!stream.write(line(i) + "\n")) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  return fs.statSync(file).size;
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
}

// A third of the customers order again; 60 % of orders carry a creator's code, the rest a UTM source.
function orderLine(i: number, rows: number): string {
  const customer = `C${1000 + (i % Math.max(1, Math.floor(rows / 1.5)))}`;
  const seen = i % 10;
  const coded = i % 5 < 3;
  const code = coded ? CODES[i % CODES.length] : "";
  const utm = coded ? "" : UTM[i % UTM.length];
  return `EB-${i + 1},${isoDate(seen + (i % 9))},${customer},${code},${utm},30,${isoDate(seen)}`;
}

function mentionLine(i: number): string {
  return `M${i + 1},P${String((i % 10) + 1).padStart(2, "0")},小红书,"香气好足, 早上来一杯 #${i}",${LABELS[i % LABELS.length]}`;
}

interface Case {
  name: string;
  rows: number;
  args: string[];
  inputBytes: number;
  /** Print the figures only: reading and computing, without writing a workbook. */
  json?: boolean;
  /** Options for node itself, such as a cap on the JavaScript heap. */
  node?: string[];
}

interface Measure {
  seconds: number;
  peakMb: number;
  outputMb: number;
}

// The child records its own peak RSS on exit, so generating the files never counts against it.
function preload(folder: string): string {
  const file = path.join(folder, "peak-rss.js");
  fs.writeFileSync(
    file,
    'process.on("exit", () => require("fs").writeFileSync(process.env.WOM_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n'
  );
  return file;
}

function measure(folder: string, item: Case): Measure {
  const out = path.join(folder, "summary.xlsx");
  fs.rmSync(out, { force: true });
  const output = item.json ? ["--json"] : ["--out", out];
  const rssFile = path.join(folder, "rss.txt");
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [...(item.node ?? []), "--require", preload(folder), bin, ...item.args, ...output],
    { env: { ...process.env, WOM_BENCH_RSS: rssFile }, encoding: "utf8", maxBuffer: 1 << 26 }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`wom-report failed: ${result.stderr}`);
  const peakMb = Number(fs.readFileSync(rssFile, "utf8")) / 1024;
  const outputMb = item.json ? 0 : fs.statSync(out).size / 1048576;
  return { seconds, peakMb, outputMb };
}

async function makeCases(folder: string): Promise<Case[]> {
  const header =
    "Order ID,Order date,Customer ID,Discount code,UTM source,Revenue,First exposure date";
  const cases: Case[] = [];
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const file = path.join(folder, `orders-${rows}.csv`);
    const inputBytes = await writeLines(file, header, rows, (i) => orderLine(i, rows));
    const name = `orders ${rows.toLocaleString("en-US")} rows`;
    cases.push({ name, rows, args: ["--posts", examplePosts, "--orders", file], inputBytes });
  }
  const largest = cases[cases.length - 1];
  cases.push({ ...largest, name: `${largest.name}, --json (no workbook)`, json: true });
  // Peak RSS includes garbage V8 has not collected yet; a capped heap shows what the run really keeps.
  const cap = ["--max-old-space-size=160"];
  cases.push({ ...largest, name: `${largest.name}, heap capped at 160 MB`, node: cap });
  const mentions = path.join(folder, "mentions-200000.csv");
  const mentionHeader = "Comment ID,Post ID,Platform,Comment,Sentiment";
  const inputBytes = await writeLines(mentions, mentionHeader, 200_000, mentionLine);
  cases.push({
    name: "mentions 200,000 rows",
    rows: 200_000,
    args: ["--mentions", mentions],
    inputBytes,
  });
  return cases;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

async function main(): Promise<void> {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run npm run build:cli first`);
  // Measured first, while this process holds nothing else.
  const tallies = measureCustomerTallies();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "wom-bench-"));
  try {
    const cases = await makeCases(folder);
    console.log(`wom-report on ${os.cpus()[0]?.model ?? "this CPU"}, Node ${process.version}\n`);
    console.log(`${customerTallyLine(tallies)}\n`);
    console.log("| input | rows | CSV size | time | peak RSS | workbook |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const item of cases) {
      const result = measure(folder, item);
      console.log(
        `| ${item.name} | ${item.rows.toLocaleString("en-US")} | ${mb(item.inputBytes)} MB | ${result.seconds.toFixed(1)} s | ${result.peakMb.toFixed(0)} MB | ${item.json ? "none" : `${result.outputMb.toFixed(1)} MB`} |`
      );
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

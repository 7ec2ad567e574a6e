/** The pane's round trips and bytes for sources of 1k, 100k and 1M rows, counted through the stand-in workbook. */
import { performance } from "perf_hooks";
import { createOfficeWorkbook } from "../src/excel/office-workbook";
import { computedFiguresOf } from "../src/summary/compute/calculator";
import { planSummary } from "../src/summary/layout/pyramid";
import { PaneController } from "../src/taskpane/state/controller";
import { ordersTable, postsTable } from "../test/excel/campaign-data";
import { FakeExcel } from "../test/excel/fake/workbook";
import { loadExample } from "../test/summary/support/example";
import { COMPUTED_AT, EARLY_BIRD, figuresFor } from "../test/summary/support/plans";
import { fmt, medianMs } from "./measure";

const SIZES = [1_000, 100_000, 1_048_575];
const LABELS = ["positive", "neutral", "negative"];

export interface SummaryFigures {
  scenario: string;
  rows: number;
  syncs: number;
  requests: number;
  largestResponseBytes: number;
  totalResponseBytes: number;
  /** The largest request one sync sent, as the stand-in counts it against Excel's 5 MB limit. */
  largestRequestBytes: number;
  /** What the writes sent to Excel, as JSON. */
  requestBytes: number;
  ms: number;
  created: boolean;
}

function mentionsTable(rows: number): unknown[][] {
  return [
    ["Comment", "Sentiment"],
    ...Array.from({ length: rows }, (_, i) => [`c${i}`, LABELS[i % 3]]),
  ];
}

/** Posts (10 rows) and mentions of `rows` rows; with `withOrders`, an order log of `rows` rows too. */
function workbook(rows: number, withOrders: boolean): FakeExcel {
  return new FakeExcel([
    { name: "Posts", data: [{ at: "A1", values: postsTable(10) }] },
    { name: "Mentions", data: [{ at: "A1", values: mentionsTable(rows) }] },
    ...(withOrders ? [{ name: "Orders", data: [{ at: "A1", values: ordersTable(rows) }] }] : []),
  ]);
}

async function runPane(excel: FakeExcel, withOrders: boolean): Promise<boolean> {
  const pane = new PaneController(createOfficeWorkbook(excel.host()), "en", () => undefined);
  const kinds = withOrders
    ? (["posts", "mentions", "orders"] as const)
    : (["posts", "mentions"] as const);
  const sheets = { posts: "Posts", mentions: "Mentions", orders: "Orders" };
  for (const kind of kinds) {
    excel.select(sheets[kind], "B2");
    await pane.useSelection(kind);
  }
  pane.editAssumptions({ campaignName: "Benchmark", cpm: "8", windowDays: "7" });
  await pane.createSummary();
  return excel.sheetNames().some((name) => name.startsWith("Campaign Summary"));
}

/** Reads the sources and writes the summary through the pane, counting what crosses to Excel. */
export async function measureSummary(): Promise<SummaryFigures[]> {
  const figures: SummaryFigures[] = [];
  for (const withOrders of [false, true]) {
    for (const rows of SIZES) {
      const excel = workbook(rows, withOrders);
      const start = performance.now();
      const created = await runPane(excel, withOrders);
      const ms = performance.now() - start;
      const responses = excel.responseBytes;
      figures.push({
        scenario: withOrders ? "posts, mentions and an order log" : "posts and mentions",
        rows,
        syncs: excel.syncs,
        requests: responses.length,
        largestResponseBytes: Math.max(0, ...responses),
        totalResponseBytes: responses.reduce((a, b) => a + b, 0),
        largestRequestBytes: Math.max(0, ...excel.requestBytes),
        requestBytes: Buffer.byteLength(JSON.stringify(excel.operations)),
        ms,
        created,
      });
    }
  }
  return figures;
}

/** The summary table as printed lines. */
export function summaryTable(figures: SummaryFigures[]): string[] {
  const lines = [
    "| sources | rows | context.sync() calls | largest response | all responses | largest request | writes sent | pane time ms | sheet written |",
    "|---|---:|---:|---:|---:|---:|---:|---:|:-:|",
  ];
  for (const f of figures) {
    const mb = (bytes: number) => `${fmt(bytes / 2 ** 20)} MB`;
    lines.push(
      `| ${f.scenario} | ${f.rows} | ${f.syncs} | ${mb(f.largestResponseBytes)} | ${mb(f.totalResponseBytes)} | ${mb(f.largestRequestBytes)} | ${mb(f.requestBytes)} | ${fmt(f.ms)} | ${f.created ? "yes" : "NO"} |`
    );
  }
  return lines;
}

/** The median time to build the summary plan of the example campaign, figures given. */
export function planBuildMs(runs: number): number {
  const { sources, rows } = loadExample();
  const figures = figuresFor(sources, rows);
  const computed = computedFiguresOf(figures, COMPUTED_AT);
  const input = {
    sources,
    assumptions: EARLY_BIRD,
    computed,
    locale: "en" as const,
    createdAt: "now",
  };
  return medianMs(() => planSummary(input), runs);
}

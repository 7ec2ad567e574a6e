/** `npm run bench`: prints one table per measurement and writes the same figures to bench/results.json. */
import "../test/setup/custom-functions-runtime";
import fs from "fs";
import os from "os";
import path from "path";
import { bundleTable, measureBundles } from "./bundles";
import { functionTable, measureFunctions } from "./functions";
import { fmt, sinkValue } from "./measure";
import { measureSentiment, sentimentTable } from "./sentiment";
import { measureSummary, planBuildMs, summaryTable } from "./summary";

const runs = Number(process.env.BENCH_RUNS ?? 5);

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const cores = os.cpus().length;
  return `${cpu}, ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function main(): Promise<void> {
  console.log(`Machine: ${machine()}; medians of ${runs} runs.\n`);
  const functions = measureFunctions(runs);
  console.log(functionTable(functions).join("\n") + "\n");
  const sentiment = measureSentiment(runs);
  console.log(sentimentTable(sentiment).join("\n") + "\n");
  const summary = await measureSummary();
  console.log(summaryTable(summary).join("\n") + "\n");
  const planMs = planBuildMs(runs * 4);
  console.log(`Building the summary plan of the example campaign: ${fmt(planMs)} ms (median).\n`);
  const bundles = measureBundles();
  console.log(bundleTable(bundles).join("\n"));
  const out = path.join(__dirname, "results.json");
  const figures = { machine: machine(), runs, functions, sentiment, summary, planMs, bundles };
  fs.writeFileSync(out, JSON.stringify(figures, null, 2) + "\n");
  console.log(
    `\nFigures written to ${path.relative(process.cwd(), out)} (checksum ${sinkValue()}).`
  );
}

main();

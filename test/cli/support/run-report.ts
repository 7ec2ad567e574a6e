// Runs wom-report in-process and captures what it writes, as a terminal user would see it.
import fs from "fs";
import os from "os";
import path from "path";
import { runReport } from "../../../src/cli/report";

/** What one run printed and returned. */
export interface ReportRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The example data of the repository, docs/kpi.md's worked example as raw tables. */
export const EXAMPLES = path.resolve(__dirname, "../../../examples");
export const EXAMPLE_ARGS = [
  "--posts",
  path.join(EXAMPLES, "posts.csv"),
  "--mentions",
  path.join(EXAMPLES, "mentions.csv"),
  "--orders",
  path.join(EXAMPLES, "orders.csv"),
];

/** Runs the report with a fixed clock and locale; `tty` makes standard error look like a terminal. */
export async function report(argv: string[], tty = false): Promise<ReportRun> {
  let stdout = "";
  let stderr = "";
  const code = await runReport(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    now: new Date(2024, 2, 15, 9, 30),
    // Numeric dates that no date of their column orders are read by this locale's convention.
    dateLocale: "en-US",
  });
  return { code, stdout, stderr };
}

/** A fresh folder, removed by `removeFolder`. */
export function makeFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "wom-report-"));
}

/** Removes a folder made by `makeFolder`. */
export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

#!/usr/bin/env node
/** The wom-report executable: runs the report on the process's arguments and streams. */
import { runReport } from "./report";
import { removePendingFiles } from "./write/workbook-writer";

// Ctrl+C while writing must not leave a half-written temporary workbook behind.
process.once("SIGINT", () => {
  removePendingFiles();
  process.exit(130);
});

runReport(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  }
);

// The example CSVs read with the command-line report's own parser, every field as text.
import * as fs from "fs";
import { CsvParser } from "../../../src/cli/read/csv-parser";

/** The rows of a CSV text, every field as text. */
export function parseCsv(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.finish()].map((record) => record.cells);
}

/** The rows of a CSV file. */
export function readCsv(file: string): string[][] {
  return parseCsv(fs.readFileSync(file, "utf8"));
}

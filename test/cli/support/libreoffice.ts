// LibreOffice Calc, headless, as an independent spreadsheet program: it recalculates every formula on load.
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { CsvParser } from "../../../src/cli/read/csv-parser";

const run = promisify(execFile);

// OOXMLRecalcMode 0 = "always recalculate" (the default, 1, shows the file's cached values).
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A LibreOffice user profile of its own, set to recalculate .xlsx files on load. */
function freshProfile(folder: string): string {
  const profile = path.join(folder, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  return `file://${profile}`;
}

/** Converts a file with soffice into `folder`, returning the files it wrote. */
export async function convert(input: string, target: string, folder: string): Promise<string[]> {
  const outdir = path.join(folder, "out");
  fs.mkdirSync(outdir, { recursive: true });
  await run(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${freshProfile(folder)}`,
      "--convert-to",
      target,
      "--outdir",
      outdir,
      input,
    ],
    { timeout: 90_000 }
  );
  return fs.readdirSync(outdir).map((name) => path.join(outdir, name));
}

/**
 * The values LibreOffice computes for one sheet (1-based index), as CSV text at full precision:
 * token 9 "false" saves values rather than what the number formats show; token 12 picks the sheet.
 */
export async function recalculatedSheet(xlsx: string, sheetIndex: number): Promise<string[][]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "wom-lo-"));
  try {
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,${sheetIndex}`;
    const [csv] = await convert(xlsx, filter, folder);
    if (!csv) throw new Error(`LibreOffice wrote no CSV for ${xlsx}`);
    const parser = new CsvParser(",");
    const text = fs.readFileSync(csv, "utf8");
    const rows: string[][] = [];
    for (const record of [...parser.push(text), ...parser.finish()])
      rows[record.row - 1] = record.cells;
    return Array.from(rows, (row) => row ?? []);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A number as LibreOffice writes it in CSV: "2300%" is 23; an empty cell or text is NaN. */
export function csvNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) return Number(trimmed.slice(0, -1).replace(/,/g, "")) / 100;
  return trimmed === "" ? NaN : Number(trimmed.replace(/,/g, ""));
}

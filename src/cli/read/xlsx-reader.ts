/** Streaming one sheet of an .xlsx workbook as rows of plain values, without loading the workbook. */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { fail } from "../problems";
import { CellValue } from "./cell-values";
import { MergedRange, MergeFiller, sheetMergedRanges } from "./merged-cells";
import { NotWorkbookError, partOfTarget, WorkbookParts, workbookParts } from "./workbook-parts";
import { NotZipError } from "./zip-entries";

/** A row of a sheet: its 1-based row number and its cells from column A on. */
export interface SheetRecord {
  row: number;
  cells: CellValue[];
}

/** Rows read so far and how far into the file they reach, for progress. */
export interface SheetBatch {
  records: SheetRecord[];
  bytesRead: number;
}

const BATCH_ROWS = 2000;

/** A cell value from ExcelJS as a plain value; dates become ISO text, read back as dates like a CSV's. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return isoText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return plainValue(value.result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return value.error;
  return null;
}

function isoText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** The sheet to stream and its merged ranges; a file that is no workbook, or lacks the sheet, is a problem. */
async function chooseSheet(
  file: string,
  label: string,
  sheet: string | undefined
): Promise<{ name: string; merges: MergedRange[] }> {
  let parts: WorkbookParts;
  try {
    parts = await workbookParts(file);
  } catch (error) {
    if (error instanceof NotZipError || error instanceof NotWorkbookError)
      fail({ kind: "notWorkbook", file: label });
    throw error;
  }
  const { sheets, entries } = parts;
  // The message names the sheet itself, so it names the file without it.
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen)
    fail({
      kind: "missingSheet",
      file,
      sheet: sheet ?? "",
      sheets: sheets.map((s) => s.name),
    });
  const entry = entries.get(chosen.part);
  if (!entry) fail({ kind: "notWorkbook", file: label });
  return { name: chosen.name, merges: await sheetMergedRanges(file, entry) };
}

// ExcelJS names a sheet only when its relationship target is "worksheets/sheetN.xml"; openpyxl writes
// "/xl/worksheets/sheetN.xml". Targets are rewritten to that form as ExcelJS reads them.
function matchAnyTargetForm(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as {
    _parseRels(entry: unknown): Promise<void>;
    workbookRels?: { Target: string }[];
  };
  const parseRels = internals._parseRels.bind(reader);
  internals._parseRels = async (entry) => {
    await parseRels(entry);
    for (const rel of internals.workbookRels ?? [])
      rel.Target = path.posix.relative("xl", partOfTarget(rel.Target));
  };
}

/** Streams the named sheet (or the first) of a workbook in batches of rows, merged cells filled down. */
export async function* readSheetRecords(
  file: string,
  label: string,
  sheet: string | undefined
): AsyncGenerator<SheetBatch> {
  const { name: sheetName, merges } = await chooseSheet(file, label, sheet);
  const filler = new MergeFiller(merges);
  const stream = fs.createReadStream(file);
  let bytesRead = 0;
  stream.on("data", (chunk) => (bytesRead += chunk.length));
  // Styles tell dates from numbers; shared strings are the workbook's own text table.
  const options = { worksheets: "emit", sharedStrings: "cache", styles: "cache" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, options);
  matchAnyTargetForm(reader);
  try {
    for await (const worksheet of reader) {
      if ((worksheet as unknown as { name: string }).name !== sheetName) {
        // ExcelJS reads a sheet stored before the shared strings back from a temporary file that it
        // deletes when the loop moves on; a sheet left unread could then fail to open under load.
        for await (const row of worksheet) void row;
        continue;
      }
      let records: SheetRecord[] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells = Array.from(values.slice(1), plainValue);
        records.push({ row: row.number, cells: filler.fill(row.number, cells) });
        if (records.length >= BATCH_ROWS) {
          yield { records, bytesRead };
          records = [];
        }
      }
      yield { records, bytesRead };
      return;
    }
  } finally {
    stream.destroy();
  }
  throw new Error(
    `${label}: the sheet ${sheetName} is stored where the .xlsx reader does not look`
  );
}

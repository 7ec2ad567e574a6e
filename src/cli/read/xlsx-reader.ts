/** Streaming one sheet of an .xlsx workbook as rows of plain values, without loading the workbook. */
import ExcelJS from "exceljs";
import fs from "fs";
import { fail, ReportError } from "../problems";
import { CellValue } from "./cell-values";

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

/** Streams the named sheet (or the first) of a workbook in batches of rows. */
export async function* readSheetRecords(
  path: string,
  label: string,
  sheet: string | undefined
): AsyncGenerator<SheetBatch> {
  const stream = fs.createReadStream(path);
  let bytesRead = 0;
  stream.on("data", (chunk) => (bytesRead += chunk.length));
  // Styles tell dates from numbers; shared strings are the workbook's own text table.
  const options = { worksheets: "emit", sharedStrings: "cache", styles: "cache" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, options);
  const names: string[] = [];
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      names.push(name);
      if (sheet !== undefined && name !== sheet) {
        // ExcelJS reads a sheet stored before the shared strings back from a temporary file that it
        // deletes when the loop moves on; a sheet left unread could then fail to open under load.
        for await (const row of worksheet) void row;
        continue;
      }
      let records: SheetRecord[] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        records.push({ row: row.number, cells: Array.from(values.slice(1), plainValue) });
        if (records.length >= BATCH_ROWS) {
          yield { records, bytesRead };
          records = [];
        }
      }
      yield { records, bytesRead };
      return;
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    fail({ kind: "notWorkbook", file: label });
  } finally {
    stream.destroy();
  }
  fail({ kind: "missingSheet", file: path, sheet: sheet ?? "", sheets: names });
}

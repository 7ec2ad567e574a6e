/** A source's rows written to a sheet of the streaming workbook, at the pace the zip file takes them. */
import ExcelJS from "exceljs";
import { DATE, DATE_TIME } from "../../summary";
import { CellValue, ColumnType } from "../read/cell-values";
import { DEFAULT_FONT } from "./plan-writer";

// One style object per look: ExcelJS caches style ids by object, so sharing them keeps a million rows fast.
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const DATE_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: DATE });
const DATE_TIME_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: DATE_TIME });
const HEADER_FILL = "FFD9E1F2";
const MAX_BACKLOG_BYTES = 1 << 20;

/** A source sheet being written: rows go to the file as they come, so memory does not grow with them. */
export interface SourceSheetWriter {
  /** Writes rows; resolves once the zip has taken in most of what came before. */
  writeRows(rows: CellValue[][]): Promise<void>;
  /** Ends the sheet; returns the number of data rows written. */
  finish(): number;
}

type StreamedSheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

interface SheetStream {
  pipes?: { writableLength?: number; _writableState?: { length: number } }[];
  buffers?: unknown[];
}

// ExcelJS pushes every committed row into the zip's input without waiting (its stream ignores
// backpressure), so a fast reader would pile a million rows up in memory. This measures the pile.
function backlog(sheet: StreamedSheet): number {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  const zipInput = stream?.pipes?.[0];
  if (!zipInput) return (stream?.buffers?.length ?? 0) * 65536;
  return zipInput.writableLength ?? zipInput._writableState?.length ?? 0;
}

async function zipCaughtUp(sheet: StreamedSheet): Promise<void> {
  while (backlog(sheet) > MAX_BACKLOG_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
}

function writeHeader(sheet: StreamedSheet, headers: string[]): void {
  sheet.columns = headers.map((header) => ({
    width: Math.min(Math.max(header.length + 4, 12), 40),
  }));
  const row = sheet.addRow(headers);
  row.eachCell((cell) => {
    cell.font = { ...DEFAULT_FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  row.commit();
}

/** Starts a sheet holding a source's header and rows; dates get a date format, headers are bold. */
export function sourceSheetWriter(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: string[],
  types: ColumnType[]
): SourceSheetWriter {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  writeHeader(sheet, headers);
  const styles = types.map((type) =>
    type === "date" || type === "dates" ? DATE_STYLE : PLAIN_STYLE
  );
  const styleOf = (value: CellValue, column: number) =>
    styles[column] === DATE_STYLE && typeof value === "number" && !Number.isInteger(value)
      ? DATE_TIME_STYLE
      : styles[column];
  let count = 0;
  return {
    async writeRows(rows) {
      for (const values of rows) {
        const row = sheet.addRow(values);
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cell.style = styleOf(values[column - 1], column - 1);
        });
        row.commit();
      }
      count += rows.length;
      await zipCaughtUp(sheet);
    },
    finish() {
      sheet.commit();
      return count;
    },
  };
}

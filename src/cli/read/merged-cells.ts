/** Merged cells of a sheet: where they are, and their value given to every row a merge covers. */
import fs from "fs";
import path from "path";
import { CellValue } from "./cell-values";
import { attributes } from "./workbook-parts";
import { ZipEntry, zipEntryStream } from "./zip-entries";

/** A merged range, 1-based rows and columns, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell reference such as "AB12" as a 1-based column and row. */
export function cellPosition(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** The ranges listed in a sheet's <mergeCells>. */
export function mergedRangesOf(xml: string): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const tag of xml.match(/<(\w+:)?mergeCell\b[^>]*>/g) ?? []) {
    const [from, to = from] = (attributes(tag).get("ref") ?? "").split(":");
    const start = cellPosition(from);
    const end = cellPosition(to);
    if (!start || !end) continue;
    ranges.push({
      top: Math.min(start.row, end.row),
      left: Math.min(start.column, end.column),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.column, end.column),
    });
  }
  return ranges;
}

const MERGE_CELLS = Buffer.from("mergeCells");

/**
 * The merged ranges of a sheet part. <mergeCells> follows <sheetData> in the XML, so the part is
 * inflated once up front and only the text from <mergeCells> on is kept: memory stays small.
 */
async function scanMergedRanges(file: string, entry: ZipEntry): Promise<MergedRange[]> {
  let carry = Buffer.alloc(0);
  const kept: Buffer[] = [];
  for await (const chunk of zipEntryStream(file, entry)) {
    if (kept.length > 0) {
      kept.push(chunk as Buffer);
      continue;
    }
    const window = Buffer.concat([carry, chunk as Buffer]);
    const at = window.indexOf(MERGE_CELLS);
    if (at >= 0) kept.push(window.subarray(Math.max(0, at - 8)));
    else carry = window.subarray(Math.max(0, window.length - MERGE_CELLS.length));
  }
  return kept.length > 0 ? mergedRangesOf(Buffer.concat(kept).toString("utf8")) : [];
}

// The report reads a file twice (its head, then every row): the part is inflated for merges only once.
const scanned = new Map<string, Promise<MergedRange[]>>();

/** The merged ranges of a sheet part, scanned once per version of the file. */
export function sheetMergedRanges(file: string, entry: ZipEntry): Promise<MergedRange[]> {
  const { mtimeMs, size } = fs.statSync(file);
  const key = [path.resolve(file), mtimeMs, size, entry.name].join("\0");
  let ranges = scanned.get(key);
  if (!ranges) {
    ranges = scanMergedRanges(file, entry);
    scanned.set(key, ranges);
    ranges.catch(() => scanned.delete(key));
  }
  return ranges;
}

/**
 * Gives the value of each merge spanning several rows, which the file keeps in its top-left cell
 * only, to every cell of the merge, row by row as they stream. A merge within one row (a title
 * across the columns) is left as it is: its value belongs to its first cell.
 */
export class MergeFiller {
  private readonly waiting: MergedRange[];
  private active: { range: MergedRange; value: CellValue }[] = [];

  constructor(ranges: MergedRange[]) {
    this.waiting = ranges.filter((r) => r.bottom > r.top).sort((a, b) => b.top - a.top);
  }

  /** Fills the cells of one row, given in row order; rows that the file leaves out are skipped. */
  fill(row: number, cells: CellValue[]): CellValue[] {
    this.active = this.active.filter(({ range }) => range.bottom >= row);
    while (this.waiting.length > 0 && this.waiting[this.waiting.length - 1].top <= row) {
      const range = this.waiting.pop() as MergedRange;
      const value = range.top === row ? (cells[range.left - 1] ?? null) : null;
      if (range.bottom >= row) this.active.push({ range, value });
    }
    for (const { range, value } of this.active) {
      if (value === null) continue;
      for (let c = range.left; c <= range.right; c++) {
        while (cells.length < c) cells.push(null);
        if (cells[c - 1] === null || cells[c - 1] === undefined) cells[c - 1] = value;
      }
    }
    return cells;
  }
}

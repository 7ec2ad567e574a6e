/**
 * Where the table starts in what was given: the header row under title, subtitle and export
 * metadata rows, and the survey exports' extra header rows under it. Works on the first rows of a
 * sheet, a selection or a file, cells as read (a CSV's text or a workbook's values).
 */
import { isDateText } from "../../cells/dates";
import { isBlank, toNumber } from "../../cells/values";

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** Where the header is, and the rows around it that are not data. */
export interface TableStart {
  /** 0-based index of the header row among the rows given. */
  header: number;
  /** Rows above the header holding text: titles, subtitles, export metadata. */
  aboveHeader: number;
  /** Blank rows above the header. */
  blankAbove: number;
  /** Rows right under the header that are headers too (survey exports' second and third rows). */
  extraHeaderRows: number;
}

// Qualtrics writes {"ImportId":"QID1"} under every column; SurveyMonkey's second row says what each column holds.
const IMPORT_ID = /^\{"ImportId"/;
const SURVEY_SECOND_ROW = new Set(["response", "open-ended response", "other (please specify)"]);

function filledCount(row: readonly unknown[]): number {
  let count = 0;
  for (const cell of row) if (!isBlank(cell) && String(cell).trim() !== "") count++;
  return count;
}

// A header names columns: its cells are words, not numbers or dates.
function looksLikeHeaderCell(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return Number.isNaN(toNumber(text)) && !isDateText(text);
}

function isHeaderLike(row: readonly unknown[], widest: number): boolean {
  const filled = row.filter((cell) => !isBlank(cell) && String(cell).trim() !== "");
  if (filled.length < Math.min(2, widest) || filled.length * 2 < widest) return false;
  return filled.every(looksLikeHeaderCell);
}

/** True for a survey export's extra header row: Qualtrics' import IDs or SurveyMonkey's "Response" row. */
function isImportIdRow(row: readonly unknown[]): boolean {
  return row.some((cell) => typeof cell === "string" && IMPORT_ID.test(cell.trim()));
}

function isSurveySecondRow(row: readonly unknown[]): boolean {
  const texts = row
    .filter((cell) => !isBlank(cell))
    .map((cell) => String(cell).trim().toLowerCase());
  return (
    texts.length > 0 &&
    texts.some((text) => SURVEY_SECOND_ROW.has(text)) &&
    texts.every((text) => Number.isNaN(toNumber(text)))
  );
}

// Qualtrics: question texts, then the import IDs, under the column IDs.
function extraHeaderRowsUnder(rows: readonly (readonly unknown[])[], header: number): number {
  for (let extra = 2; extra >= 1; extra--) {
    const row = rows[header + extra];
    if (row && isImportIdRow(row)) return extra;
  }
  const next = rows[header + 1];
  return next && isSurveySecondRow(next) ? 1 : 0;
}

/**
 * The header is the first row, among the first HEADER_SEARCH_ROWS, whose cells are all words and
 * fill at least half as many columns as the widest row: a title fills one cell, metadata two.
 */
export function findTableStart(rows: readonly (readonly unknown[])[]): TableStart {
  const searched = rows.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(0, ...searched.map(filledCount));
  let header = searched.findIndex((row) => isHeaderLike(row, widest));
  if (header < 0) header = searched.findIndex((row) => filledCount(row) > 0);
  return tableStartAt(rows, Math.max(header, 0));
}

/** The table whose header is the given row (0-based), as the user names it. */
export function tableStartAt(rows: readonly (readonly unknown[])[], header: number): TableStart {
  let blankAbove = 0;
  for (let r = 0; r < header; r++) if (filledCount(rows[r]) === 0) blankAbove++;
  return {
    header,
    aboveHeader: header - blankAbove,
    blankAbove,
    extraHeaderRows: extraHeaderRowsUnder(rows, header),
  };
}

/**
 * The words of each column's extra header rows (Qualtrics' question texts), for recognising a
 * column whose header is only an ID ("Q1"); empty where there are none.
 */
export function extraHeaderTexts(
  rows: readonly (readonly unknown[])[],
  start: TableStart,
  columns: number
): string[] {
  const texts: string[] = new Array(columns).fill("");
  for (let r = start.header + 1; r <= start.header + start.extraHeaderRows; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell === "string" && !IMPORT_ID.test(cell.trim()) && !isSurveySecondRow([cell]))
        texts[c] = `${texts[c]} ${cell.trim()}`.trim();
    }
  }
  return texts;
}

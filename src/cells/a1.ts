/** A1 addresses and sheet-qualified references, as Excel writes them in formulas. */

/** The last row of a worksheet in Excel 2007 and later. */
export const MAX_ROWS = 1_048_576;

/** A block of cells, 0-based inclusive corners. */
export interface Block {
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/** The column letters of a 0-based column index: 0 → "A", 27 → "AB". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 address of a 0-based cell: (2, 1) → "B3", or "$B$3" when absolute. */
export function a1(row: number, column: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetter(column)}${dollar}${row + 1}`;
}

/** The A1 address of a block: "B3:D9"; a one-cell block is written as that cell. */
export function blockAddress(block: Block, absolute = false): string {
  const from = a1(block.fromRow, block.fromColumn, absolute);
  if (block.fromRow === block.toRow && block.fromColumn === block.toColumn) return from;
  return `${from}:${a1(block.toRow, block.toColumn, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Reads "A1:H11", "$A$1:$H$11" or "C5" (optionally after "Sheet!") as a block; undefined otherwise. */
export function parseBlock(address: string): Block | undefined {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  const [first, second = first, extra] = bare.split(":");
  if (extra !== undefined) return undefined;
  const from = parseCell(first);
  const to = parseCell(second);
  if (!from || !to) return undefined;
  return {
    fromRow: Math.min(from.row, to.row),
    fromColumn: Math.min(from.column, to.column),
    toRow: Math.max(from.row, to.row),
    toColumn: Math.max(from.column, to.column),
  };
}

/** Reads "C5" or "$C$5" as a 0-based cell; undefined otherwise. */
export function parseCell(text: string): { row: number; column: number } | undefined {
  const match = CELL.exec(text.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, column: column - 1 } : undefined;
}

// A bare name must not read as a cell (A1, XFD1), an R1C1 reference or a boolean, or Excel misparses it.
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*|true|false)$/i;

/** A sheet name as a formula writes it: bare when plain, else in quotes with quotes doubled. */
export function quoteSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference on a named sheet: ("My Posts", "C7") → "'My Posts'!C7". */
export function onSheet(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** The sheet address of a source's data cell, 0-based within the data rows: "Posts!C7". */
export function dataCellAddress(
  table: { sheet: string; address: string },
  row: number,
  column: number
): string {
  const block = parseBlock(table.address);
  const top = block ? block.fromRow : 0;
  const left = block ? block.fromColumn : 0;
  // The block's first row is the header: data row 0 sits one below it.
  return onSheet(table.sheet, a1(top + 1 + row, left + column));
}

/** An address without its sheet part: "'My data'!A1:H11" → "A1:H11"; lists keep every area. */
export function withoutSheet(address: string): string {
  return address.replace(/(?:'(?:[^']|'')*'|[^'!,\s]+)!/g, "");
}

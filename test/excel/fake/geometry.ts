// Rectangles of cells and their A1 addresses, for the stand-in workbook.

/** A block of cells, 0-based. */
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

function columnIndex(text: string): number {
  return [...text].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** "B3", or "A1:C3" for more than one cell. */
export function formatRect(rect: Rect): string {
  const first = `${letters(rect.left)}${rect.top + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${letters(rect.left + rect.columns - 1)}${rect.top + rect.rows}`;
}

/** Parses "B3", "A1:H11" or "$A$1:$H$11". */
export function parseRect(address: string): Rect {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const corner = (cell: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) throw new Error(`not an A1 cell: ${cell}`);
    return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
  };
  const a = corner(from);
  const b = corner(to);
  return { top: a.row, left: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** The cells two rectangles share, if any. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  if (bottom <= top || right <= left) return undefined;
  return { top, left, rows: bottom - top, columns: right - left };
}

/** The smallest rectangle holding all of them. */
export function boundingBox(rects: Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  const bottom = Math.max(...rects.map((r) => r.top + r.rows));
  const right = Math.max(...rects.map((r) => r.left + r.columns));
  return { top, left, rows: bottom - top, columns: right - left };
}

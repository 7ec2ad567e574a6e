/** A1 addresses, as Excel writes them. */

/** The column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 address of a 0-based cell: (2, 1) → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** An address without its sheet part: "'My data'!A1:H11" → "A1:H11"; lists keep every area. */
export function withoutSheet(address: string): string {
  return address.replace(/(?:'(?:[^']|'')*'|[^'!,\s]+)!/g, "");
}

// The cells the page wrote to its summary sheet, and what its formulas refer to.
import { WrittenCell } from "../stand-in/contract";

export interface SummaryWrites {
  values: { address: string; value: unknown }[];
  formulas: { address: string; formula: string }[];
}

/** The single-cell values and formulas among the writes, each with its address. */
export function summaryWrites(cells: WrittenCell[]): SummaryWrites {
  const first = (value: unknown) => (value as unknown[][])[0][0];
  return {
    values: cells
      .filter((cell) => cell.property === "values")
      .map(({ address, value }) => ({ address, value: first(value) })),
    formulas: cells
      .filter((cell) => cell.property === "formulas")
      .map(({ address, value }) => ({ address, formula: String(first(value)) })),
  };
}

/** True when a formula refers to a cell of its own sheet, e.g. G9 as G9, $G$9 or G$9. */
export function refersToCell(formula: string, address: string): boolean {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  return new RegExp(`(?<![A-Za-z0-9_$!:])\\$?${column}\\$?${row}(?![0-9])`).test(formula);
}

/** True when a formula reads a column of another sheet, e.g. Posts!$H$2:$H$10011. */
export function readsColumn(formula: string, sheet: string, column: string): boolean {
  return new RegExp(`${sheet}!\\$?${column}\\$?\\d`).test(formula);
}

/** True when a formula reads a range of its own sheet that holds the cell, e.g. SUM($H$9:$H$13) holds H11. */
export function readsRangeHolding(formula: string, address: string): boolean {
  const at = (cell: string) => {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell.replace(/\$/g, "")) ?? [];
    return { column: column.padStart(3, " "), row: Number(row) };
  };
  const cell = at(address);
  const ranges = formula.matchAll(/(?<![A-Za-z0-9_!$])(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)/g);
  return [...ranges].some(([, from, to]) => {
    const [first, last] = [at(from), at(to)];
    return (
      first.column <= cell.column &&
      cell.column <= last.column &&
      first.row <= cell.row &&
      cell.row <= last.row
    );
  });
}

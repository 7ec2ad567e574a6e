/**
 * The value each formula cell of the summary shows, written beside the formula so that a viewer that
 * does not recalculate (LibreOffice by default, previews, phones) shows the numbers. What a cell shows
 * is decided in one place, src/summary/formulas/cell-values.ts; this adds the cells that merely repeat another.
 */
import { parseCell } from "../../cells/a1";
import { Locale } from "../../i18n";
import { formulaCellValue, SheetPlan, SummaryFigures } from "../../summary";

/** A cached formula result: a number, text, or "" where the formula shows a blank (a zero denominator). */
export type CachedValue = number | string;

/** Cached values by cell, keyed "row,column" (0-based). */
export type CachedValues = Map<string, CachedValue>;

/** The key of a cell in CachedValues. */
export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

// The funnel's stages read the pyramid's cells: "=G31" shows what G31 shows.
function referencedKey(formula: string): string | undefined {
  const cell = formula.startsWith("=") ? parseCell(formula.slice(1)) : undefined;
  return cell && cellKey(cell.row, cell.column);
}

/** Every formula cell's value that the figures determine: figures, tables, and references to them. */
export function cachedValues(
  plan: SheetPlan,
  figures: SummaryFigures,
  locale: Locale
): CachedValues {
  const values: CachedValues = new Map();
  const formulas = plan.cells.filter((cell) => cell.content.kind === "formula");
  for (const cell of formulas) {
    const value = formulaCellValue(cell, figures, locale);
    if (value !== undefined) values.set(cellKey(cell.row, cell.column), value);
  }
  for (const cell of formulas) {
    const target =
      cell.content.kind === "formula" ? referencedKey(cell.content.formula) : undefined;
    const value = target === undefined ? undefined : values.get(target);
    if (value !== undefined) values.set(cellKey(cell.row, cell.column), value);
  }
  return values;
}

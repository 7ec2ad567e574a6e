/** How the summary's formulas refer to a source column: structured references or absolute ranges. */
import { a1, MAX_ROWS, onSheet, parseBlock } from "../../cells/a1";
import { Measure, SourceKind } from "../model/measures";
import { MappedSource, SourceTable } from "../model/source";

/**
 * Rows below a plain range's data that its formulas still read, so rows appended later count.
 * Not whole columns: those would also take in the header, titles above the block and anything
 * below it, and would make SUMPRODUCT work through a million rows.
 */
const ROOM_FOR_NEW_ROWS = 10_000;

// A column name with any of these must sit in double brackets; a space alone needs none.
const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]|^\s|\s$/;
// These are escaped with an apostrophe inside a column specifier.
const ESCAPED = /['#[\]]/g;

/** A structured reference to a table column's data: Posts[Impressions], Orders[[Order-date]]. */
export function structuredReference(tableName: string, header: string): string {
  const escaped = header.replace(ESCAPED, "'$&");
  return SPECIAL.test(header) ? `${tableName}[[${escaped}]]` : `${tableName}[${escaped}]`;
}

/**
 * The absolute range of a column's data rows, from under the header to ROOM_FOR_NEW_ROWS further
 * down; to the last data row only when a totals row left out of a range sits right below it.
 */
function rangeReference(table: SourceTable, column: number): string {
  const block = parseBlock(table.address) ?? { fromRow: 0, fromColumn: 0, toRow: 0, toColumn: 0 };
  const sheetColumn = block.fromColumn + column;
  const totalsBelow = !table.rowsSorted && (table.account?.leftOut.totals ?? 0) > 0;
  const room = totalsBelow ? 0 : ROOM_FOR_NEW_ROWS;
  const last = Math.min(block.toRow + room, MAX_ROWS - 1);
  return onSheet(
    table.sheet,
    `${a1(block.fromRow + 1, sheetColumn, true)}:${a1(last, sheetColumn, true)}`
  );
}

/** The reference a formula uses for a source column: structured for a table, else a range. */
export function columnReference(table: SourceTable, column: number): string {
  if (table.tableName) return structuredReference(table.tableName, String(table.headers[column]));
  return rangeReference(table, column);
}

/** Finds the reference of a mapped measure; an unmapped one is a caller's mistake. */
export function referenceFinder(
  sources: MappedSource[]
): (kind: SourceKind, measure: Measure) => string {
  return (kind, measure) => {
    const source = sources.find((candidate) => candidate.table.kind === kind);
    const column = source?.mapping[measure];
    if (!source || column === undefined) throw new Error(`No ${kind} column holds ${measure}`);
    return columnReference(source.table, column);
  };
}

// Small source tables written the way a test reads best: a kind, headers and data rows.
import { a1 } from "../../../src/cells/a1";
import { SourceKind } from "../../../src/summary/model/measures";
import { MappedSource, SourceTable } from "../../../src/summary/model/source";
import { recognizeColumns } from "../../../src/summary/recognise/columns";

/** A source block at A1 of a sheet, its sample being all of its rows. */
export function table(
  kind: SourceKind,
  headers: string[],
  rows: unknown[][] = [],
  extra: Partial<SourceTable> = {}
): SourceTable {
  const sheet = extra.sheet ?? kind[0].toUpperCase() + kind.slice(1);
  return {
    kind,
    sheet,
    address: `A1:${a1(rows.length, Math.max(headers.length, 1) - 1)}`,
    headers,
    sample: rows,
    rowCount: rows.length,
    ...extra,
  };
}

/** The table with the columns its headers name. */
export function mapped(source: SourceTable): MappedSource {
  return { table: source, mapping: recognizeColumns(source) };
}

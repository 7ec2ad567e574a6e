// The example campaign of examples/, loaded as Excel would hold it and as the pane would map it.
import { HyperFormula } from "hyperformula";
import * as path from "path";
import { a1 } from "../../../src/cells/a1";
import { SourceKind } from "../../../src/summary/model/measures";
import { MappedSource, SourceTable } from "../../../src/summary/model/source";
import { recognizeColumns } from "../../../src/summary/recognise/columns";
import { readCsv } from "./csv";
import { addCsvSheet, createEngine, sheetValues } from "./engine";

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");

/** The sheet each example source is written to. */
export const SHEETS: Record<SourceKind, string> = {
  posts: "Posts",
  mentions: "Mentions",
  orders: "Orders",
};

/** A source table over a sheet's values, header in the first row, the whole block mapped. */
export function tableOf(kind: SourceKind, sheet: string, values: unknown[][]): SourceTable {
  const [headers, ...rows] = values;
  return {
    kind,
    sheet,
    address: `A1:${a1(values.length - 1, headers.length - 1)}`,
    headers: headers.map((header) => String(header)),
    sample: rows.slice(0, 200),
    rowCount: rows.length,
  };
}

/** The example loaded into a fresh engine, with its sources, their full rows and their mappings. */
export function loadExample(): {
  engine: HyperFormula;
  sources: MappedSource[];
  rows: Record<SourceKind, unknown[][]>;
} {
  const engine = createEngine();
  const sources: MappedSource[] = [];
  const rows = {} as Record<SourceKind, unknown[][]>;
  for (const kind of ["posts", "mentions", "orders"] as SourceKind[]) {
    const sheet = addCsvSheet(engine, SHEETS[kind], readCsv(path.join(EXAMPLES, `${kind}.csv`)));
    const values = sheetValues(engine, sheet);
    const table = tableOf(kind, SHEETS[kind], values);
    sources.push({ table, mapping: recognizeColumns(table) });
    rows[kind] = values.slice(1);
  }
  return { engine, sources, rows };
}

/** Checking the picked sources before anything is written: headers, mappings and a sample of cells. */
import { dataCellAddress } from "../../cells/a1";
import { isBlank, toNumber } from "../../cells/values";
import { CalculatedFigure } from "../model/figures";
import { Measure, ORDER_STATE_MEASURES, SourceKind } from "../model/measures";
import { CellIssue, sourceError, SourceProblem, sourceWarning } from "../model/problems";
import { ColumnMapping, MappedSource, SourceTable } from "../model/source";
import { cellIssue } from "./cell-checks";
import { TextReader, textReaders } from "../rows/text-values";

/** The error for a bad cell, naming it on its sheet ("Posts!C7"). */
export function cellProblem(
  table: SourceTable,
  issue: CellIssue,
  measure: Measure,
  row: number,
  column: number,
  value: unknown
): SourceProblem {
  const cell = dataCellAddress(table, row, column);
  return sourceError(table.kind, issue, { cell, value, measure });
}

// A figure is left out when none of the measures that could give it is mapped.
const NEEDS: { kind: SourceKind; anyOf: Measure[]; figures: CalculatedFigure[] }[] = [
  { kind: "posts", anyOf: ["impressions"], figures: ["impressions", "engagementRate", "emv"] },
  {
    kind: "posts",
    anyOf: ["reposts", "comments", "likes", "saves", "engagements"],
    figures: ["engagements"],
  },
  { kind: "posts", anyOf: ["cost"], figures: ["cost", "costPerOrder", "roi"] },
  {
    kind: "mentions",
    anyOf: ["sentiment", "positive", "negative", "score", "text"],
    figures: ["positive", "negative", "socialNps", "nps"],
  },
  { kind: "orders", anyOf: ["orderId", "customer", "orderDate", "revenue"], figures: ["orders"] },
  { kind: "orders", anyOf: ["revenue"], figures: ["revenue", "roi"] },
  { kind: "orders", anyOf: ["code", "utm"], figures: ["ordersByCode", "ordersByUtm"] },
  { kind: "orders", anyOf: ["orderDate"], figures: ["attributedOrders"] },
  { kind: "orders", anyOf: ["exposureDate"], figures: ["attributedOrders"] },
  { kind: "orders", anyOf: ["customer"], figures: ["repeatRate"] },
];

/**
 * Everything wrong with the sources that can be seen from their headers, mappings and samples:
 * errors (the summary cannot be made) and warnings (figures it will leave out).
 */
export function sourceProblems(sources: MappedSource[]): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const seen = new Set<SourceKind>();
  for (const source of sources) {
    const kind = source.table.kind;
    if (seen.has(kind)) problems.push(sourceError(kind, "sourceKindTwice", {}));
    seen.add(kind);
    const shape = shapeProblems(source.table);
    problems.push(...shape);
    if (shape.length > 0) continue;
    problems.push(...mappingProblems(source), ...sampleProblems(source));
    problems.push(...missingColumns(source), ...unsortedOrders(source));
  }
  return problems;
}

// The sheet's formulas count every row they are given: an export with line items, statuses or
// refunds has its rows sorted first, and the used ones are what the summary reads.
function unsortedOrders({ table, mapping }: MappedSource): SourceProblem[] {
  if (table.kind !== "orders" || table.rowsSorted) return [];
  const measures = ORDER_STATE_MEASURES.filter((measure) => mapping[measure] !== undefined);
  return measures.length > 0 ? [sourceWarning("orders", "ordersNeedSorting", { measures })] : [];
}

// Headers are kept as the sheet holds them: one of spaces only names no column.
function isBlankHeader(header: unknown): boolean {
  return isBlank(header) || (typeof header === "string" && header.trim() === "");
}

function shapeProblems(table: SourceTable): SourceProblem[] {
  const named = table.headers.filter((header) => !isBlankHeader(header));
  if (named.length === 0 && table.rowCount === 0)
    return [sourceError(table.kind, "emptySelection", {})];
  // A header row of numbers alone is a data row: the block has no header.
  if (named.length > 0 && named.every((header) => !Number.isNaN(toNumber(header)))) {
    return [sourceError(table.kind, "noHeader", { cell: dataCellAddress(table, -1, 0) })];
  }
  if (table.rowCount === 0) return [sourceError(table.kind, "noData", {})];
  const blank = table.headers.findIndex(
    (header, column) => isBlankHeader(header) && table.sample.some((row) => !isBlank(row[column]))
  );
  if (blank >= 0)
    return [sourceError(table.kind, "blankHeader", { cell: dataCellAddress(table, -1, blank) })];
  return [];
}

function mappingProblems({ table, mapping }: MappedSource): SourceProblem[] {
  const entries = Object.entries(mapping).filter(([, column]) => column !== undefined) as [
    Measure,
    number,
  ][];
  if (entries.length === 0) return [sourceError(table.kind, "noRecognisedColumn", {})];
  const problems: SourceProblem[] = [];
  const byColumn = new Map<number, Measure>();
  for (const [measure, column] of entries) {
    if (!Number.isInteger(column) || column < 0 || column >= table.headers.length) {
      problems.push(sourceError(table.kind, "columnOutsideBlock", { measure }));
      continue;
    }
    const other = byColumn.get(column);
    if (other === undefined) byColumn.set(column, measure);
    else {
      const params = { header: table.headers[column], measure: other, otherMeasure: measure };
      problems.push(sourceError(table.kind, "columnMappedTwice", params));
    }
  }
  return problems;
}

// A source read where it is (the pane's) has its text numbers and dates read when its rows are
// sorted (rows/text-values.ts): only a cell that stays wrong after that is a problem.
function sampleProblems(source: MappedSource): SourceProblem[] {
  const { table, mapping } = source;
  const problems: SourceProblem[] = [];
  const readers = table.rowsSorted ? new Map<number, TextReader>() : textReaders(source);
  for (const [measure, column] of Object.entries(mapping) as [Measure, number | undefined][]) {
    if (column === undefined || column >= table.headers.length) continue;
    const read = readers.get(column);
    for (let row = 0; row < table.sample.length; row++) {
      const value = table.sample[row][column];
      const issue = cellIssue(table.kind, measure, read ? read(value) : value);
      if (issue === undefined) continue;
      problems.push(cellProblem(table, issue, measure, row, column, value));
      break;
    }
  }
  return problems;
}

function missingColumns({ table, mapping }: MappedSource): SourceProblem[] {
  return NEEDS.filter(
    (need) =>
      need.kind === table.kind && need.anyOf.every((measure) => mapping[measure] === undefined)
  ).map((need) =>
    sourceWarning(table.kind, "missingColumn", { measures: need.anyOf, figures: need.figures })
  );
}

/**
 * The mapping the pane's per-column choices make; a measure chosen for two columns is an error
 * (and only its first column is kept).
 */
export function mappingFromChoices(
  table: SourceTable,
  choices: (Measure | undefined)[]
): { mapping: ColumnMapping; problems: SourceProblem[] } {
  const mapping: ColumnMapping = {};
  const problems: SourceProblem[] = [];
  choices.forEach((measure, column) => {
    if (measure === undefined) return;
    const first = mapping[measure];
    if (first === undefined) mapping[measure] = column;
    else {
      const params = { measure, header: table.headers[first], otherHeader: table.headers[column] };
      problems.push(sourceError(table.kind, "measureMappedTwice", params));
    }
  });
  return { mapping, problems };
}

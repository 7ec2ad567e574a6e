/** Reading whole columns for figures that need every row, in requests that stay under the payload limit. */
import { Result, failure, success } from "../cells/result";
import { WorkbookProblem } from "./port";
import { guarded } from "./host";
import { SourceTable } from "../summary";
import { ExcelHost, READ_API } from "./host";
import { ColumnChunk } from "./port";

/** Excel on the web refuses payloads over 5 MB; every request is sized to stay under this. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** The least a cell is assumed to cost: a long number or a short text, with JSON quoting and brackets. */
const MIN_CELL_BYTES = 32;

const PAYLOAD_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
]);

/** Bytes a value takes in a JSON response, counting every non-ASCII character as a \uXXXX escape. */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 128 ? 1 : 6;
  return bytes;
}

/** A conservative size for one cell of a column: twice the longest in the sample, since later rows may be longer. */
export function estimateCellBytes(sample: unknown[][], column: number): number {
  const longest = sample.reduce((most, row) => Math.max(most, jsonBytes(row[column])), 0);
  return Math.max(MIN_CELL_BYTES, 2 * longest + 8);
}

/** How many rows of these columns fit in one request. */
export function rowsPerRequest(sample: unknown[][], columns: number[]): number {
  const rowBytes = columns.reduce((sum, column) => sum + estimateCellBytes(sample, column), 0);
  return Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / rowBytes));
}

/** Reads every data row of the given columns, chunk by chunk, handing each chunk over as it arrives. */
export async function readFullColumns(
  host: ExcelHost,
  source: SourceTable,
  columns: number[],
  onChunk: (chunk: ColumnChunk) => void | false
): Promise<Result<{ rowsRead: number }, WorkbookProblem>> {
  return guarded(host, READ_API, async () => {
    const total = source.rowCount;
    let rowsPerChunk = rowsPerRequest(source.sample, columns);
    let done = 0;
    while (done < total) {
      const count = Math.min(rowsPerChunk, total - done);
      const rows = await readChunk(host, source, columns, done, count);
      if (rows === "tooLarge") {
        // A cell far longer than the sample suggested: halve the chunk and ask again.
        if (count === 1)
          return failure({ code: "excelError", detail: "a single cell is too large" });
        rowsPerChunk = Math.ceil(count / 2);
        continue;
      }
      done += count;
      if (onChunk({ rows, done, total }) === false) return failure({ code: "cancelled" });
    }
    return success({ rowsRead: done }, []);
  });
}

/** One request: `count` data rows of each column, starting `first` rows below the header. */
async function readChunk(
  host: ExcelHost,
  source: SourceTable,
  columns: number[],
  first: number,
  count: number
): Promise<unknown[][] | "tooLarge"> {
  try {
    return await host.run(async (context) => {
      const block = context.workbook.worksheets.getItem(source.sheet).getRange(source.address);
      const ranges = columns.map((column) =>
        block.getCell(1 + first, column).getResizedRange(count - 1, 0)
      );
      ranges.forEach((range) => range.load("values"));
      await context.sync();
      return rowsOf(
        source.headers.length,
        columns,
        ranges.map((range) => range.values)
      );
    });
  } catch (error) {
    if (PAYLOAD_ERRORS.has((error as { code?: string })?.code ?? "")) return "tooLarge";
    throw error;
  }
}

/** One-column value grids put back in their places, as rows as wide as the source. */
function rowsOf(width: number, columns: number[], columnValues: unknown[][][]): unknown[][] {
  const count = columnValues[0]?.length ?? 0;
  return Array.from({ length: count }, (_, row) => {
    const cells: unknown[] = new Array(width);
    columns.forEach((column, i) => (cells[column] = columnValues[i][row][0]));
    return cells;
  });
}

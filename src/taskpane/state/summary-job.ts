/** Making a summary plan from the picked sources, reading in full only the sources the summary says a figure needs. */
import { Result, success } from "../../cells/result";
import { WorkbookPort, WorkbookProblem } from "../../excel/port";
import { Locale } from "../../i18n";
import {
  Assumptions,
  makeSummary,
  MappedSource,
  RowReader,
  sourceOf,
  SourceProblem,
  Summary,
} from "../../summary";

/** What a summary job needs besides the sources. */
export interface JobContext {
  port: WorkbookPort;
  assumptions: Assumptions;
  locale: Locale;
  createdAt: string;
  onProgress: (done: number, total: number) => void;
}

/** The summary of these sources, read from the workbook through the port. */
export function summaryFromWorkbook(
  sources: MappedSource[],
  context: JobContext
): Promise<Result<Summary, SourceProblem | WorkbookProblem>> {
  return makeSummary(sources, context.assumptions, workbookRows(sources, context), {
    locale: context.locale,
    createdAt: context.createdAt,
    computedAt: context.createdAt,
    rows: "values",
  });
}

// Reads the mapped columns of each source asked for, chunk by chunk, reporting the rows read.
function workbookRows(sources: MappedSource[], context: JobContext): RowReader<WorkbookProblem> {
  return async (kinds, add) => {
    const asked = kinds.map((kind) => sourceOf(sources, kind) as MappedSource);
    const total = asked.reduce((sum, source) => sum + source.table.rowCount, 0);
    let before = 0;
    for (const source of asked) {
      const columns = [...new Set(Object.values(source.mapping) as number[])].sort((a, b) => a - b);
      const read = await context.port.readFullColumns(source.table, columns, (chunk) => {
        add(source.table.kind, chunk.rows);
        context.onProgress(before + chunk.done, total);
      });
      if (!read.ok) return read;
      before += source.table.rowCount;
    }
    return success(sources);
  };
}

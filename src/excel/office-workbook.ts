/** The workbook port, implemented with Office.js through a host that runs batches. */
import { ExcelHost } from "./host";
import { WorkbookPort } from "./port";
import { goToCell } from "./go-to-cell";
import { loadMemory, saveMemory } from "./memory";
import { summarySheets } from "./own-sheets";
import { readFullColumns } from "./read-columns";
import { readRangeAgain, readSelectedRange } from "./read-range";
import { readSelectedSource, readSourceAgain } from "./read-source";
import { refreshSummary, writeSummary } from "./write-summary";
import { removeUsedRows, writeUsedRows } from "./write-used-rows";

/** The pane's view of the workbook, every call going through `host`. */
export function createOfficeWorkbook(host: ExcelHost): WorkbookPort {
  return {
    readSelectedSource: (kind, options) => readSelectedSource(host, kind, options),
    readSourceAgain: (source, options) => readSourceAgain(host, source, options),
    readFullColumns: (source, columns, onChunk) => readFullColumns(host, source, columns, onChunk),
    readSelectedRange: () => readSelectedRange(host),
    readRangeAgain: (sheet, address) => readRangeAgain(host, sheet, address),
    goToCell: (reference) => goToCell(host, reference),
    writeSummary: (plan) => writeSummary(host, plan),
    refreshSummary: (sheetName, plan) => refreshSummary(host, sheetName, plan),
    writeUsedRows: (table) => writeUsedRows(host, table),
    removeUsedRows: (sheetName) => removeUsedRows(host, sheetName),
    summarySheets: () => summarySheets(host),
    loadMemory: () => loadMemory(host),
    saveMemory: (text) => saveMemory(host, text),
  };
}

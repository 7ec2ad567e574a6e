/** The output workbook, streamed to disk: source sheets row by row, then the summary sheet from its plan and its charts. */
import ExcelJS from "exceljs";
import fs from "fs";
import { finished } from "stream/promises";
import { SheetPlan } from "../../summary";
import { ColumnType } from "../read/cell-values";
import { CachedValues } from "./cached-values";
import { chartPartChanges } from "./chart-parts";
import { moveIntoPlace, removeTemporary, temporaryPath } from "./output-file";
import { writePlan } from "./plan-writer";
import { SourceSheetWriter, sourceSheetWriter } from "./source-sheet";
import { PartChange, rewriteZip } from "./zip-parts";

// Temporary files of workbooks being written, removed if the process is interrupted.
const pending = new Set<string>();

/** Removes the temporary files of unfinished workbooks, synchronously, for an interrupted process. */
export function removePendingFiles(): void {
  for (const file of pending) fs.rmSync(file, { force: true });
  pending.clear();
}

/** A workbook written to a temporary file beside the output and renamed into place by `save`. */
export class WorkbookFile {
  private readonly temporary: string;
  private readonly stream: fs.WriteStream;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheets = 0;
  // The charts' parts, added to the package once ExcelJS has finished it.
  private chartChanges = new Map<string, PartChange>();

  constructor(private readonly out: string) {
    this.temporary = temporaryPath(out);
    pending.add(this.temporary);
    this.stream = fs.createWriteStream(this.temporary);
    // Inline strings: a shared-string table would hold every distinct customer ID in memory.
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.stream,
      useStyles: true,
      useSharedStrings: false,
    });
  }

  /** Starts a sheet holding a source's header and rows. */
  addSourceSheet(name: string, headers: string[], types: ColumnType[]): SourceSheetWriter {
    this.sheets++;
    return sourceSheetWriter(this.workbook, name, headers, types);
  }

  /** Writes the summary sheet from its plan and makes it the sheet the workbook opens on. */
  addSummarySheet(name: string, plan: SheetPlan, cached: CachedValues): void {
    const sheet = this.workbook.addWorksheet(name);
    writePlan(sheet as unknown as ExcelJS.Worksheet, plan, cached);
    sheet.commit();
    // ExcelJS's streaming writer names a sheet's part by its id.
    const part = `xl/worksheets/sheet${(sheet as unknown as { id: number }).id}.xml`;
    this.chartChanges = chartPartChanges(plan, name, part, cached);
    this.workbook.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: this.sheets,
        visibility: "visible",
      },
    ];
    this.sheets++;
  }

  /** Finishes the file, adds the charts' parts, and moves it onto the output path. */
  async save(): Promise<void> {
    await this.workbook.commit();
    await finished(this.stream);
    let finishedFile = this.temporary;
    if (this.chartChanges.size > 0) {
      // ExcelJS cannot write charts: the package is copied once more with their parts added.
      finishedFile = temporaryPath(this.out);
      pending.add(finishedFile);
      try {
        await rewriteZip(this.temporary, finishedFile, this.chartChanges);
      } catch (error) {
        pending.delete(finishedFile);
        throw error;
      }
      await removeTemporary(this.temporary);
      pending.delete(this.temporary);
    }
    await moveIntoPlace(finishedFile, this.out);
    pending.delete(finishedFile);
  }

  /** Stops writing and removes the temporary file: a failed run leaves nothing behind. */
  async discard(): Promise<void> {
    // The zip stream may still try to write to the closed file: those errors are expected now.
    this.stream.on("error", () => undefined);
    this.stream.destroy();
    await removeTemporary(this.temporary);
    pending.delete(this.temporary);
  }
}

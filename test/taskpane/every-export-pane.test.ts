// Every real-export fixture picked in the pane gives the figures computed by hand for it, the same
// ones the report must give (test/cli/real-exports.test.ts). Each file is put in the stand-in
// workbook as Excel holds it once opened: CSV text where Excel keeps text (1.2万, 152.3K, dates with
// offsets), numbers where it reads them; an .xlsx file's cells as stored. The whole sheet is
// selected, as a marketer selects an export, and the pane finds the table in it.
import path from "path";
import { readFileRecords, inputFile, settleEncoding } from "../../src/cli/read/source-file";
import { valueOfText } from "../../src/cli/read/cell-values";
import { CreatorFigures, FigureKey } from "../../src/summary/model/figures";
import { mappedSources, PaneState, problemsOf } from "../../src/taskpane/state/pane";
import { MappedSource } from "../../src/summary";
import { FakeExcel } from "../excel/fake/workbook";
import {
  FIXTURE_FOLDER,
  FIXTURE_SETS,
  type FixtureSet,
  type LeftOutReason,
  type Role,
} from "../fixtures/exports/expected";
import { createEngine, addValuesSheet } from "../summary/support/engine";
import { evaluated, expectLeaderboardMatches } from "../summary/support/evaluate";
import { paneOn, valueImpressionsOnly } from "./support/pane-on";

/** The file's rows as a sheet holds them, every row at its place (blank rows kept blank). */
async function sheetOf(file: string, sheet: string | undefined): Promise<unknown[][]> {
  const input = inputFile({ path: path.join(FIXTURE_FOLDER, file), sheet }, []);
  const encoding = await settleEncoding(input, "auto");
  const grid: unknown[][] = [];
  let width = 0;
  for await (const batch of readFileRecords(input, encoding))
    for (const record of batch.records) {
      grid[record.row - 1] = record.cells.map((cell) =>
        cell === null
          ? ""
          : typeof cell === "string" && input.format === "csv"
            ? (valueOfText(cell) ?? "")
            : cell
      );
      width = Math.max(width, record.cells.length);
    }
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ""));
}

async function workbookOf(set: FixtureSet): Promise<{ excel: FakeExcel; names: string[] }> {
  const sheets = [];
  const names: string[] = [];
  for (const [i, source] of set.sources.entries()) {
    const name = `${source.role} ${i + 1}`;
    sheets.push({ name, data: [{ at: "A1", values: await sheetOf(source.file, source.sheet) }] });
    names.push(name);
  }
  return { excel: new FakeExcel(sheets), names };
}

// The fixtures' names for reasons, as the row account names them.
const REASON_NAMES: Partial<Record<LeftOutReason, string>> = {
  titleRows: "aboveHeader",
  metadataRows: "aboveHeader",
};

// A source the formulas read in place has its unanswered and unrated rows left out by the NPS and
// sentiment figures themselves (COUNTIFS skip them), not by the pane's row account.
const ANSWERS_IN_FIGURES: LeftOutReason[] = ["skippedAnswers", "notRated"];

// Data rows of the picked source with some cell filled but every mapped one blank (the fixtures'
// rows all lie within the sample the pane keeps).
function rowsBlankInMapped(state: PaneState, kind: Role): number {
  const source = mappedSources(state).find((s) => s.table.kind === kind) as MappedSource;
  const columns = [...new Set(Object.values(source.mapping) as number[])];
  const filled = (value: unknown) => value !== "" && value !== null && value !== undefined;
  return source.table.sample.filter(
    (row) => row.some(filled) && columns.every((column) => !filled(row[column]))
  ).length;
}

// The figures the hand computation gives numbers for; the ones it leaves null are not on the sheet.
function numericFigures(set: FixtureSet): [FigureKey, number][] {
  return Object.entries(set.figures).filter(([, value]) => typeof value === "number") as [
    FigureKey,
    number,
  ][];
}

describe.each(FIXTURE_SETS.map((set) => [set.name, set] as const))("%s in the pane", (_, set) => {
  it("gives the hand-computed figures", async () => {
    const { excel, names } = await workbookOf(set);
    const { pane, plans } = paneOn(excel);
    for (const [i, source] of set.sources.entries()) {
      const grid = excel.sheet(names[i]).grid;
      excel.select(names[i], { top: 0, left: 0, rows: grid.length, columns: grid[0].length });
      await pane.useSelection(source.role);
    }
    expect(problemsOf(pane.state).filter((p) => p.severity === "error")).toEqual([]);
    // The hand-computed EMV values impressions at the set's CPM and engagements at 0.
    valueImpressionsOnly(pane, set.cpm);
    await pane.createSummary();
    expect(pane.state.notices.filter((n) => n.tone === "error")).toEqual([]);
    const engine = createEngine();
    for (const sheet of excel.sheets)
      if (sheet.name !== "Campaign Summary") addValuesSheet(engine, sheet.name, sheet.grid);
    const sheet = evaluated(engine, plans[0]);
    for (const [figure, value] of numericFigures(set)) {
      const shown = sheet.shown(figure);
      // Relative, as the report's test: the margins' z is written to 7 digits (1.959964).
      const close =
        typeof shown === "number" && Math.abs(shown - value) <= 1e-6 * Math.max(1, Math.abs(value));
      expect({ figure, shown, close }).toEqual({ figure, shown, close: true });
    }
    const creators = set.figures.creators as unknown as CreatorFigures[] | undefined;
    if (creators)
      expect(expectLeaderboardMatches(plans[0], sheet.valueOf, creators)).toBeGreaterThanOrEqual(
        creators.length * 4
      );
    // The pane tells every row's fate as the report does: the rows above the header, blank ones,
    // totals, line items, voided orders, skipped answers.
    for (const source of set.sources) {
      const told = pane.state.notices
        .map((notice) => notice.message)
        .find((message) => message.kind === "rows" && message.source === source.role);
      if (told?.kind !== "rows") throw new Error(`no row account for ${source.role}`);
      const inPlace = told.usedRowsSheet === undefined;
      const leftOut: Record<string, number> = {};
      let used = source.rows.used;
      for (const [reason, n] of Object.entries(source.rows.leftOut) as [LeftOutReason, number][]) {
        if (inPlace && ANSWERS_IN_FIGURES.includes(reason)) used += n;
        else
          leftOut[REASON_NAMES[reason] ?? reason] =
            (leftOut[REASON_NAMES[reason] ?? reason] ?? 0) + n;
      }
      // The pane reads only the mapped columns of a source it sorts: a row blank in all of them
      // (a respondent who left the one question read blank) is a blank row to it.
      const blankToPane = inPlace ? 0 : rowsBlankInMapped(pane.state, source.role);
      if (blankToPane > 0) {
        leftOut.skippedAnswers -= blankToPane;
        leftOut.blank = (leftOut.blank ?? 0) + blankToPane;
      }
      const { seen } = told.account;
      expect({ role: source.role, seen, used: told.account.used }).toEqual({
        role: source.role,
        seen: source.rows.seen,
        used,
      });
      expect(told.account.leftOut).toEqual(leftOut);
    }
    // The sources themselves are never written to.
    expect(excel.operations.filter((op) => names.includes(op.sheet))).toEqual([]);
  });
});

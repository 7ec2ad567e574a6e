// What a browser test and the stand-in office.js say to each other across the page boundary.
import type { SheetSpec, TableSpec } from "../../excel/fake/workbook";

/** The workbook and Office settings a test gives the page, set before any of the page's scripts run. */
export interface StandInSetup {
  sheets: SheetSpec[];
  /** Excel tables on those sheets. */
  tables?: TableSpec[];
  /** Office.context.displayLanguage, e.g. "zh-TW". */
  displayLanguage: string;
  /** Office.context.officeTheme.bodyBackgroundColor; none means a host without a theme. */
  bodyBackgroundColor?: string;
  /** The add-in's workbook settings, by key, as a snapshot gave them: what the pane remembered. */
  settings?: Record<string, string>;
}

/** One property write to one cell of a sheet. */
export interface WrittenCell {
  address: string;
  property: string;
  value: unknown;
}

/** What a test can do to, and learn from, the stand-in workbook inside the page. */
export interface StandInControls {
  select(sheet: string, at: string): void;
  /** Types values into the grid from a cell on, as a person does: not an add-in's write. */
  type(sheet: string, at: string, values: unknown[][]): void;
  /** Types rows under a table, which grows to take them in. */
  typeUnderTable(table: string, values: unknown[][]): void;
  sheetNames(): string[];
  activeSheet(): string;
  operations(): { sheet: string; path: string; value: unknown }[];
  writtenCells(sheet: string): WrittenCell[];
  /**
   * The workbook as it stands, to reopen the page on: every sheet (the add-in's with their marks)
   * and the settings, ready to go back into a setup with the same language and theme.
   */
  snapshot(): { sheets: SheetSpec[]; settings: Record<string, string> };
}

/** The page's window as the stand-in sees it. */
export interface StandInWindow {
  standInSetup: StandInSetup;
  standIn: StandInControls;
}

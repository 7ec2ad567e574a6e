// What a browser test and the stand-in office.js say to each other across the page boundary.
import type { SheetSpec } from "../../excel/fake/workbook";

/** The workbook and Office settings a test gives the page, set before any of the page's scripts run. */
export interface StandInSetup {
  sheets: SheetSpec[];
  /** Office.context.displayLanguage, e.g. "zh-TW". */
  displayLanguage: string;
  /** Office.context.officeTheme.bodyBackgroundColor; none means a host without a theme. */
  bodyBackgroundColor?: string;
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
  sheetNames(): string[];
  activeSheet(): string;
  operations(): { sheet: string; path: string; value: unknown }[];
  writtenCells(sheet: string): WrittenCell[];
}

/** The page's window as the stand-in sees it. */
export interface StandInWindow {
  standInSetup: StandInSetup;
  standIn: StandInControls;
}

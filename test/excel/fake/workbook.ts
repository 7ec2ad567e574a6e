// A stand-in Excel workbook for adapter tests: sheets with data, tables, a selection, and a log of every write.
import type { ExcelHost } from "../../../src/excel/host";
import { Rect, intersect, parseRect } from "./geometry";
import {
  addedItems,
  collection,
  loadable,
  nullObject,
  rangeMock,
  settingsMock,
  sheetMock,
  tableMock,
} from "./mocks";
import { FakeSheet, SheetSpec } from "./sheet";

export { FakeSheet } from "./sheet";
export type { SheetSpec } from "./sheet";

/** Excel on the web refuses requests and responses larger than this. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
// What Office.js adds to each queued action in the request: its object path and ids.
const ACTION_OVERHEAD_BYTES = 120;
/** Excel's specifications and limits: a formula's contents, and a sheet's name. */
export const FORMULA_LIMIT = 8192;
export const SHEET_NAME_LIMIT = 31;
/**
 * Office.Settings documents "a maximum of 2MB is available for the settings of each add-in"; Excel's
 * Workbook.settings documents no limit of its own, so the stand-in holds it to the same, counting
 * the settings as stored (JSON, in UTF-8).
 */
export const SETTINGS_LIMIT = 2 * 1024 * 1024;

// Every formula a write holds: a cell's formula, or the formulas of a range as rows.
function formulasIn(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("=") ? [value] : [];
  return Array.isArray(value) ? value.flatMap(formulasIn) : [];
}

// Settings as Office stores them: each value as JSON, all of them counted together.
function settingsBytes(settings: Map<string, string>): number {
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(settings)));
}

export interface TableSpec {
  name: string;
  sheet: string;
  /** The table's range, header included. */
  at: string;
  showHeaders?: boolean;
}

/** One write or call the code under test made, against the sheet it touched. */
export interface Operation {
  sheet: string;
  path: string;
  value: unknown;
}

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly operations: Operation[] = [];
  /** Bytes of cell values returned by each sync, as JSON. */
  readonly responseBytes: number[] = [];
  /** Bytes of the writes each sync sent, as JSON with each action's overhead. */
  readonly requestBytes: number[] = [];
  private queuedBytes = 0;
  syncs = 0;
  activeSheet: string;
  workbookProtected = false;
  selection: { sheet: string; rect: Rect };
  /** When set, the first write it accepts makes the batch fail, as Excel fails a batch at sync. */
  failWhen?: (operation: Operation) => boolean;
  private failure?: Error;
  private pending = new Set<any>();
  private pendingValues: unknown[][][] = [];
  private tables: { name: string; sheet: FakeSheet; rect: Rect; showHeaders: boolean }[] = [];
  private nextId = 1;

  /** The add-in's settings in this workbook, by key: text, all the add-in keeps there. */
  readonly settings: Map<string, string>;

  constructor(
    sheets: SheetSpec[],
    tables: TableSpec[] = [],
    settings: Record<string, string> = {}
  ) {
    for (const spec of sheets) {
      const sheet = new FakeSheet(
        spec.name,
        this.newId(),
        spec.protected,
        (spec.merged ?? []).map(parseRect)
      );
      spec.data?.forEach((block) => sheet.place(block.at, block.values));
      for (const [key, value] of Object.entries(spec.customProperties ?? {}))
        sheet.customProperties.set(key, value);
      this.sheets.push(sheet);
    }
    this.tables = tables.map((t) => ({
      name: t.name,
      sheet: this.sheet(t.sheet),
      rect: parseRect(t.at),
      showHeaders: t.showHeaders ?? true,
    }));
    this.activeSheet = sheets[0].name;
    this.selection = { sheet: sheets[0].name, rect: parseRect("A1") };
    this.settings = new Map(Object.entries(settings));
  }

  /** The host the adapter is given: this workbook, supporting ExcelApi up to 1.`newest`. */
  host(newest = 18): ExcelHost {
    return {
      run: (batch) => batch(this.context() as unknown as Excel.RequestContext),
      supports: (version) => Number(version.split(".")[1]) <= newest,
    };
  }

  /** Types rows right under a table, which Excel then grows to take them in. */
  typeUnderTable(name: string, values: unknown[][]): void {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new Error(`no table ${name}`);
    const { top, left, rows } = table.rect;
    table.sheet.fill(
      { top: top + rows, left, rows: values.length, columns: values[0].length },
      values
    );
    table.rect = { ...table.rect, rows: rows + values.length };
  }

  /** Selects cells, on the sheet it activates, as a user does. */
  select(sheet: string, at: string | Rect): void {
    this.selection = { sheet, rect: typeof at === "string" ? parseRect(at) : at };
    this.activeSheet = sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** The workbook as specs to open it again with: its sheets as they stand now, and its settings. */
  snapshot(): { sheets: SheetSpec[]; settings: Record<string, string> } {
    return {
      sheets: this.sheets.map((sheet) => sheet.spec()),
      settings: Object.fromEntries(this.settings),
    };
  }

  /** Records a write; false when it must not take effect because the batch has failed or fails here. */
  record(sheet: string, path: string, value: unknown): boolean {
    if (this.failure) return false;
    const operation = { sheet, path, value };
    if (this.failWhen?.(operation)) {
      this.failure = excelError("InvalidArgument", `Excel refused ${path}`);
      return false;
    }
    if (/\.(formulas|values)$/.test(path)) {
      const long = formulasIn(value).find((formula) => formula.length > FORMULA_LIMIT);
      if (long) {
        this.failure = excelError(
          "FormulaLengthExceedsLimit",
          `${path}: ${long.length} characters`
        );
        return false;
      }
    }
    if (path === "settings.add()") {
      const [key, setting] = value as [string, string];
      const bytes = settingsBytes(new Map(this.settings).set(key, setting));
      if (bytes > SETTINGS_LIMIT) {
        this.failure = excelError("InvalidArgument", `settings of ${bytes} bytes`);
        return false;
      }
    }
    if ((path === "worksheets.add()" || path === "name") && typeof value !== "undefined") {
      const name = Array.isArray(value) ? String(value[0]) : String(value);
      if (name.length > SHEET_NAME_LIMIT) {
        this.failure = excelError("InvalidArgument", `sheet name of ${name.length} characters`);
        return false;
      }
    }
    this.operations.push(operation);
    this.queuedBytes += Buffer.byteLength(JSON.stringify(operation)) + ACTION_OVERHEAD_BYTES;
    return true;
  }

  willSync(mock: unknown): void {
    this.pending.add(mock);
  }

  willRead(values: unknown[][]): void {
    this.pendingValues.push(values);
  }

  activate(sheet: FakeSheet): void {
    this.activeSheet = sheet.name;
  }

  removeSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  move(sheet: FakeSheet, position: number): void {
    this.removeSheet(sheet);
    this.sheets.splice(position, 0, sheet);
  }

  tablesIn(sheet: FakeSheet, rect: Rect): unknown {
    const hits = this.tables.filter((t) => t.sheet === sheet && intersect(t.rect, rect));
    return collection(() =>
      hits.map((t) => tableMock(this, t.sheet, t.name, t.rect, t.showHeaders))
    );
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const [failure, pending, values] = [this.failure, [...this.pending], this.pendingValues];
    this.failure = undefined;
    this.pending.clear();
    this.pendingValues = [];
    const sent = this.queuedBytes;
    this.queuedBytes = 0;
    this.requestBytes.push(sent);
    if (failure) throw failure;
    if (sent > PAYLOAD_LIMIT) {
      throw excelError("RequestPayloadSizeLimitExceeded", `request of ${sent} bytes`);
    }
    const bytes = values.reduce((sum, v) => sum + Buffer.byteLength(JSON.stringify(v)), 0);
    this.responseBytes.push(bytes);
    if (bytes > PAYLOAD_LIMIT) {
      throw excelError("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes`);
    }
    for (const mock of pending) await mock.sync();
    // office-addin-mock settles loaded values in promise callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private newId(): string {
    return `{sheet-${this.nextId++}}`;
  }

  private context(): unknown {
    return { workbook: this.workbook(), sync: () => this.sync() };
  }

  private workbook(): unknown {
    const record = (path: string, value: unknown) => this.record("(workbook)", path, value);
    return {
      getSelectedRange: () =>
        rangeMock(this, this.sheet(this.selection.sheet), this.selection.rect),
      worksheets: this.worksheets(),
      tables: {
        getItemOrNullObject: (name: string) => {
          const table = this.tables.find((t) => t.name === name && this.sheets.includes(t.sheet));
          if (!table) return nullObject();
          return tableMock(this, table.sheet, table.name, table.rect, table.showHeaders);
        },
      },
      protection: loadable(this, { protected: this.workbookProtected }),
      settings: settingsMock(this, this.settings),
      // A comment added through the workbook belongs to its cell's sheet.
      comments: {
        add: (cell: { fakeSheet: FakeSheet }, text: string) =>
          addedItems(this, "comments", cell.fakeSheet.comments, record).add(cell, text),
      },
    };
  }

  private worksheets(): unknown {
    const lookup = (name: string) => this.sheets.find((sheet) => sheet.name === name);
    const found = collection(() => this.sheets.map((sheet) => sheetMock(this, sheet)));
    return Object.assign(found, {
      getItem: (name: string) => {
        const sheet = lookup(name);
        if (sheet) return sheetMock(this, sheet);
        this.failure ??= excelError("ItemNotFound", `no sheet ${name}`);
        return sheetMock(this, new FakeSheet(name, "{missing}"));
      },
      getItemOrNullObject: (name: string) => {
        const sheet = lookup(name);
        return sheet ? sheetMock(this, sheet) : nullObject();
      },
      getActiveWorksheet: () => sheetMock(this, this.sheet(this.activeSheet)),
      add: (name: string) => this.addSheet(name),
    });
  }

  private addSheet(name: string): unknown {
    const sheet = new FakeSheet(name, this.newId());
    if (this.record(name, "worksheets.add()", [name])) {
      if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        this.failure = excelError("ItemAlreadyExists", `a sheet named ${name} exists`);
      } else this.sheets.push(sheet);
    }
    return sheetMock(this, sheet);
  }
}

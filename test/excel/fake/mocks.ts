// Office objects of the stand-in workbook, built on office-addin-mock so that load and sync rules hold.
import { OfficeMockObject } from "office-addin-mock";

import type { FakeSheet } from "./sheet";
import type { FakeExcel } from "./workbook";
import { Rect, boundingBox, formatRect, intersect, parseRect } from "./geometry";
import { describeArgument, Record, recorder } from "./recorder";

/** Excel's grid: 1,048,576 rows by 16,384 columns, what `getRange()` without an address covers. */
const WHOLE_SHEET: Rect = { top: 0, left: 0, rows: 1_048_576, columns: 16_384 };

const MOCK_MESSAGES = ["Error, property was not loaded", "Error, context.sync() was not called"];

/** A loadable object: office-addin-mock's, with its loads (and its children's) reported to the fake's sync. */
export function loadable(fake: FakeExcel, data: object): any {
  const mock = new OfficeMockObject(data as never) as any;
  mock.isNullObject = false;
  trackLoads(fake, mock);
  return mock;
}

function trackLoads(fake: FakeExcel, mock: any): void {
  const load = mock.load.bind(mock);
  mock.load = (properties: string) => {
    fake.willSync(mock);
    return load(properties);
  };
  for (const child of mock._properties.values()) if (child._isObject) trackLoads(fake, child);
}

/** What an ...OrNullObject method returns when there is nothing. */
export function nullObject(): any {
  const mock = new OfficeMockObject({}) as any;
  mock.isNullObject = true;
  mock.load = () => mock;
  return mock;
}

/** Wraps a mock so that writes by the code under test are recorded, and dropped once the batch has failed. */
function watched(mock: any, onWrite: (property: string, value: unknown) => boolean): any {
  return new Proxy(mock, {
    set(target, property, value) {
      // office-addin-mock assigns loaded values to itself; those are reads, not writes.
      const internal =
        typeof property === "symbol" ||
        property.startsWith("_") ||
        MOCK_MESSAGES.includes(value) ||
        value === target._properties.get(property)?._value;
      if (internal || onWrite(property, value)) target[property] = value;
      return true;
    },
  });
}

/** A worksheet of the fake, as Office.js hands one out. */
export function sheetMock(fake: FakeExcel, sheet: FakeSheet): any {
  const mock = loadable(fake, {
    name: sheet.name,
    id: sheet.id,
    position: fake.sheets.indexOf(sheet),
    protection: { protected: sheet.isProtected },
  });
  const record = (path: string, value: unknown) => fake.record(sheet.name, path, value);
  mock.getRange = (address?: string) =>
    rangeMock(fake, sheet, address === undefined ? WHOLE_SHEET : parseRect(address));
  mock.getRangeByIndexes = (top: number, left: number, rows: number, columns: number) =>
    rangeMock(fake, sheet, { top, left, rows, columns });
  mock.activate = () => record("activate()", []) && fake.activate(sheet);
  mock.delete = () => record("delete()", []) && fake.removeSheet(sheet);
  mock.charts = addedItems(fake, "charts", sheet.charts, record);
  mock.notes = addedItems(fake, "notes", sheet.notes, record);
  mock.comments = addedItems(fake, "comments", sheet.comments, record);
  mock.freezePanes = recorder("freezePanes", record);
  mock.customProperties = {
    add: (key: string, value: string) =>
      record("customProperties.add()", [key, value]) && sheet.customProperties.set(key, value),
    getItemOrNullObject: (key: string) =>
      sheet.customProperties.has(key)
        ? loadable(fake, { key, value: sheet.customProperties.get(key) })
        : nullObject(),
  };
  return watched(mock, (property, value) => {
    if (!record(property, value)) return false;
    if (property === "name") sheet.name = String(value);
    if (property === "position") fake.move(sheet, Number(value));
    return true;
  });
}

/**
 * A sheet's charts, notes or comments: each add() is recorded like any call (what it returns records
 * its own writes) and remembered on the sheet, so that a later batch can load the items and delete them.
 */
export function addedItems(fake: FakeExcel, kind: string, added: string[], record: Record): any {
  const items = collection(() =>
    added.map((call) => ({
      load: () => undefined,
      delete: () => record(`${call}.delete()`, []) && added.splice(added.indexOf(call), 1),
    }))
  );
  items.add = (...args: unknown[]) => {
    const call = `${kind}.add(${args.map(describeArgument).join(", ")})`;
    if (record(call, args)) added.push(call);
    return recorder(call, record);
  };
  return items;
}

/** A range of the fake; values load lazily, and every write is recorded against its sheet. */
export function rangeMock(fake: FakeExcel, sheet: FakeSheet, rect: Rect): any {
  const address = formatRect(rect);
  const mock = loadable(fake, {
    address: `${quoted(sheet.name)}!${address}`,
    rowCount: rect.rows,
    columnCount: rect.columns,
  });
  Object.defineProperty(mock, "fakeAddress", { value: `${sheet.name}!${address}` });
  Object.defineProperty(mock, "fakeRect", { value: rect });
  Object.defineProperty(mock, "fakeSheet", { value: sheet });
  // Selecting is no edit: the fake moves its selection and records nothing.
  mock.select = () => fake.select(sheet.name, rect);
  const load = mock.load;
  mock.load = (properties: string) => {
    if (properties.split(",").includes("values")) {
      const values = sheet.valuesIn(rect);
      mock.setValue("values", values);
      fake.willRead(values);
    }
    return load(properties);
  };
  const record = (path: string, value: unknown) =>
    fake.record(sheet.name, `${address}.${path}`, value);
  addNavigation(fake, sheet, rect, mock);
  mock.worksheet = sheetMock(fake, sheet);
  mock.format = recorder("format", record);
  mock.conditionalFormats = recorder("conditionalFormats", record);
  mock.merge = (across: boolean) => record("merge()", [across]);
  mock.unmerge = () => record("unmerge()", []);
  mock.clear = (applyTo: string) => record("clear()", [applyTo]) && sheet.clear(rect);
  return watched(mock, (property, value) => {
    if (!record(property, value)) return false;
    if (rect.rows === 1 && rect.columns === 1) sheet.write(address, property, value);
    else if (property === "values") sheet.fill(rect, value as unknown[][]);
    return true;
  });
}

function addNavigation(fake: FakeExcel, sheet: FakeSheet, rect: Rect, mock: any): void {
  const at = (r: Rect) => rangeMock(fake, sheet, r);
  const { top, left, rows, columns } = rect;
  mock.getRow = (row: number) => at({ top: top + row, left, rows: 1, columns });
  mock.getLastRow = () => at({ top: top + rows - 1, left, rows: 1, columns });
  mock.getCell = (row: number, column: number) =>
    at({ top: top + row, left: left + column, rows: 1, columns: 1 });
  mock.getOffsetRange = (down: number, right: number) =>
    at({ top: top + down, left: left + right, rows, columns });
  mock.getResizedRange = (moreRows: number, moreColumns: number) =>
    at({ top, left, rows: rows + moreRows, columns: columns + moreColumns });
  mock.getIntersectionOrNullObject = (other: { fakeRect: Rect }) => {
    const shared = intersect(rect, other.fakeRect);
    return shared ? at(shared) : nullObject();
  };
  mock.getBoundingRect = (other: { fakeRect: Rect }) => at(boundingBox([rect, other.fakeRect])!);
  mock.getSurroundingRegion = () => at(sheet.regionAround(rect));
  mock.getUsedRangeOrNullObject = () => {
    const used = boundingBox(sheet.blocks.flatMap((block) => intersect(block, rect) ?? []));
    return used ? at(used) : nullObject();
  };
  mock.getMergedAreasOrNullObject = () => {
    const merged = sheet.merged.filter((area) => intersect(area, rect));
    if (merged.length === 0) return nullObject();
    const list = merged.map((area) => `${quoted(sheet.name)}!${formatRect(area)}`).join(", ");
    return loadable(fake, { address: list });
  };
  mock.getTables = () => fake.tablesIn(sheet, rect);
}

/**
 * The workbook's settings for the add-in: add() and delete() are recorded like any write and take
 * effect at once (a failed batch drops them); a setting's value loads, and counts in the response.
 */
export function settingsMock(fake: FakeExcel, settings: Map<string, string>): any {
  const record = (path: string, value: unknown) => fake.record("(workbook)", path, value);
  const item = (key: string) => {
    const mock = loadable(fake, { key, value: settings.get(key) });
    const load = mock.load;
    mock.load = (properties: string) => {
      if (properties.split(",").includes("value")) fake.willRead([[settings.get(key)]]);
      return load(properties);
    };
    mock.delete = () => record("settings.delete()", [key]) && settings.delete(key);
    return mock;
  };
  return {
    add: (key: string, value: string) => {
      if (record("settings.add()", [key, value])) settings.set(key, value);
      return item(key);
    },
    getItemOrNullObject: (key: string) => (settings.has(key) ? item(key) : nullObject()),
  };
}

/** A table of the fake. */
export function tableMock(
  fake: FakeExcel,
  sheet: FakeSheet,
  name: string,
  rect: Rect,
  showHeaders: boolean
): any {
  const mock = loadable(fake, { name, showHeaders });
  const dataRows = { ...rect, top: rect.top + 1, rows: rect.rows - 1 };
  mock.getRange = () => rangeMock(fake, sheet, rect);
  mock.getHeaderRowRange = () => rangeMock(fake, sheet, { ...rect, rows: 1 });
  mock.getDataBodyRange = () => rangeMock(fake, sheet, dataRows);
  return mock;
}

/** A collection that loads its items, as Office.js collections do with "items/name". */
export function collection(listItems: () => any[]): any {
  const loaded = { items: [] as any[] };
  return {
    get items() {
      return loaded.items;
    },
    load(properties: string) {
      const own = properties.split(",").map((p) => p.replace(/^items\//, ""));
      loaded.items = listItems();
      loaded.items.forEach((item) => item.load(own.join(",")));
    },
  };
}

function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

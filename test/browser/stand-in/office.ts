// Served at office.js's CDN address in the browser tests: Office reports Excel, and Excel.run runs each
// batch against the stand-in workbook of test/excel/fake, filled with what the test put in window.standInSetup.
import { ExcelHost } from "../../../src/excel/host";
import { FakeExcel } from "../../excel/fake/workbook";
import { StandInControls, StandInSetup, StandInWindow, WrittenCell } from "./contract";

/** Writes as plain data: ranges passed to calls become their addresses, recorders are left out. */
function plain<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, item) =>
      typeof item === "function" ? undefined : (item?.fakeAddress ?? item)
    )
  );
}

function controlsOf(excel: FakeExcel): StandInControls {
  return {
    select: (sheet, at) => excel.select(sheet, at),
    type: (sheet, at, values) => excel.sheet(sheet).place(at, values),
    typeUnderTable: (table, values) => excel.typeUnderTable(table, values),
    sheetNames: () => excel.sheetNames(),
    activeSheet: () => excel.activeSheet,
    operations: () => plain(excel.operations),
    writtenCells: (sheet) => {
      const cells: WrittenCell[] = [];
      for (const [address, writes] of excel.sheet(sheet).cells) {
        for (const { property, value } of writes) cells.push({ address, property, value });
      }
      return plain(cells);
    },
    snapshot: () => plain(excel.snapshot()),
  };
}

/** The globals office.js would define, as far as the pane and its functions file use them. */
function officeGlobals(setup: StandInSetup, host: ExcelHost) {
  const hostInfo = { host: "Excel", platform: "OfficeOnline" };
  const theme = setup.bodyBackgroundColor
    ? { bodyBackgroundColor: setup.bodyBackgroundColor }
    : undefined;
  return {
    Office: {
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage: setup.displayLanguage,
        officeTheme: theme,
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && host.supports(version),
        },
      },
      onReady: (callback?: (info: typeof hostInfo) => void) =>
        Promise.resolve(hostInfo).then((info) => (callback?.(info), info)),
    },
    Excel: { run: host.run },
    // The page also loads the functions file; outside the functions runtime its registrations do nothing.
    CustomFunctions: { associate: () => undefined },
  };
}

const page = window as unknown as StandInWindow;
const excel = new FakeExcel(
  page.standInSetup.sheets,
  page.standInSetup.tables,
  page.standInSetup.settings
);
Object.assign(window, officeGlobals(page.standInSetup, excel.host()), {
  standIn: controlsOf(excel),
});

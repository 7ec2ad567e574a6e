/** The pane's entry point: the Office workbook inside Excel, an explanation anywhere else. */
import { officeExcelHost } from "../excel/host";
import { createOfficeWorkbook } from "../excel/office-workbook";
import { WorkbookPort } from "../excel/port";
import { Locale, toLocale } from "../i18n";
import { PaneController } from "./state/controller";
import { applyTheme, registerFluentComponents } from "./view/fluent";
import { showOutsideExcel } from "./view/outside";
import { PaneView } from "./view/page";
import { OfficeColours, themeFromOffice } from "./view/theme";

/** Runs the pane in `root` against a workbook. */
export function startPane(root: HTMLElement, port: WorkbookPort, locale: Locale): PaneController {
  const controller: PaneController = new PaneController(port, locale, (state) =>
    view.render(state)
  );
  const view = new PaneView(root, controller.state, {
    chooseLocale: (chosen) => controller.chooseLocale(chosen),
    useSelection: (kind) => void controller.useSelection(kind),
    removeSource: (kind) => controller.removeSource(kind),
    chooseMeasure: (kind, column, measure) => controller.chooseMeasure(kind, column, measure),
    editAssumptions: (change) => controller.editAssumptions(change),
    editRate: (channel, rate, typed) => controller.editRate(channel, rate, typed),
    createSummary: () => void controller.createSummary(),
    refreshSummary: () => void controller.refreshSummary(),
  });
  view.render(controller.state);
  return controller;
}

function officeColours(): OfficeColours | undefined {
  // Hosts without a theme API leave officeTheme undefined, or refuse to read it; the pane is then light.
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

function start(host: Office.HostType | null, root: HTMLElement): void {
  applyTheme(document.body, themeFromOffice(officeColours()));
  const locale = toLocale(Office.context?.displayLanguage ?? navigator.language);
  if (host === Office.HostType.Excel)
    startPane(root, createOfficeWorkbook(officeExcelHost()), locale);
  else showOutsideExcel(root, locale);
}

registerFluentComponents();
const root = document.getElementById("app") as HTMLElement;
// Without office.js (opened from a file, or its CDN unreachable) there is no host to ask.
if (typeof Office === "undefined") showOutsideExcel(root, toLocale(navigator.language));
else Office.onReady((info) => start(info.host, root));

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

/** Runs the pane in `root` against a workbook, restoring what the workbook remembers of it. */
export function startPane(root: HTMLElement, port: WorkbookPort, locale: Locale): PaneController {
  const controller: PaneController = new PaneController(port, locale, (state) =>
    view.render(state)
  );
  const view = new PaneView(root, controller.state, {
    chooseLocale: (chosen) => {
      rememberLocale(chosen);
      controller.chooseLocale(chosen);
    },
    useSelection: (kind, wholeBlock) => void controller.useSelection(kind, wholeBlock),
    removeSource: (kind) => controller.removeSource(kind),
    chooseMeasure: (kind, measure, column) => controller.chooseMeasure(kind, measure, column),
    editSource: (kind, editing, all) => controller.editSource(kind, editing, all),
    keepPart: (kind) => controller.keepPart(kind),
    useAsKind: (kind, better) => controller.useAsKind(kind, better),
    goToCell: (reference) => void controller.goToCell(reference),
    useLexiconSelection: () => void controller.useLexiconSelection(),
    removeLexicon: () => controller.removeLexicon(),
    editAssumptions: (change) => controller.editAssumptions(change),
    editRate: (channel, rate, typed) => controller.editRate(channel, rate, typed),
    createSummary: (confirmed) => void controller.createSummary(confirmed),
    refreshSummary: (sheet) => void controller.refreshSummary(sheet),
    dismissConfirm: () => controller.dismissConfirm(),
    cancel: () => controller.cancel(),
  });
  view.render(controller.state);
  void controller.restore();
  return controller;
}

// The language a user chose is theirs, not the workbook's: kept in this browser's storage, which
// some WebViews refuse; Office's display language is then the default again.
const LOCALE_KEY = "wom-kpis-locale";

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // The choice holds for this session only.
  }
}

function chosenLocale(): string | undefined {
  try {
    return localStorage.getItem(LOCALE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
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
  const locale = toLocale(chosenLocale() ?? Office.context?.displayLanguage ?? navigator.language);
  if (host === Office.HostType.Excel)
    startPane(root, createOfficeWorkbook(officeExcelHost()), locale);
  else showOutsideExcel(root, locale);
}

const root = document.getElementById("app") as HTMLElement;
void registerFluentComponents().then(() => {
  // Without office.js (opened from a file, or its CDN unreachable) there is no host to ask.
  if (typeof Office === "undefined") showOutsideExcel(root, toLocale(navigator.language));
  else Office.onReady((info) => start(info.host, root));
});

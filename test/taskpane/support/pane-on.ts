// A pane controller over the stand-in workbook, as the pane's jest tests drive it.
import { createOfficeWorkbook } from "../../../src/excel/office-workbook";
import { WorkbookPort } from "../../../src/excel/port";
import { SheetPlan } from "../../../src/summary";
import { PaneController } from "../../../src/taskpane/state/controller";
import { PaneState, rateCardRowsOf } from "../../../src/taskpane/state/pane";
import { RATE_NAMES } from "../../../src/taskpane/state/rate-card";
import { messageText } from "../../../src/taskpane/view/messages";
import { FakeExcel } from "../../excel/fake/workbook";

export const NOW = new Date("2024-05-01T10:00:00Z");

/**
 * A pane on the stand-in workbook, remembering every state it showed and every plan it wrote. Its
 * preview and memory wait for `pane.settled()`, so that a test decides when they run.
 */
export function paneOn(
  excel: FakeExcel,
  onState?: (state: PaneState, pane: PaneController) => void
) {
  const port = createOfficeWorkbook(excel.host());
  const plans: SheetPlan[] = [];
  const spied: WorkbookPort = {
    ...port,
    writeSummary: (plan) => (plans.push(plan), port.writeSummary(plan)),
    refreshSummary: (sheet, plan) => (plans.push(plan), port.refreshSummary(sheet, plan)),
  };
  const states: PaneState[] = [];
  const pane = new PaneController(
    spied,
    "en",
    (state) => {
      states.push(state);
      onState?.(state, pane);
    },
    () => NOW,
    -1
  );
  return {
    pane,
    states,
    plans,
    texts: () => pane.state.notices.map((n) => messageText(n.message, pane.state.locale)),
  };
}

/** Picks Posts, Mentions and Orders of the example, each around its cell B2. */
export async function pickExampleSources(pane: PaneController, excel: FakeExcel) {
  for (const [sheet, kind] of [
    ["Posts", "posts"],
    ["Mentions", "mentions"],
    ["Orders", "orders"],
  ] as const) {
    excel.select(sheet, "B2");
    await pane.useSelection(kind);
  }
}

/**
 * Sets the CPM and a rate card that values every channel's 1,000 impressions at `cpm` and its
 * engagements at 0: the EMV the fixtures compute by hand, impressions / 1000 × CPM.
 */
export function valueImpressionsOnly(pane: PaneController, cpm: number): void {
  pane.editAssumptions({ cpm: String(cpm) });
  for (const rate of RATE_NAMES) if (rate !== "cpm") pane.editRate(undefined, rate, "0");
  for (const { key } of rateCardRowsOf(pane.state))
    for (const rate of RATE_NAMES) pane.editRate(key, rate, rate === "cpm" ? String(cpm) : "0");
}

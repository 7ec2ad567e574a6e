// The doubtful code orders in the pane, over the example: Mia Brews' code EB-MIA has one order
// (EB-0002, 30, on 1 March) placed the day before her first post (2 March).
import { SheetPlan } from "../../src/summary";
import { FakeExcel } from "../excel/fake/workbook";
import { addValuesSheet, createEngine } from "../summary/support/engine";
import { evaluated } from "../summary/support/evaluate";
import { exampleWorkbook } from "./support/example-workbook";
import { paneOn, pickExampleSources } from "./support/pane-on";
import { codeAuditLine } from "../../src/summary";
import { sheetWordsOf } from "../../src/i18n/sheets";
import { memoryText, parseMemory } from "../../src/taskpane/state/memory";
import { initialState } from "../../src/taskpane/state/pane";

function evaluatedOver(excel: FakeExcel, plan: SheetPlan) {
  const engine = createEngine();
  for (const sheet of excel.sheets)
    if (sheet.name !== plan.baseName) addValuesSheet(engine, sheet.name, sheet.grid);
  return evaluated(engine, plan);
}

// Revenue 6,000 and cost 250 give ROI (6,000 − 250) / 250 = 23; without the 30: 5,720 / 250 = 22.88.
const LINE =
  "1 of 120 orders on discount codes is doubtful: EB-MIA (Mia Brews): 1 before the first post. " +
  "Without them, ROI is 2288.0% instead of 2300.0%.";

describe("doubtful code orders in the pane", () => {
  it("tells them in the preview before anything is written", async () => {
    const excel = exampleWorkbook();
    const { pane } = paneOn(excel);
    await pickExampleSources(pane, excel);
    const sheets = excel.sheetNames();
    await pane.settled();
    expect(excel.sheetNames()).toEqual(sheets);
    const { preview } = pane.state;
    if (preview.kind !== "ready") throw new Error(`no preview: ${preview.kind}`);
    expect(preview.codeAudit).toMatchObject({ orders: 120, flagged: 1, flaggedRevenue: 30 });
    expect(codeAuditLine(preview.codeAudit!, sheetWordsOf("en"))).toBe(LINE);
  });

  it("writes Mia Brews' doubtful order and her ROI without it, leaving the sources as they were", async () => {
    const excel = exampleWorkbook();
    const before = excel.sheets.map((sheet) => JSON.stringify(sheet.grid));
    const { pane, plans } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.createSummary();
    const plan = plans[0];
    const sheet = evaluatedOver(excel, plan);
    const creators = plan.cells.filter(
      (cell) => cell.tableCell?.table === "leaderboard" && cell.tableCell.column === "name"
    );
    const mia = creators.find(
      (cell) => cell.content.kind === "text" && cell.content.text === "Mia Brews"
    )?.tableCell?.row as number;
    const shown = (column: "doubtful" | "doubtfulRevenue" | "roiWithout") =>
      sheet.shownIn({ table: "leaderboard", row: mia, column });
    // Her 12 orders' 360 less the doubtful 30, less her cost of 50, over 50.
    expect(shown("doubtful")).toBe(1);
    expect(shown("doubtfulRevenue")).toBe(30);
    expect(shown("roiWithout")).toBeCloseTo(5.6, 12);
    expect(plan.cells.some((c) => c.content.kind === "text" && c.content.text === LINE)).toBe(true);
    expect(excel.sheets.slice(0, before.length).map((s) => JSON.stringify(s.grid))).toEqual(before);
  });

  it("follows the thresholds typed in the pane, and refuses one that cannot be", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    // 0.001 orders per impression: 小美 40 > 17,000 × 0.001 = 17, 阿杰 30 > 17.5, Leo 20 > 10 are
    // beyond reach; 豆子 18 ≤ 22.2 and Mia 12 ≤ 13.3 are not, Mia keeping her early order.
    pane.editAssumptions({ doubtReach: "0.001" });
    await pane.settled();
    const { preview } = pane.state;
    if (preview.kind !== "ready") throw new Error(`no preview: ${preview.kind}`);
    expect(preview.codeAudit).toMatchObject({ orders: 120, flagged: 40 + 30 + 20 + 1 });
    pane.editAssumptions({ doubtReach: "0" });
    const sheets = excel.sheetNames();
    await pane.createSummary();
    expect(excel.sheetNames()).toEqual(sheets);
    expect(texts()).toContain("Orders per impression must be a number above 0, such as 0.01.");
  });
});

describe("the memory of the doubt's thresholds", () => {
  it("keeps thresholds typed, and gives a workbook remembered before them the defaults", () => {
    const { assumptions } = initialState("en");
    const typed = { ...assumptions, doubtOrders: "5", doubtShare: "30%", doubtReach: "0.02" };
    expect(parseMemory(memoryText({ sources: [], assumptions: typed }))?.assumptions).toEqual(
      typed
    );
    const older = JSON.parse(memoryText({ sources: [], assumptions }));
    for (const key of ["doubtOrders", "doubtShare", "doubtReach"]) delete older.assumptions[key];
    expect(parseMemory(JSON.stringify(older))?.assumptions).toMatchObject({
      doubtOrders: "3",
      doubtShare: "20%",
      doubtReach: "0.01",
    });
  });
});

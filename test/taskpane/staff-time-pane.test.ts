// Staff time typed in the pane: its hours and hourly rate become the sheet's input cells, its cost
// a line of its own, and the cost every ratio and ROI divide by.
import { SheetPlan } from "../../src/summary";
import { FakeExcel } from "../excel/fake/workbook";
import { addValuesSheet, createEngine } from "../summary/support/engine";
import { evaluated } from "../summary/support/evaluate";
import { exampleWorkbook } from "./support/example-workbook";
import { paneOn, pickExampleSources } from "./support/pane-on";

function evaluatedOver(excel: FakeExcel, plan: SheetPlan) {
  const engine = createEngine();
  for (const sheet of excel.sheets)
    if (!sheet.name.endsWith("summary") && sheet.name !== "Campaign Summary")
      addValuesSheet(engine, sheet.name, sheet.grid);
  return evaluated(engine, plan);
}

describe("staff time in the pane", () => {
  it("adds hours × hourly rate to the example's cost: ROI and the costs per figure follow", async () => {
    const excel = exampleWorkbook();
    const { pane, plans } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ staffHours: "10", hourlyRate: "25" });
    await pane.createSummary();
    const sheet = evaluatedOver(excel, plans[0]);
    // 10 hours × 25 = 250 of staff time beside the creators' 250 of fees.
    expect(sheet.shown("staffHours")).toBe(10);
    expect(sheet.shown("hourlyRate")).toBe(25);
    expect(sheet.shown("staffCost")).toBe(250);
    expect(sheet.shown("cost")).toBe(500);
    // (6,000 − 500) / 500; 500 / 200 orders; 500 / 5,640 engagements; 500 / 80,000 impressions.
    expect(sheet.shown("roi")).toBeCloseTo(11, 12);
    expect(sheet.shown("costPerOrder")).toBeCloseTo(2.5, 12);
    expect(sheet.shown("costPerEngagement")).toBeCloseTo(500 / 5640, 12);
    expect(sheet.shown("costPerView")).toBeCloseTo(0.00625, 12);
  });

  it("refuses hours without their rate, with the reason, and writes nothing", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ staffHours: "10" });
    const sheets = excel.sheetNames();
    await pane.createSummary();
    expect(excel.sheetNames()).toEqual(sheets);
    expect(texts()).toContain("Give both the staff hours and the cost per hour, or neither.");
  });
});

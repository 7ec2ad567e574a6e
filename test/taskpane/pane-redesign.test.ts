// The pane as a marketer uses it over days: data that grows, a selection that is part of the data, a
// cell fixed in the sheet, a pane reopened on the same workbook, figures seen before the sheet is written.
import { isoDateSerial, localTimestamp } from "../../src/cells/dates";
import { problemsOf } from "../../src/taskpane/state/pane";
import { FakeExcel } from "../excel/fake/workbook";
import { exampleTable, exampleWorkbook } from "./support/example-workbook";
import { NOW, paneOn, pickExampleSources } from "./support/pane-on";

/** Customers with two orders or more over customers, counted here from the rows, without the KPI code. */
function repeatRateOf(orders: unknown[][], customerColumn: number): number {
  const counts = new Map<unknown, number>();
  for (const order of orders)
    counts.set(order[customerColumn], (counts.get(order[customerColumn]) ?? 0) + 1);
  return [...counts.values()].filter((n) => n >= 2).length / counts.size;
}

const [ORDER_HEADER, ...ORDERS] = exampleTable("orders");
const CUSTOMER = (ORDER_HEADER as string[]).indexOf("Customer ID");
const REVENUE = (ORDER_HEADER as string[]).indexOf("Revenue");

// Three orders typed under the data: a new customer who ordered twice, and one who ordered once.
const day = isoDateSerial("2024-03-20");
const ADDED = [
  ["EB-0201", day, "C9001", "", "", 30, day],
  ["EB-0202", day, "C9001", "", "", 30, day],
  ["EB-0203", day, "C9002", "", "", 30, day],
];

const repeatRateInPlan = (plan: { cells: { figure?: string; content: unknown }[] }) =>
  (plan.cells.find((cell) => cell.figure === "repeatRate")?.content as { value: number }).value;

describe("Refresh and Create read the sources again", () => {
  it("take in rows typed under a plain range, and say how many", async () => {
    const excel = exampleWorkbook();
    const { pane, plans, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.createSummary();
    // 30 of the example's 170 customers ordered twice or more.
    expect(repeatRateInPlan(plans[0])).toBeCloseTo(30 / 170, 12);
    expect(repeatRateOf(ORDERS, CUSTOMER)).toBeCloseTo(30 / 170, 12);

    excel.sheet("Orders").place("A202", ADDED);
    await pane.refreshSummary();
    expect(pane.state.sources.orders?.table).toMatchObject({ address: "A1:G204", rowCount: 203 });
    expect(texts()).toContain(
      "Orders: 3 rows more than at the last reading, 203 data rows in all."
    );
    // C9001 is a new repeat customer, C9002 a new customer: 31 of 172.
    expect(repeatRateInPlan(plans[1])).toBeCloseTo(31 / 172, 12);
    expect(repeatRateOf([...ORDERS, ...ADDED], CUSTOMER)).toBeCloseTo(31 / 172, 12);
  });

  it("clear a bad cell's error once the cell is fixed in the sheet", async () => {
    const excel = exampleWorkbook();
    excel.sheet("Orders").grid[6][REVENUE] = "thirty";
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    // Row 7 of the sheet, the sixth order: named under the orders.
    const cells = problemsOf(pane.state).map((p) => ("cell" in p.params ? p.params.cell : ""));
    expect(cells).toContain("Orders!F7");
    await pane.createSummary();
    expect(texts()).toContain("Fix the problems shown under the sources, then try again.");
    expect(excel.sheetNames()).not.toContain("Campaign Summary");

    excel.sheet("Orders").grid[6][REVENUE] = 30;
    await pane.createSummary();
    expect(texts()[0]).toBe("Created the sheet “Campaign Summary”.");
  });
});

describe("a selection that is part of a larger block", () => {
  it("is told, and the whole block is one click away", async () => {
    const excel = exampleWorkbook();
    const { pane } = paneOn(excel);
    excel.select("Orders", "A1:G50");
    await pane.useSelection("orders");
    expect(pane.state.sources.orders?.table.rowCount).toBe(49);
    expect(pane.state.sources.orders?.part).toEqual({
      selected: "A1:G50",
      block: "A1:G201",
      kept: false,
    });
    await pane.useSelection("orders", true);
    expect(pane.state.sources.orders?.table.rowCount).toBe(200);
    expect(pane.state.sources.orders?.part).toBeUndefined();
  });

  it("kept as chosen, is read again at its own address", async () => {
    const excel = exampleWorkbook();
    const { pane } = paneOn(excel);
    excel.select("Orders", "A1:G50");
    await pane.useSelection("orders");
    pane.keepPart("orders");
    await pane.createSummary();
    expect(pane.state.sources.orders?.table.rowCount).toBe(49);
  });
});

describe("what the pane refuses or suggests", () => {
  it("refuses the add-in's own summary sheet as a source", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.createSummary();
    excel.select("Campaign Summary", "B5");
    await pane.useSelection("posts");
    expect(pane.state.sources.posts?.table.sheet).toBe("Posts");
    const refusal = pane.state.notices.find((notice) => notice.source === "posts");
    expect(refusal?.tone).toBe("error");
    expect(texts().join(" ")).toContain("Campaign Summary");
  });

  it("says when orders are picked as posts, and moves them on request", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    excel.select("Orders", "B2");
    await pane.useSelection("posts");
    expect(texts()).toEqual(["Posts: this data looks like Orders, not Posts."]);
    expect(pane.state.notices[0].tone).toBe("warning");
    pane.useAsKind("posts", "orders");
    expect(pane.state.sources.posts).toBeUndefined();
    expect(pane.state.sources.orders?.table.sheet).toBe("Orders");
  });
});

describe("the preview", () => {
  it("shows the headline figures from every row before anything is written", async () => {
    const excel = exampleWorkbook();
    const { pane } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.settled();
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders"]);
    const { preview } = pane.state;
    expect(preview.kind).toBe("ready");
    const figures = Object.fromEntries(
      (preview.kind === "ready" ? preview.figures : []).map(({ figure, value }) => [figure, value])
    );
    const [postHeader, ...posts] = exampleTable("posts");
    const cost = posts.reduce(
      (sum, post) => sum + (post[(postHeader as string[]).indexOf("Cost")] as number),
      0
    );
    const revenue = ORDERS.reduce((sum, order) => sum + (order[REVENUE] as number), 0);
    expect(figures.orders).toBe(200);
    expect(figures.repeatRate).toBeCloseTo(30 / 170, 12);
    expect(figures.roi).toBeCloseTo((revenue - cost) / cost, 12);
    // KPI.md's worked example: (950 − 100) / (950 + 100) × 100.
    expect(figures.socialNps).toBeCloseTo(80.952381, 5);
  });
});

describe("the workbook remembers the pane", () => {
  it("restores sources, columns, assumptions and the summary, and asks before a second summary", async () => {
    const excel = exampleWorkbook();
    const first = paneOn(excel);
    await pickExampleSources(first.pane, excel);
    first.pane.editAssumptions({ campaignName: "Early Bird", windowDays: "10" });
    first.pane.chooseMeasure("posts", "likes", undefined);
    await first.pane.createSummary();
    await first.pane.settled();
    expect(first.pane.state.summarySheet).toBe("Early Bird summary");

    const again = paneOn(excel);
    await again.pane.restore();
    const { state } = again.pane;
    expect(Object.keys(state.sources).sort()).toEqual(["mentions", "orders", "posts"]);
    expect(state.sources.posts?.choices).toEqual(first.pane.state.sources.posts?.choices);
    expect(state.assumptions).toEqual(first.pane.state.assumptions);
    expect(state.summarySheet).toBe("Early Bird summary");

    await again.pane.createSummary();
    expect(again.pane.state.confirmSecond).toBe(true);
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders", "Early Bird summary"]);
    await again.pane.refreshSummary();
    expect(again.texts()[0]).toBe("Refreshed the sheet “Early Bird summary”.");
  });

  it("writes when the summary was made in the user's local time", async () => {
    const excel = exampleWorkbook();
    const { pane, plans } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.createSummary();
    const texts = plans[0].cells.map((cell) => (cell.content as { text?: string }).text);
    expect(texts).toContain(localTimestamp(NOW));
    expect(texts).not.toContain(NOW.toISOString());
  });
});

describe("long work", () => {
  it("can be stopped, leaving the workbook as it was, and counts the user's rows", async () => {
    const rows = 60_000;
    const table = [
      ORDER_HEADER,
      ...Array.from({ length: rows }, (_, i) => [`X${i}`, day, `C${i % 900}`, "", "", 10, day]),
    ];
    const excel = new FakeExcel([{ name: "Orders", data: [{ at: "A1", values: table }] }]);
    let stopped = false;
    const { pane, states, texts } = paneOn(excel, ({ activity }, controller) => {
      if (!stopped && activity.kind === "computing" && activity.done > 0) {
        stopped = true;
        controller.cancel();
      }
    });
    excel.select("Orders", "A1");
    await pane.useSelection("orders");
    await pane.createSummary();
    expect(texts()).toEqual(["Stopped. Nothing was written."]);
    expect(excel.sheetNames()).toEqual(["Orders"]);
    const totals = states.flatMap((s) =>
      s.activity.kind === "computing" && s.activity.total > 0 ? [s.activity.total] : []
    );
    expect(new Set(totals)).toEqual(new Set([rows]));
  });
});

describe("Refresh on an Excel table", () => {
  it("reads the table as it has grown", async () => {
    const table = [ORDER_HEADER, ...ORDERS];
    const excel = new FakeExcel(
      [{ name: "Orders", data: [{ at: "A1", values: table }] }],
      [{ name: "OrdersTable", sheet: "Orders", at: "A1:G201" }]
    );
    const { pane, plans, texts } = paneOn(excel);
    excel.select("Orders", "C3");
    await pane.useSelection("orders");
    await pane.createSummary();
    excel.typeUnderTable("OrdersTable", ADDED);
    await pane.refreshSummary();
    expect(pane.state.sources.orders?.table).toMatchObject({
      tableName: "OrdersTable",
      rowCount: 203,
    });
    expect(texts()).toContain(
      "Orders: 3 rows more than at the last reading, 203 data rows in all."
    );
    expect(repeatRateInPlan(plans[1])).toBeCloseTo(31 / 172, 12);
  });
});

describe("a bad cell beyond the first 200 rows", () => {
  it("shows under its source once the preview has read every row, and goes when fixed", async () => {
    const more = Array.from({ length: 100 }, (_, i) => [
      `EB-${1000 + i}`,
      day,
      `C${5000 + i}`,
      "",
      "",
      30,
      day,
    ]);
    const excel = exampleWorkbook();
    excel.sheet("Orders").place("A202", more);
    // Row 261 of the sheet: the 260th order, beyond the sample the pane reads on picking.
    excel.sheet("Orders").grid[260][REVENUE] = "thirty";
    const { pane } = paneOn(excel);
    excel.select("Orders", "B2");
    await pane.useSelection("orders");
    expect(pane.state.sources.orders?.found).toBeUndefined();
    await pane.settled();
    const found = pane.state.sources.orders?.found ?? [];
    expect(found.map((problem) => ("cell" in problem.params ? problem.params.cell : ""))).toEqual([
      "Orders!F261",
    ]);
    expect(pane.state.preview.kind).toBe("failed");

    await pane.goToCell("Orders!F261");
    expect(excel.activeSheet).toBe("Orders");
    excel.sheet("Orders").grid[260][REVENUE] = 30;
    await pane.createSummary();
    expect(pane.state.sources.orders?.found).toBeUndefined();
    expect(excel.sheetNames()).toContain("Campaign Summary");
  });
});

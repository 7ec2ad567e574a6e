import { isoWeekLabel, isoWeekStart } from "../../../src/cells/dates";
import { MAX_WEEKS } from "../../../src/summary/compute/weeks";
import { LineChartPlan } from "../../../src/summary/model/plan";
import { checkAgainstEngine, tableCellOf } from "../support/evaluate";
import { loadExample } from "../support/example";
import { figuresFor, planFor, textsOf } from "../support/plans";
import { mapped, table } from "../support/tables";

// Excel date serials: 45348 is Monday 2024-02-26, 45352 Friday 2024-03-01.
const MONDAY = 45348;

describe("ISO weeks", () => {
  it("start on the Monday on or before a date, whatever its time of day", () => {
    expect(isoWeekStart(45352)).toBe(MONDAY);
    expect(isoWeekStart(MONDAY)).toBe(MONDAY);
    // Sunday 2024-03-03 late in the evening
    expect(isoWeekStart(45354.99)).toBe(MONDAY);
    expect(isoWeekStart(45355)).toBe(MONDAY + 7);
  });

  it("are named by the year and number of the week holding their Thursday", () => {
    expect(isoWeekLabel(MONDAY)).toBe("2024-W09");
    // Monday 2020-12-28 (44193): its Thursday is 2020-12-31, ISO week 53 of 2020.
    expect(isoWeekLabel(isoWeekStart(44197))).toBe("2020-W53");
    // Monday 2024-12-30 (45656): its Thursday is 2025-01-02, week 1 of 2025.
    expect(isoWeekLabel(45656)).toBe("2025-W01");
  });
});

describe("the action layer per week", () => {
  // Friday 2024-03-01, then Wednesday 2024-03-20 at noon: weeks 9 and 12, with two empty ones between.
  const orders = table(
    "orders",
    ["Customer", "Order date", "Revenue", "Exposure date"],
    [
      ["C1", 45352, 30, 45350],
      ["C2", 45371.5, 45, 45352],
      ["C3", 45371, 20, 45370],
      ["C4", null, 99, null],
    ]
  );

  it("counts each week's orders, revenue and attributed orders, empty weeks too", () => {
    const figures = figuresFor([mapped(orders)], { orders: orders.sample });
    // C1 is 2 days after exposure, C3 1 day: attributed. C2 is 19.5 days after: not. C4 has no date.
    expect(figures.weeks).toEqual([
      { start: MONDAY, orders: 1, revenue: 30, attributedOrders: 1 },
      { start: MONDAY + 7, orders: 0, revenue: 0, attributedOrders: 0 },
      { start: MONDAY + 14, orders: 0, revenue: 0, attributedOrders: 0 },
      { start: MONDAY + 21, orders: 2, revenue: 65, attributedOrders: 1 },
    ]);
  });

  it("writes them as COUNTIFS, SUMIFS and SUMPRODUCT between week starts, as HyperFormula confirms", () => {
    const checked = checkAgainstEngine([orders]);
    // 4 weeks × orders, revenue, attributed orders
    expect(checked.compared.tables).toBe(12);
    const cell = (row: number, column: "week" | "weekStart" | "orders") =>
      tableCellOf(checked.plan, { table: "weeks", row, column });
    expect(cell(3, "week")?.content).toEqual({ kind: "text", text: "2024-W12" });
    expect(cell(3, "weekStart")).toMatchObject({
      content: { kind: "number", value: MONDAY + 21 },
      numberFormat: "yyyy-mm-dd",
    });
    const start = `$C${(cell(0, "orders")?.row ?? 0) + 1}`;
    expect(cell(0, "orders")?.content).toEqual({
      kind: "formula",
      formula: `=COUNTIFS(Orders!$B$2:$B$10005,">="&${start},Orders!$B$2:$B$10005,"<"&${start}+7)`,
    });
    expect(checked.shownIn({ table: "weeks", row: 3, column: "revenue" })).toBe(65);
  });

  it("plans a line chart of the orders per week", () => {
    const { plan } = planFor([mapped(orders)], { orders: orders.sample });
    const line = plan.charts.find((chart): chart is LineChartPlan => chart.preferred === "line");
    const first = tableCellOf(plan, { table: "weeks", row: 0, column: "week" });
    const top = (first?.row ?? 0) + 1;
    expect(line).toEqual({
      preferred: "line",
      fallback: "line",
      title: "Orders per week",
      categoriesAddress: `B${top}:B${top + 3}`,
      valuesAddress: `D${top}:D${top + 3}`,
      anchor: { row: top - 3, column: 7 },
      size: { rows: 12, columns: 7 },
    });
  });

  it("leaves out what the orders cannot give, and the whole layer without order dates", () => {
    const noExposure = table("orders", ["Order date"], [[45352]]);
    const { plan } = planFor([mapped(noExposure)], { orders: noExposure.sample });
    const columns = plan.cells.flatMap((cell) =>
      cell.tableCell?.table === "weeks" ? [cell.tableCell.column] : []
    );
    expect(columns).toEqual(["week", "weekStart", "orders"]);
    const undated = table("orders", ["Customer", "Revenue"], [["C1", 30]]);
    const { plan: flat } = planFor([mapped(undated)], { orders: undated.sample });
    expect(flat.cells.some((cell) => cell.tableCell?.table === "weeks")).toBe(false);
    expect(flat.charts).toEqual([]);
  });

  it("shows the latest weeks only when the orders span more than two years", () => {
    const late = MONDAY + 7 * 200;
    const long = table("orders", ["Order date"], [[MONDAY], [late]]);
    const { plan, figures } = planFor([mapped(long)], { orders: long.sample });
    expect(figures.weeks).toHaveLength(MAX_WEEKS);
    expect(figures.weeks?.[0].start).toBe(late - 7 * (MAX_WEEKS - 1));
    const title = plan.cells.find((cell) => cell.note?.includes("latest 104 weeks"));
    expect(title?.content).toEqual({
      kind: "text",
      text: "Action per week (ISO weeks, from Monday)",
    });
  });
});

describe("the action layer per week over the example", () => {
  const example = loadExample();
  const { plan, figures } = planFor(example.sources, example.rows);

  it("runs from the week of the first order to the week of the last, adding up to the totals", () => {
    // The first order is on Friday 2024-03-01 (week 9), the last in week 12.
    expect(figures.weeks?.map((week) => week.start)).toEqual([0, 7, 14, 21].map((d) => MONDAY + d));
    const total = (key: "orders" | "revenue" | "attributedOrders") =>
      figures.weeks?.reduce((sum, week) => sum + (week[key] ?? 0), 0);
    expect([total("orders"), total("revenue"), total("attributedOrders")]).toEqual([
      200, 6000, 180,
    ]);
  });

  it("speaks the sheet's language", () => {
    expect(textsOf(plan)).toEqual(expect.arrayContaining(["ISO week", "Week from", "Orders"]));
    const chinese = planFor(example.sources, example.rows, "zh-TW").plan;
    expect(textsOf(chinese)).toEqual(
      expect.arrayContaining(["每週轉化（ISO 週，週一起）", "ISO 週"])
    );
    expect(chinese.charts.map((chart) => chart.title)).toEqual(["從曝光到訂單", "每週訂單"]);
  });
});

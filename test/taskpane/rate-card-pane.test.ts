import { TableCell } from "../../src/summary/model/tables";
import { FakeExcel } from "../excel/fake/workbook";
import { evaluated, tableCellOf } from "../summary/support/evaluate";
import { loadExample } from "../summary/support/example";
import { exampleEmv } from "./support/example-emv";
import { exampleWorkbook } from "./support/example-workbook";
import { paneOn, pickExampleSources } from "./support/pane-on";

const card = (row: number, column: TableCell["column"]): TableCell =>
  ({ table: "rateCard", row, column }) as TableCell;

describe("the EMV rate card typed in the pane", () => {
  it("is written to the sheet's rate card, whose EMV formulas read it", async () => {
    const excel = exampleWorkbook();
    const { pane, plans, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8" });
    pane.editRate("小红书", "perComment", "0.3");
    await pane.createSummary();
    expect(texts()[0]).toBe("Created the sheet “Campaign Summary”.");

    const [plan] = plans;
    const channels = [0, 1, 2, 3, 4].map((row) => tableCellOf(plan, card(row, "channel"))?.content);
    expect(channels).toEqual(
      ["小红书", "Instagram", "微博", "抖音", "Other channels"].map((name) => ({
        kind: "text",
        text: name,
      }))
    );
    expect(tableCellOf(plan, card(0, "perComment"))?.content).toEqual({
      kind: "number",
      value: 0.3,
    });
    expect(tableCellOf(plan, card(4, "cpm"))?.content).toEqual({ kind: "number", value: 8 });

    const sheet = evaluated(loadExample().engine, plan);
    const expected = exampleEmv({ 小红书: { perComment: 0.3 } }, { likes: true });
    // 小红书: 17,000 impressions at 10, 105 reposts at 0.2, 260 comments at 0.3, 850 likes at 0.02.
    expect(expected.get("小红书")).toBeCloseTo(286, 9);
    expect(sheet.shownIn(card(0, "emv"))).toBeCloseTo(286, 9);
    const total = [...expected.values()].reduce((sum, value) => sum + value, 0);
    expect(sheet.shown("emv")).toBeCloseTo(total, 9);
    expect(total).toBeCloseTo(851.35, 9);
  });

  it("refuses a negative rate, naming its channel and rate, and writes nothing", async () => {
    const excel = exampleWorkbook();
    const { pane, plans, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8" });
    pane.editRate("小红书", "perComment", "-1");
    await pane.createSummary();
    expect(texts()).toEqual([
      "EMV rate card, 小红书, value per comment: enter a number of 0 or more.",
    ]);
    expect(plans).toEqual([]);
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders"]);
  });
});

const serial = (day: number) => (Date.UTC(2024, 2, day) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** 250 posts, the last 10 on a channel the 200-row sample never sees; 300 orders over three ISO weeks. */
function channelsAndDatesWorkbook(): FakeExcel {
  const posts = Array.from({ length: 250 }, (_, i) => [i < 240 ? "Weibo" : "Kuaishou", 1000]);
  // 4 to 20 March 2024: the weeks from Monday 4, 11 and 18 March.
  const orders = Array.from({ length: 300 }, (_, i) => [serial(4 + (i % 17)), 30]);
  return new FakeExcel([
    { name: "Posts", data: [{ at: "A1", values: [["Channel", "Impressions"], ...posts] }] },
    { name: "Orders", data: [{ at: "A1", values: [["Order date", "Revenue"], ...orders] }] },
  ]);
}

describe("sources the summary needs in full", () => {
  it("reads posts with channels and orders with dates in full: the card lists every channel, the weeks appear", async () => {
    const excel = channelsAndDatesWorkbook();
    const { pane, plans, states } = paneOn(excel);
    for (const [sheet, kind] of [
      ["Posts", "posts"],
      ["Orders", "orders"],
    ] as const) {
      excel.select(sheet, "A1");
      await pane.useSelection(kind);
    }
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();

    // Each source's progress counts its own rows: 250 posts, then 300 orders.
    const last = new Map<string, unknown>();
    for (const { activity } of states)
      if (activity.kind === "computing" && activity.source) last.set(activity.source, activity);
    expect(Object.fromEntries(last)).toEqual({
      posts: { kind: "computing", source: "posts", done: 250, total: 250 },
      orders: { kind: "computing", source: "orders", done: 300, total: 300 },
    });
    const [plan] = plans;
    const channels = [0, 1, 2].map((row) => tableCellOf(plan, card(row, "channel"))?.content);
    expect(channels).toEqual([
      { kind: "text", text: "Weibo" },
      { kind: "text", text: "Kuaishou" },
      { kind: "text", text: "Other channels" },
    ]);
    // Kuaishou is not on the starting card, nor in the sample: it is valued as other channels.
    expect(tableCellOf(plan, card(1, "cpm"))?.content).toEqual({ kind: "number", value: 8 });
    expect(tableCellOf(plan, card(0, "cpm"))?.content).toEqual({ kind: "number", value: 5 });
    const weeks = new Set(
      plan.cells.flatMap(({ tableCell }) => (tableCell?.table === "weeks" ? [tableCell.row] : []))
    );
    expect([...weeks]).toEqual([0, 1, 2]);
  });
});

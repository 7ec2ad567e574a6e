import { isUsable, problemsOf } from "../../src/taskpane/state/pane";
import { messageText } from "../../src/taskpane/view/messages";
import { FakeExcel } from "../excel/fake/workbook";
import { exampleTable, exampleWorkbook } from "./support/example-workbook";
import { paneOn, pickExampleSources } from "./support/pane-on";

/** The repeat rate of the example orders, counted here without the KPI code: customers with 2+ orders / customers. */
function exampleRepeatRate(): number {
  const [header, ...orders] = exampleTable("orders");
  const column = header.indexOf("Customer ID");
  const counts = new Map<unknown, number>();
  for (const order of orders) counts.set(order[column], (counts.get(order[column]) ?? 0) + 1);
  return [...counts.values()].filter((n) => n >= 2).length / counts.size;
}

const EXAMPLE_ROWS = [
  "Posts: 10 rows besides the header: 10 used.",
  "Mentions: 1200 rows besides the header: 1200 used.",
  "Orders: 200 rows besides the header: 200 used.",
];

describe("the pane's flow on the example campaign", () => {
  it("reads each source around the selected cell and says how many columns it recognised", async () => {
    const excel = exampleWorkbook();
    const { pane, states, texts } = paneOn(excel);
    excel.select("Posts", "C3");
    await pane.useSelection("posts");
    expect(states.map((state) => state.activity.kind)).toEqual(["reading", "idle"]);
    expect(pane.state.sources.posts?.table).toMatchObject({
      sheet: "Posts",
      address: "A1:J11",
      rowCount: 10,
    });
    // Post ID is not a measure; the other nine columns are, Post date the creators' first posts.
    expect(pane.state.sources.posts?.choices.filter(Boolean)).toHaveLength(9);
    // Usable as it is: the card says so in its own line, and no notice is needed.
    expect(isUsable(pane.state, "posts")).toBe(true);
    expect(texts()).toEqual([]);
  });

  it("creates the summary sheet, computing the repeat rate from every order, without touching the data", async () => {
    const excel = exampleWorkbook();
    const { pane, states, plans, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ campaignName: "Early Bird", cpm: "8" });
    await pane.createSummary();

    // examples/*.csv: 10 posts, 1,200 mentions and 200 orders, each row used.
    // Named after the campaign.
    expect(texts()).toEqual(["Created the sheet “Early Bird summary”.", ...EXAMPLE_ROWS]);
    expect(pane.state.summarySheet).toBe("Early Bird summary");
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders", "Early Bird summary"]);
    expect(excel.activeSheet).toBe("Early Bird summary");
    for (const sheet of ["Posts", "Mentions", "Orders"]) {
      expect(excel.operations.filter((op) => op.sheet === sheet)).toEqual([]);
    }
    const repeat = plans[0].cells.find((cell) => cell.figure === "repeatRate");
    expect(repeat?.content).toEqual({ kind: "number", value: exampleRepeatRate() });
    // The leaderboard needs the posts (10 rows) and the orders (200 rows) in full.
    // Orders, with their order IDs, are sorted first; each source's progress counts its own rows.
    const read = states.flatMap(({ activity }) =>
      activity.kind === "computing" && activity.source ? [activity] : []
    );
    expect(read.filter(({ done, total }) => done === total)).toEqual([
      { kind: "computing", source: "orders", done: 200, total: 200 },
      { kind: "computing", source: "posts", done: 10, total: 10 },
    ]);
  });

  it("writes every cell of the real plan: text as text after the '@' format, formulas as formulas", async () => {
    const excel = exampleWorkbook();
    const { pane, plans } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8", emvAsReturn: true });
    await pane.createSummary();
    const written = excel.sheet("Campaign Summary").cells;
    const address = (row: number, column: number) =>
      `${String.fromCharCode(65 + column)}${row + 1}`;
    expect(plans[0].cells.length).toBeGreaterThan(50);
    for (const cell of plans[0].cells) {
      const writes = written.get(address(cell.row, cell.column)) ?? [];
      if (cell.content.kind === "text") {
        expect(writes.slice(0, 2)).toEqual([
          { property: "numberFormat", value: [["@"]] },
          { property: "values", value: [[cell.content.text]] },
        ]);
      }
      if (cell.content.kind === "formula") {
        expect(writes).toContainEqual({ property: "formulas", value: [[cell.content.formula]] });
        expect(writes.map((w) => w.property)).not.toContain("values");
      }
    }
  });

  it("costs the same round trips for 100 and 100,000 mentions, which need no full read", async () => {
    const syncsFor = async (rows: number) => {
      const labels = ["Positive", "Neutral", "Negative"];
      const table = [
        ["Comment", "Sentiment"],
        ...Array.from({ length: rows }, (_, i) => [`c${i}`, labels[i % 3]]),
      ];
      const excel = new FakeExcel([{ name: "Mentions", data: [{ at: "A1", values: table }] }]);
      const { pane, texts } = paneOn(excel);
      excel.select("Mentions", "A1");
      await pane.useSelection("mentions");
      pane.editAssumptions({ cpm: "8" });
      await pane.createSummary();
      expect(texts()).toEqual([
        "Created the sheet “Campaign Summary”.",
        `Mentions: ${rows} rows besides the header: ${rows} used.`,
      ]);
      return excel.syncs;
    };
    // Two to read the selection, two to read it again on Create, two to write the summary.
    expect(await syncsFor(100)).toBe(6);
    expect(await syncsFor(100_000)).toBe(6);
  });

  it("refreshes the sheet it made: sources read again, the same sheet rewritten in place", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();
    const summary = excel.sheet("Campaign Summary");
    const firstId = summary.id;
    const charts = [...summary.charts];
    expect(charts.map((call) => call.split('"')[1])).toEqual(["Funnel", "Line"]);
    await pane.refreshSummary();
    expect(texts()).toEqual(["Refreshed the sheet “Campaign Summary”.", ...EXAMPLE_ROWS]);
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders", "Campaign Summary"]);
    expect(excel.sheet("Campaign Summary").id).toBe(firstId);
    // The charts drawn again, not added beside the first ones.
    expect(summary.charts).toEqual(charts);
  });

  it("writes a second summary beside the first, never over it", async () => {
    const excel = exampleWorkbook();
    const { pane } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();
    // Asked first, then confirmed.
    await pane.createSummary();
    expect(pane.state.confirmSecond).toBe(true);
    expect(excel.sheetNames()).not.toContain("Campaign Summary (2)");
    await pane.createSummary(true);
    expect(pane.state.summarySheet).toBe("Campaign Summary (2)");
    expect(excel.sheetNames()).toContain("Campaign Summary");
  });
});

describe("the pane's messages for bad input", () => {
  it("explains an empty selection", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    excel.select("Posts", "Z100");
    await pane.useSelection("posts");
    expect(texts()).toEqual([
      "The selection is empty. Select a cell inside your data and try again.",
    ]);
    expect(pane.state.sources).toEqual({});
  });

  it("asks for a source, then for a CPM cleared from its field, before writing anything", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    await pane.createSummary();
    expect(texts()).toEqual(["Pick at least one source first."]);
    excel.select("Posts", "A1");
    await pane.useSelection("posts");
    pane.editAssumptions({ cpm: " " });
    await pane.createSummary();
    expect(texts()).toEqual([
      "Enter the CPM of other channels: the value of 1,000 impressions on a channel the rate card does not list.",
    ]);
    expect(excel.sheetNames()).toEqual(["Posts", "Mentions", "Orders"]);
  });

  it("names the first bad cell of a numeric column", async () => {
    const table = exampleTable("posts");
    table[4][4] = "twelve thousand";
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "A1", values: table }] }]);
    const { pane, texts } = paneOn(excel);
    excel.select("Posts", "A1");
    await pane.useSelection("posts");
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();
    expect(texts()).toEqual(["Fix the problems shown under the sources, then try again."]);
    // The cell is named under its source.
    const underPosts = problemsOf(pane.state).map((problem) =>
      messageText({ kind: "source", problem }, "en")
    );
    expect(underPosts.join("\n")).toContain("Posts!E5");
    expect(excel.sheetNames()).toEqual(["Posts"]);
  });

  it("explains a protected workbook, and writes nothing", async () => {
    const excel = exampleWorkbook();
    const { pane, texts } = paneOn(excel);
    excel.select("Mentions", "A1");
    await pane.useSelection("mentions");
    excel.workbookProtected = true;
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();
    expect(texts()).toEqual([
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook), then try again.",
    ]);
    expect(pane.state.summarySheet).toBeUndefined();
  });

  it("says so when the host draws a bar chart instead of a funnel", async () => {
    const excel = exampleWorkbook();
    excel.failWhen = (op) => op.path.startsWith('charts.add("Funnel"');
    const { pane, texts } = paneOn(excel);
    await pickExampleSources(pane, excel);
    pane.editAssumptions({ cpm: "8" });
    await pane.createSummary();
    expect(texts()).toContain(
      "This Excel cannot draw a funnel chart, so the summary shows a bar chart."
    );
  });
});

import { refreshSummary, SUMMARY_MARK, writeSummary } from "../../src/excel/write-summary";
import { postsTable } from "./campaign-data";
import { mapped, table } from "../summary/support/tables";
import { EARLY_BIRD, planFor } from "../summary/support/plans";
import { FakeExcel, FakeSheet, Operation, PAYLOAD_LIMIT, SheetSpec } from "./fake/workbook";
import { postsSummaryPlan } from "./summary-plan";

const POSTS: SheetSpec = { name: "Posts", data: [{ at: "A1", values: postsTable(10) }] };

function sheetIds(excel: FakeExcel) {
  return excel.sheets.map((sheet) => [sheet.name, sheet.id]);
}

function lastWrite(sheet: FakeSheet, address: string) {
  const writes = sheet.cells.get(address) ?? [];
  return writes[writes.length - 1];
}

function writesTo(excel: FakeExcel, sheet: string): Operation[] {
  return excel.operations.filter((op) => op.sheet === sheet);
}

describe("writeSummary", () => {
  it("adds a marked, activated summary sheet in two round trips: one to look, one to write", async () => {
    const excel = new FakeExcel([POSTS]);
    const result = await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "funnel" },
      warnings: [],
    });
    expect(excel.sheetNames()).toEqual(["Posts", "Campaign Summary"]);
    expect(excel.activeSheet).toBe("Campaign Summary");
    expect(excel.sheet("Campaign Summary").customProperties.get(SUMMARY_MARK)).toBe(
      "Campaign Summary"
    );
    expect(excel.syncs).toBe(2);
  });

  it("never writes to the source sheet", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(writesTo(excel, "Posts")).toEqual([]);
    expect(excel.operations.filter((op) => op.path.includes("Posts!"))).toEqual([]);
    expect(excel.sheet("Posts").valuesIn({ top: 0, left: 0, rows: 11, columns: 8 })).toEqual(
      postsTable(10)
    );
  });

  it("names the sheet uniquely, never reusing an existing sheet", async () => {
    const existing = { name: "campaign summary", data: [{ at: "A1", values: [["mine"]] }] };
    const excel = new FakeExcel([POSTS, existing]);
    const result = await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(result.ok && result.value.sheetName).toBe("Campaign Summary (2)");
    expect(writesTo(excel, "campaign summary")).toEqual([]);
    expect(
      excel.sheet("campaign summary").valuesIn({ top: 0, left: 0, rows: 1, columns: 1 })
    ).toEqual([["mine"]]);
  });

  it("costs the same round trips for plans over 100 and 100,000 rows", async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel([
        { name: "Posts", data: [{ at: "A1", values: postsTable(rows) }] },
      ]);
      await writeSummary(excel.host(), postsSummaryPlan(rows));
      return excel.syncs;
    };
    expect(await syncsFor(100)).toBe(await syncsFor(100_000));
  });

  it("writes text as text: the '@' format first, so formulas and commands in it stay literal", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    const cells = excel.sheet("Campaign Summary").cells;
    expect(cells.get("A2")).toEqual([
      { property: "numberFormat", value: [["@"]] },
      { property: "values", value: [['=HYPERLINK("http://evil.example","click")']] },
    ]);
    expect(cells.get("A3")).toEqual([
      { property: "numberFormat", value: [["@"]] },
      { property: "values", value: [["+cmd"]] },
    ]);
  });

  it("writes the plan's formulas as formulas, numbers and booleans as values, each with its format", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    const cells = excel.sheet("Campaign Summary").cells;
    expect(cells.get("B6")).toEqual([
      { property: "numberFormat", value: [["#,##0"]] },
      { property: "formulas", value: [["=SUM(Posts!C2:C11)"]] },
    ]);
    expect(cells.get("B4")).toEqual([
      { property: "numberFormat", value: [["#,##0.00"]] },
      { property: "values", value: [[8]] },
    ]);
    expect(cells.get("B5")).toEqual([{ property: "values", value: [[false]] }]);
    expect(cells.has("A9")).toBe(false);
  });

  it("makes the rows the plan asks for two lines tall: 30 points, Excel's 15 a line", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    const heights = writesTo(excel, "Campaign Summary").filter((op) =>
      op.path.endsWith("format.rowHeight")
    );
    expect(heights).toEqual([
      { sheet: "Campaign Summary", path: "A9.format.rowHeight", value: 30 },
    ]);
  });

  it("writes styles, merges, widths, traffic lights, notes and the funnel chart", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    const paths = writesTo(excel, "Campaign Summary").map((op) => op.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "A1.format.font.bold",
        "A1.format.font.size",
        "B4.format.fill.color",
        'B4.format.borders.getItem("EdgeTop").style',
        "A9.format.fill.color",
        "A1:D1.merge()",
        "A1.format.columnWidth",
        "B1.format.columnWidth",
        'B10:B14.conditionalFormats.add("Custom").custom.rule.formula',
        'notes.add(Campaign Summary!B8, "Computed 2024-05-01 10:00")',
        'charts.add("Funnel", Campaign Summary!B6:B7, "Columns")',
        'charts.add("Funnel", Campaign Summary!B6:B7, "Columns").series.getItemAt(0).setXAxisValues(Campaign Summary!A6:A7)',
        'charts.add("Funnel", Campaign Summary!B6:B7, "Columns").setPosition("E2", "J13")',
      ])
    );
    const rules = writesTo(excel, "Campaign Summary")
      .filter((op) => op.path.endsWith("rule.formula"))
      .map((op) => op.value);
    expect(rules).toEqual([
      "=AND(ISNUMBER(B10),B10<0)",
      "=AND(ISNUMBER(B10),B10>=0,B10<1)",
      "=AND(ISNUMBER(B10),B10>=1)",
    ]);
  });

  it("adds a comment instead of a note where notes (ExcelApi 1.18) are missing", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(17), postsSummaryPlan(10));
    expect(excel.operations.map((op) => op.path)).toContain(
      'comments.add(Campaign Summary!B8, "Computed 2024-05-01 10:00")'
    );
  });

  it("leaves no sheet behind when a write fails, and keeps every sheet that was there", async () => {
    const excel = new FakeExcel([POSTS, { name: "Notes" }]);
    const before = sheetIds(excel);
    excel.failWhen = (op) => op.path === "B6.formulas";
    const result = await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(result).toEqual({
      ok: false,
      problems: [{ code: "excelError", detail: "Excel refused B6.formulas" }],
    });
    // The failed batch had added the sheet and written up to the refused cell; the clean-up removed it.
    expect(writesTo(excel, "Campaign Summary").map((op) => op.path)).toEqual(
      expect.arrayContaining(["worksheets.add()", "A1.values", "delete()"])
    );
    expect(sheetIds(excel)).toEqual(before);
    expect(excel.activeSheet).toBe("Posts");
  });

  it("deletes nothing when adding the sheet itself fails", async () => {
    const excel = new FakeExcel([POSTS, { name: "Campaign Summary" }]);
    const before = sheetIds(excel);
    excel.failWhen = (op) => op.path === "worksheets.add()";
    const result = await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(result.ok).toBe(false);
    expect(sheetIds(excel)).toEqual(before);
    expect(excel.operations.filter((op) => op.path === "delete()")).toEqual([]);
  });

  it("falls back to a bar chart when the host refuses a funnel", async () => {
    const excel = new FakeExcel([POSTS]);
    excel.failWhen = (op) => op.path.startsWith('charts.add("Funnel"');
    const result = await writeSummary(excel.host(), postsSummaryPlan(10));
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "bar" },
      warnings: [],
    });
    expect(excel.sheetNames()).toEqual(["Posts", "Campaign Summary"]);
    expect(excel.operations.map((op) => op.path)).toContain(
      'charts.add("BarClustered", Campaign Summary!B6:B7, "Columns")'
    );
  });

  it("writes nothing into a workbook whose structure is protected", async () => {
    const excel = new FakeExcel([POSTS]);
    excel.workbookProtected = true;
    expect(await writeSummary(excel.host(), postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "protectedWorkbook" }],
    });
    expect(excel.operations).toEqual([]);
  });

  it("writes nothing when a sheet the formulas read is gone", async () => {
    const excel = new FakeExcel([{ name: "Other" }]);
    expect(await writeSummary(excel.host(), postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "sourceGone", address: "Posts" }],
    });
    expect(excel.operations).toEqual([]);
  });

  it("asks for a newer Excel where worksheet custom properties (ExcelApi 1.12) are missing", async () => {
    const excel = new FakeExcel([POSTS]);
    expect(await writeSummary(excel.host(11), postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "unsupportedExcel", requirement: "ExcelApi 1.12" }],
    });
  });
});

describe("refreshSummary", () => {
  const earlier: SheetSpec = {
    name: "Campaign Summary",
    customProperties: { [SUMMARY_MARK]: "Campaign Summary" },
    data: [{ at: "A1", values: [["old"]] }],
  };

  it("rewrites the summary it made in place: same sheet, name and place, other sheets untouched", async () => {
    const excel = new FakeExcel([POSTS, earlier, { name: "Notes" }]);
    const oldId = excel.sheet("Campaign Summary").id;
    const result = await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10));
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "funnel" },
      warnings: [],
    });
    expect(excel.sheetNames()).toEqual(["Posts", "Campaign Summary", "Notes"]);
    // The same sheet, never deleted or renamed: a formula elsewhere that points at it keeps working.
    const refreshed = excel.sheet("Campaign Summary");
    expect(refreshed.id).toBe(oldId);
    expect(excel.operations.map((op) => op.path)).not.toContain("delete()");
    expect(excel.operations.map((op) => op.path)).not.toContain("name");
    expect(refreshed.valuesIn({ top: 0, left: 0, rows: 1, columns: 1 })).toEqual([[""]]);
    expect(refreshed.cells.get("B6")?.[1]).toEqual({
      property: "formulas",
      value: [["=SUM(Posts!C2:C11)"]],
    });
    expect(writesTo(excel, "Posts")).toEqual([]);
    expect(writesTo(excel, "Notes")).toEqual([]);
    // Two looks at the workbook, a look at what the old summary holds, then one batch of writes.
    expect(excel.syncs).toBe(4);
  });

  it("clears what the earlier summary drew before writing anything", async () => {
    const excel = new FakeExcel([POSTS]);
    expect((await writeSummary(excel.host(), postsSummaryPlan(10))).ok).toBe(true);
    const sheet = excel.sheet("Campaign Summary");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.notes).toHaveLength(1);
    excel.operations.length = 0;
    expect((await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10))).ok).toBe(
      true
    );
    // One funnel and one note, as the plan asks: the earlier ones were deleted, not kept beside them.
    expect(sheet.charts).toEqual(['charts.add("Funnel", Campaign Summary!B6:B7, "Columns")']);
    expect(sheet.notes).toEqual(['notes.add(Campaign Summary!B8, "Computed 2024-05-01 10:00")']);
    const paths = excel.operations.map((op) => op.path);
    const firstWrite = paths.findIndex((path) => path.startsWith("A1."));
    const clearing = [
      'charts.add("Funnel", Campaign Summary!B6:B7, "Columns").delete()',
      'notes.add(Campaign Summary!B8, "Computed 2024-05-01 10:00").delete()',
      "A1:XFD1048576.conditionalFormats.clearAll()",
      "A1:XFD1048576.unmerge()",
      "A1:XFD1048576.clear()",
      "A1:XFD1048576.format.useStandardHeight",
      "A1:XFD1048576.format.useStandardWidth",
    ];
    for (const path of clearing) {
      expect(paths).toContain(path);
      expect(paths.indexOf(path)).toBeLessThan(firstWrite);
    }
    expect(excel.operations.find((op) => op.path === "A1:XFD1048576.clear()")?.value).toEqual([
      "All",
    ]);
  });

  it("clears comments too, where an older Excel wrote comments instead of notes", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(17), postsSummaryPlan(10));
    const sheet = excel.sheet("Campaign Summary");
    expect(sheet.comments).toHaveLength(1);
    await refreshSummary(excel.host(17), "Campaign Summary", postsSummaryPlan(10));
    expect(sheet.comments).toHaveLength(1);
    expect(sheet.notes).toEqual([]);
  });

  it("draws the bar chart alone when the host refuses the funnel on a refresh", async () => {
    const excel = new FakeExcel([POSTS]);
    await writeSummary(excel.host(), postsSummaryPlan(10));
    excel.failWhen = (op) => op.path === 'charts.add("Funnel", Campaign Summary!B6:B7, "Columns")';
    const result = await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10));
    expect(result).toEqual({
      ok: true,
      value: { sheetName: "Campaign Summary", chart: "bar" },
      warnings: [],
    });
    expect(excel.sheet("Campaign Summary").charts).toEqual([
      'charts.add("BarClustered", Campaign Summary!B6:B7, "Columns")',
    ]);
    expect(lastWrite(excel.sheet("Campaign Summary"), "A1")?.value).toEqual([["Campaign summary"]]);
  });

  it("refuses a sheet the add-in did not create", async () => {
    const excel = new FakeExcel([POSTS, { name: "Campaign Summary" }]);
    const before = sheetIds(excel);
    expect(await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "notOurSheet", sheet: "Campaign Summary" }],
    });
    expect(sheetIds(excel)).toEqual(before);
    expect(excel.operations).toEqual([]);
  });

  it("reports a summary that is gone, and a protected one", async () => {
    const excel = new FakeExcel([POSTS, { ...earlier, protected: true }]);
    expect(await refreshSummary(excel.host(), "Old summary", postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "summaryGone", sheet: "Old summary" }],
    });
    expect(await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10))).toEqual({
      ok: false,
      problems: [{ code: "protectedSheet", sheet: "Campaign Summary" }],
    });
    expect(excel.operations).toEqual([]);
  });

  it("says on the sheet and in the pane that a refresh stopped part way, and keeps the sheet", async () => {
    const excel = new FakeExcel([POSTS, earlier]);
    const before = sheetIds(excel);
    excel.failWhen = (op) => op.path === "B6.formulas";
    const result = await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: "refreshStopped",
          sheet: "Campaign Summary",
          detail: "Excel refused B6.formulas",
        },
      ],
    });
    expect(sheetIds(excel)).toEqual(before);
    const sheet = excel.sheet("Campaign Summary");
    expect(sheet.customProperties.get(SUMMARY_MARK)).toBe("Campaign Summary");
    expect(lastWrite(sheet, "A1")).toEqual({
      property: "values",
      value: [["Incomplete: the last refresh stopped part way."]],
    });
    // Refresh again, with the host's trouble gone: the sheet is written whole.
    excel.failWhen = undefined;
    expect((await refreshSummary(excel.host(), "Campaign Summary", postsSummaryPlan(10))).ok).toBe(
      true
    );
    expect(lastWrite(sheet, "A1")?.value).toEqual([["Campaign summary"]]);
  });

  it("leaves the sheet as it was when the refresh fails before clearing it", async () => {
    const excel = new FakeExcel([POSTS, earlier]);
    const host = excel.host();
    let runs = 0;
    // The first run looks at the workbook; from the second on (each attempt's first batch), the
    // connection is gone before anything is sent.
    const lost = {
      ...host,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        ++runs >= 2 ? Promise.reject(new Error("connection lost")) : host.run(batch),
    };
    const result = await refreshSummary(lost, "Campaign Summary", postsSummaryPlan(10));
    expect(result).toEqual({
      ok: false,
      problems: [{ code: "excelError", detail: "connection lost" }],
    });
    const sheet = excel.sheet("Campaign Summary");
    expect(sheet.valuesIn({ top: 0, left: 0, rows: 1, columns: 1 })).toEqual([["old"]]);
    expect(sheet.cells.size).toBe(0);
  });
});

describe("a summary larger than one request", () => {
  // 10,000 creators, each with a post on each of 30 channels: a leaderboard row per creator and a
  // rate card of 30 channels. Excel on the web refuses a request over 5 MB, as the stand-in does.
  const CHANNELS = Array.from({ length: 30 }, (_, i) => `Channel ${i + 1}`);
  const CREATORS = 10_000;
  const rows = Array.from({ length: CREATORS }, (_, i) =>
    CHANNELS.map((channel) => [`Creator ${i + 1}`, channel, 1000, 2, 4, 10, 5])
  ).flat();
  const posts = table(
    "posts",
    ["Creator", "Channel", "Impressions", "Reposts", "Comments", "Likes", "Cost"],
    rows
  );
  const assumptions = {
    ...EARLY_BIRD,
    rateCard: {
      channels: CHANNELS.map((name) => ({
        names: [name],
        rates: { cpm: 6, perRepost: 0.1, perComment: 0.05, perLike: 0.01 },
      })),
      other: { cpm: 8, perRepost: 0, perComment: 0, perLike: 0 },
    },
  };

  it("is written in batches under 5 MB, though all of it is far more", async () => {
    const { plan } = planFor([mapped(posts)], { posts: rows }, "en", assumptions);
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "A1", values: [posts.headers] }] }]);
    const result = await writeSummary(excel.host(), plan);
    expect(result.ok).toBe(true);
    const writes = excel.requestBytes.filter((bytes) => bytes > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(writes.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    // The leaderboard's last row is there: the 10,000th creator's name, under the header.
    const names = plan.cells.filter(
      (cell) => cell.tableCell?.table === "leaderboard" && cell.tableCell.column === "name"
    );
    expect(names).toHaveLength(CREATORS);
    // Named after the campaign of the assumptions.
    expect(excel.sheetNames()).toEqual(["Posts", "Early Bird summary"]);
    expect(excel.activeSheet).toBe("Early Bird summary");
  }, 120_000);

  it("is refused by the stand-in in one request, as Excel on the web refuses it", async () => {
    const excel = new FakeExcel([{ name: "Posts" }]);
    const text = "x".repeat(1024);
    const run = excel.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Posts");
      for (let row = 0; row < 6000; row++) sheet.getRangeByIndexes(row, 0, 1, 1).values = [[text]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

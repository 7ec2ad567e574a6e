// The pane's memory in the workbook's settings: one round trip each way, within Office's 2 MB for an
// add-in's settings, and still there when the workbook is opened again.
import { loadMemory, MEMORY_KEY, saveMemory } from "../../src/excel/memory";
import { summarySheets } from "../../src/excel/own-sheets";
import { writeSummary } from "../../src/excel/write-summary";
import { writeUsedRows } from "../../src/excel/write-used-rows";
import { postsTable } from "./campaign-data";
import { FakeExcel, SETTINGS_LIMIT } from "./fake/workbook";
import { postsSummaryPlan } from "./summary-plan";

function workbook(settings: Record<string, string> = {}): FakeExcel {
  return new FakeExcel(
    [{ name: "Posts", data: [{ at: "A1", values: postsTable(10) }] }],
    [],
    settings
  );
}

describe("loadMemory", () => {
  it("finds nothing in a workbook the pane has not saved to", async () => {
    const excel = workbook();
    expect(await loadMemory(excel.host())).toEqual({ ok: true, value: undefined, warnings: [] });
    expect(excel.syncs).toBe(1);
  });

  it("gives back the text saved under WomKpisPane, counted in the response like any value", async () => {
    const text = '{"summary":"Campaign Summary"}';
    const excel = workbook({ WomKpisPane: text });
    expect(await loadMemory(excel.host())).toEqual({ ok: true, value: text, warnings: [] });
    expect(excel.responseBytes).toEqual([JSON.stringify([[text]]).length]);
  });

  it("finds nothing once the setting was deleted", async () => {
    const excel = workbook({ WomKpisPane: "remembered" });
    await excel.host().run(async (context) => {
      context.workbook.settings.getItemOrNullObject(MEMORY_KEY).delete();
      await context.sync();
    });
    expect(await loadMemory(excel.host())).toEqual({ ok: true, value: undefined, warnings: [] });
  });

  it("finds nothing, and tells nothing, where Excel has no settings (before ExcelApi 1.4)", async () => {
    const excel = workbook({ WomKpisPane: "remembered" });
    expect(await loadMemory(excel.host(3))).toEqual({ ok: true, value: undefined, warnings: [] });
    expect(excel.syncs).toBe(0);
  });
});

describe("saveMemory", () => {
  it("saves the text in one round trip, replacing what was there, and writes no cell", async () => {
    const excel = workbook({ WomKpisPane: "old" });
    expect(await saveMemory(excel.host(), "new")).toEqual({
      ok: true,
      value: undefined,
      warnings: [],
    });
    expect(excel.settings.get(MEMORY_KEY)).toBe("new");
    expect(excel.syncs).toBe(1);
    expect(excel.operations).toEqual([
      { sheet: "(workbook)", path: "settings.add()", value: [MEMORY_KEY, "new"] },
    ]);
  });

  it("is refused over the 2 MB of an add-in's settings, and keeps what was saved before", async () => {
    const excel = workbook({ WomKpisPane: "old" });
    // Stored as {"WomKpisPane":"…"}: 18 bytes around the text, so 2,097,134 ASCII characters fill
    // the 2,097,152 bytes exactly; 699,045 Chinese characters take 3 bytes each, 2,097,135.
    const fits = "a".repeat(SETTINGS_LIMIT - 18);
    expect((await saveMemory(excel.host(), fits)).ok).toBe(true);
    const over = await saveMemory(excel.host(), "口".repeat(699_045));
    expect(over).toEqual({
      ok: false,
      problems: [{ code: "excelError", detail: "settings of 2097153 bytes" }],
    });
    expect(excel.settings.get(MEMORY_KEY)).toBe(fits);
  });

  it("asks for a newer Excel where settings (ExcelApi 1.4) are missing", async () => {
    const excel = workbook();
    expect(await saveMemory(excel.host(3), "text")).toEqual({
      ok: false,
      problems: [{ code: "unsupportedExcel", requirement: "ExcelApi 1.4" }],
    });
  });
});

describe("summarySheets", () => {
  it("names the summaries the add-in made, not its sheets of used rows nor the user's", async () => {
    const excel = workbook();
    const written = await writeSummary(excel.host(), postsSummaryPlan(10));
    await writeUsedRows(excel.host(), {
      baseName: "Posts (rows used)",
      headers: ["Creator"],
      rows: [["Mei"]],
      dateColumns: [],
    });
    expect(written.ok && (await summarySheets(excel.host()))).toEqual({
      ok: true,
      value: [written.ok && written.value.sheetName],
      warnings: [],
    });
  });

  it("asks for a newer Excel where worksheet custom properties (ExcelApi 1.12) are missing", async () => {
    expect(await summarySheets(workbook().host(11))).toEqual({
      ok: false,
      problems: [{ code: "unsupportedExcel", requirement: "ExcelApi 1.12" }],
    });
  });
});

describe("a workbook opened again from its snapshot", () => {
  it("still holds the summary, its mark and the pane's memory", async () => {
    const excel = workbook();
    const written = await writeSummary(excel.host(), postsSummaryPlan(10));
    if (!written.ok) throw new Error(written.problems[0].code);
    await saveMemory(excel.host(), `{"summary":"${written.value.sheetName}"}`);
    const { sheets, settings } = excel.snapshot();
    const reopened = new FakeExcel(sheets, [], settings);
    expect(reopened.sheetNames()).toEqual(excel.sheetNames());
    expect(await summarySheets(reopened.host())).toMatchObject({
      value: [written.value.sheetName],
    });
    expect(await loadMemory(reopened.host())).toMatchObject({
      value: `{"summary":"${written.value.sheetName}"}`,
    });
    const block = { top: 0, left: 0, rows: 11, columns: 8 };
    expect(reopened.sheet("Posts").valuesIn(block)).toEqual(postsTable(10));
    // The summary's first cell as the plan wrote it.
    const title = reopened
      .sheet(written.value.sheetName)
      .valuesIn({ ...block, rows: 1, columns: 1 });
    expect(title).toEqual([["Campaign summary"]]);
  });
});

import { readSelectedSource, readSourceAgain, SAMPLE_ROWS } from "../../src/excel/read-source";
import { recognizeColumns } from "../../src/summary";
import { columnReference } from "../../src/summary/formulas/refs";
import { POST_HEADERS, postsTable, surveyExport } from "./campaign-data";
import { FakeExcel } from "./fake/workbook";

function workbookWithPosts(
  rows: number,
  extra: Partial<{ protected: boolean; merged: string[] }> = {}
) {
  return new FakeExcel([
    { name: "Posts", data: [{ at: "A1", values: postsTable(rows) }], ...extra },
  ]);
}

describe("readSelectedSource", () => {
  it("takes the whole block around a selected cell: headers, a sample and the row count", async () => {
    const excel = workbookWithPosts(10);
    excel.select("Posts", "C5");
    const result = await readSelectedSource(excel.host(), "posts");
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        kind: "posts",
        sheet: "Posts",
        address: "A1:H11",
        headers: POST_HEADERS,
        sample: postsTable(10).slice(1),
        rowCount: 10,
        // Ten rows under the header, each used: no title above it, no totals row below.
        account: { headerRow: 1, seen: 10, used: 10, leftOut: {} },
      },
    });
  });

  it("takes the whole Excel table around a selected cell, with its name, not the block it sits in", async () => {
    const values = [...postsTable(6)];
    const excel = new FakeExcel(
      [{ name: "Data", data: [{ at: "A1", values }] }],
      [{ name: "Posts", sheet: "Data", at: "A1:H5" }]
    );
    excel.select("Data", "B2");
    const result = await readSelectedSource(excel.host(), "posts");
    if (!result.ok) throw new Error(result.problems[0].code);
    expect(result.value).toMatchObject({ tableName: "Posts", address: "A1:H5", rowCount: 4 });
    expect(result.value.sample).toHaveLength(4);
  });

  it("uses only the filled part of a whole-column selection", async () => {
    const excel = workbookWithPosts(10);
    excel.select("Posts", { top: 0, left: 0, rows: 1048576, columns: 8 });
    const result = await readSelectedSource(excel.host(), "posts");
    expect(result.ok && result.value.address).toBe("A1:H11");
    expect(result.ok && result.value.rowCount).toBe(10);
  });

  it("costs the same two round trips for 100 and 100,000 rows, and reads only a sample", async () => {
    const measure = async (rows: number) => {
      const excel = workbookWithPosts(rows);
      excel.select("Posts", "A1");
      const result = await readSelectedSource(excel.host(), "posts");
      return { syncs: excel.syncs, bytes: excel.responseBytes, result };
    };
    const small = await measure(100);
    const medium = await measure(1_000);
    const large = await measure(100_000);
    expect([small.syncs, medium.syncs, large.syncs]).toEqual([2, 2, 2]);
    expect(large.result.ok && large.result.value.rowCount).toBe(100_000);
    expect(large.result.ok && large.result.value.sample).toHaveLength(SAMPLE_ROWS);
    // Both blocks start with the same 230 rows, so a reader that reads only them and the last row
    // (a totals row?) fetches the same bytes but for the two last rows' lengths.
    const rowBytes = (rows: number) => JSON.stringify(postsTable(rows)[rows]).length;
    expect(large.bytes[0]).toBe(medium.bytes[0]);
    expect(large.bytes[1] - medium.bytes[1]).toBe(rowBytes(100_000) - rowBytes(1_000));
  });

  it("finds the header under a merged title and a blank row, and leaves a totals row out", async () => {
    // A 蒲公英-style report: title (merged across A1:D1), a blank row, the header on row 3,
    // three notes, then 合计. The source is A3:D6; of the 6 rows besides the header, 3 are used.
    const values = [
      ["笔记数据报表（2024-03-01 至 2024-03-21）", null, null, null],
      [null, null, null, null],
      ["达人昵称", "曝光量", "点赞", "报价"],
      ["小美咖啡日记", 34000, 1860, 1350],
      ["早八打工人", 12000, 640, 50],
      ["豆子研究所", 5210, 310, 80],
      ["合计", 51210, 2810, 1480],
    ];
    const excel = new FakeExcel([
      { name: "Notes", data: [{ at: "A1", values }], merged: ["A1:D1"] },
    ]);
    excel.select("Notes", { top: 0, left: 0, rows: 7, columns: 4 });
    const result = await readSelectedSource(excel.host(), "posts");
    if (!result.ok) throw new Error(result.problems[0].code);
    expect(result.value).toMatchObject({
      address: "A3:D6",
      headers: ["达人昵称", "曝光量", "点赞", "报价"],
      sample: values.slice(3, 6),
      rowCount: 3,
      account: { headerRow: 3, seen: 6, used: 3, leftOut: { aboveHeader: 1, blank: 1, totals: 1 } },
    });
    // The formulas stop at row 6: the room left for new rows would take in 合计 on row 7.
    expect(columnReference(result.value, 1)).toBe("Notes!$B$4:$B$6");
    const untotalled = { ...result.value, account: { ...result.value.account!, leftOut: {} } };
    expect(columnReference(untotalled, 1)).toBe("Notes!$B$4:$B$10006");
  });

  it("tells which data rows a cell merged down covers, and ignores merges across one row", async () => {
    // An agency's layout: a merged title, the header on row 2, 小美's name merged down A3:A5
    // over her three posts, and a 合计 row whose label is merged across A7:B7.
    const values = [
      ["结案报告", null, null, null],
      ["达人", "平台", "曝光量", "费用"],
      ["小美", "小红书", 100, 10],
      [null, "小红书", 200, 20],
      [null, "抖音", 300, 30],
      ["阿杰", "微博", 400, 40],
      ["合计", null, 1000, 100],
    ];
    const excel = new FakeExcel([
      { name: "明细", data: [{ at: "A1", values }], merged: ["A1:D1", "A3:A5", "A7:B7"] },
    ]);
    excel.select("明细", { top: 0, left: 0, rows: 7, columns: 4 });
    const result = await readSelectedSource(excel.host(), "posts");
    if (!result.ok) throw new Error(result.problems[0].code);
    // Data rows are counted from the first under the header: A3:A5 is rows 0-2 of column 0.
    expect(result.value).toMatchObject({
      address: "A2:D6",
      rowCount: 4,
      mergedDown: [{ column: 0, fromRow: 0, toRow: 2 }],
    });
  });

  it("starts a survey export's data under its extra header row, whose texts help recognise the columns", async () => {
    const values = surveyExport();
    const excel = new FakeExcel([{ name: "Survey", data: [{ at: "A1", values }] }]);
    excel.select("Survey", "A1");
    const result = await readSelectedSource(excel.host(), "mentions");
    if (!result.ok) throw new Error(result.problems[0].code);
    // The formulas read A4:B5 under row 3, the last header row; the header's texts are row 1's.
    expect(result.value).toMatchObject({
      address: "A3:B5",
      headers: ["Respondent ID", "Q1"],
      headerHints: ["", "How likely is it that you would recommend us?"],
      rowCount: 2,
      account: { headerRow: 1, seen: 4, used: 2, leftOut: { extraHeaderRows: 2 } },
    });
    // Read again where it was found, it is the same source: the header found the first time.
    expect(await readSourceAgain(excel.host(), result.value)).toEqual(result);
  });

  it("keeps a table's header exactly as it stands, for its structured references", async () => {
    // "Impressions " with its trailing space is the column's name: Posts[Impressions] names none.
    const values = [
      ["Creator", "Impressions "],
      ["Mei", 1200],
      ["Jun", 800],
    ];
    const excel = new FakeExcel(
      [{ name: "Data", data: [{ at: "A1", values }] }],
      [{ name: "Posts", sheet: "Data", at: "A1:B3" }]
    );
    excel.select("Data", "A2");
    const result = await readSelectedSource(excel.host(), "posts");
    if (!result.ok) throw new Error(result.problems[0].code);
    expect(result.value.headers).toEqual(["Creator", "Impressions "]);
    const mapping = recognizeColumns(result.value);
    expect(mapping.impressions).toBe(1);
    expect(columnReference(result.value, 1)).toBe("Posts[[Impressions ]]");
  });

  it("never writes to the workbook while reading", async () => {
    const excel = workbookWithPosts(10);
    excel.select("Posts", "D4");
    await readSelectedSource(excel.host(), "posts");
    expect(excel.operations).toEqual([]);
    expect(excel.sheet("Posts").valuesIn({ top: 0, left: 0, rows: 11, columns: 8 })).toEqual(
      postsTable(10)
    );
  });

  it("reports an empty selection, whether one cell or many", async () => {
    const excel = workbookWithPosts(10);
    excel.select("Posts", "K20");
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "emptySelection" }],
    });
    excel.select("Posts", "K20:M30");
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "emptySelection" }],
    });
  });

  it("reports a block of one row, which cannot hold both a header and data", async () => {
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "B2", values: [POST_HEADERS] }] }]);
    excel.select("Posts", "C2");
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "singleRow", address: "B2:I2" }],
    });
  });

  it("reports merged header cells by address", async () => {
    const excel = workbookWithPosts(10, { merged: ["C1:D1"] });
    excel.select("Posts", "A3");
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "mergedHeader", address: "C1:D1" }],
    });
  });

  it("warns about a protected sheet or workbook, which it only reads", async () => {
    const excel = workbookWithPosts(10, { protected: true });
    excel.workbookProtected = true;
    const result = await readSelectedSource(excel.host(), "posts");
    expect(result.ok && result.warnings).toEqual([
      { code: "protectedSheet", sheet: "Posts" },
      { code: "protectedWorkbook" },
    ]);
  });

  it("reports a table without a header row", async () => {
    const excel = new FakeExcel(
      [{ name: "Data", data: [{ at: "A1", values: postsTable(3) }] }],
      [{ name: "NoHeader", sheet: "Data", at: "A1:H4", showHeaders: false }]
    );
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "tableWithoutHeader", table: "NoHeader" }],
    });
  });

  it("gives addresses without the sheet part, even for quoted sheet names", async () => {
    const excel = new FakeExcel([
      { name: "My posts", data: [{ at: "B3", values: postsTable(2) }] },
    ]);
    excel.select("My posts", "B3");
    const result = await readSelectedSource(excel.host(), "posts");
    expect(result.ok && [result.value.sheet, result.value.address]).toEqual(["My posts", "B3:I5"]);
  });

  it("asks for a newer Excel when Range.getTables (ExcelApi 1.9) is missing", async () => {
    const excel = workbookWithPosts(3);
    expect(await readSelectedSource(excel.host(8), "posts")).toEqual({
      ok: false,
      problems: [{ code: "unsupportedExcel", requirement: "ExcelApi 1.9" }],
    });
    expect(excel.syncs).toBe(0);
  });

  it("turns Excel's cell-edit-mode refusal into its own problem", async () => {
    const host = {
      supports: () => true,
      run: () =>
        Promise.reject(
          Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })
        ),
    };
    expect(await readSelectedSource(host, "posts")).toEqual({
      ok: false,
      problems: [{ code: "cellEditMode" }],
    });
  });
});

import { readSelectedSource, readSourceAgain, SAMPLE_ROWS } from "../../src/excel/read-source";
import { POST_HEADERS, postsTable } from "./campaign-data";
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
    // Both blocks start with the same 200 rows, so a reader that reads only the sample fetches the same bytes.
    expect(large.bytes).toEqual(medium.bytes);
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

describe("readSourceAgain", () => {
  it("reads a table as it is now, rows added included", async () => {
    const excel = new FakeExcel(
      [{ name: "Data", data: [{ at: "A1", values: postsTable(4) }] }],
      [{ name: "Posts", sheet: "Data", at: "A1:H5" }]
    );
    excel.select("Data", "A1");
    const first = await readSelectedSource(excel.host(), "posts");
    if (!first.ok) throw new Error(first.problems[0].code);
    const grown = new FakeExcel(
      [{ name: "Data", data: [{ at: "A1", values: postsTable(9) }] }],
      [{ name: "Posts", sheet: "Data", at: "A1:H10" }]
    );
    const again = await readSourceAgain(grown.host(), first.value);
    expect(again.ok && again.value).toMatchObject({
      address: "A1:H10",
      rowCount: 9,
      tableName: "Posts",
    });
    expect(grown.syncs).toBe(2);
  });

  it("reports a source whose table or sheet is gone", async () => {
    const excel = workbookWithPosts(3);
    const table = {
      kind: "posts" as const,
      sheet: "Posts",
      address: "A1:H4",
      headers: POST_HEADERS,
      sample: [],
      rowCount: 3,
    };
    expect(await readSourceAgain(excel.host(), { ...table, tableName: "Gone" })).toEqual({
      ok: false,
      problems: [{ code: "sourceGone", address: "Gone" }],
    });
    expect(await readSourceAgain(excel.host(), { ...table, sheet: "Old" })).toEqual({
      ok: false,
      problems: [{ code: "sourceGone", address: "Old!A1:H4" }],
    });
  });
});

// The sheet of a source's used rows: written as text where text was read, in requests under
// Excel's 5 MB (the stand-in refuses larger ones), marked as the add-in's, and only such a sheet
// is ever deleted.
import { removeUsedRows, USED_ROWS_MARK, writeUsedRows } from "../../src/excel/write-used-rows";
import { UsedRowsTable } from "../../src/excel/port";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake/workbook";

const ORDERS = [["Name"], ["#1001"]];

function workbook(): FakeExcel {
  return new FakeExcel([{ name: "Orders", data: [{ at: "A1", values: ORDERS }] }]);
}

const TABLE: UsedRowsTable = {
  baseName: "Orders (rows used)",
  headers: ["Name", "Email", "Created at", "Total"],
  rows: [
    ["#1001", "00123@example.com", 45352.5, 64.6],
    ["#1002", "2024-03-01", 45353, 49.3],
  ],
  dateColumns: [2],
};

describe("writeUsedRows", () => {
  it("writes the header and rows to a new marked sheet, text as text and dates as dates", async () => {
    const excel = workbook();
    const result = await writeUsedRows(excel.host(), TABLE);
    expect(result).toEqual({ ok: true, value: "Orders (rows used)", warnings: [] });
    const sheet = excel.sheet("Orders (rows used)");
    expect(sheet.valuesIn({ top: 0, left: 0, rows: 3, columns: 4 })).toEqual([
      TABLE.headers,
      ...TABLE.rows,
    ]);
    expect(sheet.customProperties.get(USED_ROWS_MARK)).toBe("Orders (rows used)");
    // "2024-03-01" stays the text it was: a cell formatted "@" before its value is not a date.
    const formats = excel.operations.find((op) => op.path === "A1:D3.numberFormat");
    expect(formats?.value).toEqual([
      ["@", "@", "@", "@"],
      ["@", "@", "yyyy-mm-dd", "General"],
      ["@", "@", "yyyy-mm-dd", "General"],
    ]);
    expect(excel.operations.filter((op) => op.sheet === "Orders")).toEqual([]);
  });

  it("takes the next free name rather than write over a sheet that exists", async () => {
    const excel = new FakeExcel([
      { name: "Orders", data: [{ at: "A1", values: ORDERS }] },
      { name: "Orders (rows used)", data: [{ at: "A1", values: [["mine"]] }] },
    ]);
    const result = await writeUsedRows(excel.host(), TABLE);
    expect(result).toMatchObject({ ok: true, value: "Orders (rows used) (2)" });
    expect(
      excel.sheet("Orders (rows used)").valuesIn({ top: 0, left: 0, rows: 1, columns: 1 })
    ).toEqual([["mine"]]);
  });

  it("writes 200,000 rows of Chinese text in requests that each stay under 5 MB", async () => {
    const excel = workbook();
    // 20 characters of 3 bytes each in UTF-8 per name, as a 蒲公英 creator list may hold.
    const name = (i: number) => `达人昵称很长的小红书咖啡探店博主第${String(i).padStart(6, "0")}号`;
    const rows = Array.from({ length: 200_000 }, (_, i) => [name(i), "小红书", i]);
    const table = {
      baseName: "Posts (rows used)",
      headers: ["达人", "平台", "曝光量"],
      rows,
      dateColumns: [],
    };
    const result = await writeUsedRows(excel.host(), table);
    expect(result.ok).toBe(true);
    const sent = excel.requestBytes.filter((bytes) => bytes > 0);
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent)).toBeLessThan(PAYLOAD_LIMIT);
    const sheet = excel.sheet("Posts (rows used)");
    expect(sheet.valuesIn({ top: 200_000, left: 0, rows: 1, columns: 3 })).toEqual([
      [name(199_999), "小红书", 199_999],
    ]);
  });

  it("leaves no sheet behind when Excel refuses a batch", async () => {
    const excel = workbook();
    excel.failWhen = (op) => op.path.endsWith(".values");
    const result = await writeUsedRows(excel.host(), TABLE);
    expect(result.ok).toBe(false);
    expect(excel.sheetNames()).toEqual(["Orders"]);
  });

  it("refuses a protected workbook before adding anything", async () => {
    const excel = workbook();
    excel.workbookProtected = true;
    expect(await writeUsedRows(excel.host(), TABLE)).toEqual({
      ok: false,
      problems: [{ code: "protectedWorkbook" }],
    });
    expect(excel.sheetNames()).toEqual(["Orders"]);
  });
});

describe("removeUsedRows", () => {
  it("deletes a sheet of used rows it wrote", async () => {
    const excel = workbook();
    await writeUsedRows(excel.host(), TABLE);
    expect(await removeUsedRows(excel.host(), "Orders (rows used)")).toMatchObject({ ok: true });
    expect(excel.sheetNames()).toEqual(["Orders"]);
  });

  it("never deletes a sheet it did not write, even one with the same name", async () => {
    const excel = new FakeExcel([
      { name: "Orders", data: [{ at: "A1", values: ORDERS }] },
      { name: "Orders (rows used)", data: [{ at: "A1", values: [["mine"]] }] },
    ]);
    expect(await removeUsedRows(excel.host(), "Orders (rows used)")).toEqual({
      ok: false,
      problems: [{ code: "notOurSheet", sheet: "Orders (rows used)" }],
    });
    expect(excel.sheetNames()).toEqual(["Orders", "Orders (rows used)"]);
  });
});

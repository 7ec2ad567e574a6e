// What a selection of several cells stands for: the selection as it is (told when it is part of a
// larger block), or the whole block around it; and the sheets this add-in made, never a source.
import { readSelectedSource } from "../../src/excel/read-source";
import { SUMMARY_MARK } from "../../src/excel/write-summary";
import { USED_ROWS_MARK, writeUsedRows } from "../../src/excel/write-used-rows";
import { ORDER_HEADERS, ordersTable, postsTable } from "./campaign-data";
import { FakeExcel, SheetSpec } from "./fake/workbook";

const ORDERS: SheetSpec = { name: "Orders", data: [{ at: "A1", values: ordersTable(200) }] };

describe("readSelectedSource, for a selection of several cells", () => {
  it("reads a part of a block as selected, and says it is part of the block", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", "A1:E50");
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result).toMatchObject({
      ok: true,
      value: { address: "A1:E50", rowCount: 49 },
      warnings: [{ code: "partOfBlock", selected: "A1:E50", block: "A1:E201" }],
    });
  });

  it("reads the whole block around the selection when asked to, with no warning", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", "B10:C50");
    const result = await readSelectedSource(excel.host(), "orders", { wholeBlock: true });
    expect(result).toMatchObject({
      ok: true,
      value: { address: "A1:E201", headers: ORDER_HEADERS, rowCount: 200 },
      warnings: [],
    });
    expect(excel.syncs).toBe(2);
  });

  it("tells a selection narrower than its block, though it has every row", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", "A1:C201");
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result.ok && result.warnings).toEqual([
      { code: "partOfBlock", selected: "A1:C201", block: "A1:E201" },
    ]);
  });

  it("says nothing more of a selection that is the whole block", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", "A1:E201");
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result).toMatchObject({ ok: true, value: { address: "A1:E201" }, warnings: [] });
  });

  it("says nothing more of whole columns that cover the block, read as their filled part", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", { top: 0, left: 0, rows: 1_048_576, columns: 5 });
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result).toMatchObject({ ok: true, value: { address: "A1:E201" }, warnings: [] });
  });

  it("tells whole columns that cover only some of the block's columns", async () => {
    const excel = new FakeExcel([ORDERS]);
    excel.select("Orders", { top: 0, left: 0, rows: 1_048_576, columns: 3 });
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result.ok && result.warnings).toEqual([
      { code: "partOfBlock", selected: "A1:C201", block: "A1:E201" },
    ]);
  });

  it("keeps the protection warnings beside the part-of-a-block one", async () => {
    const excel = new FakeExcel([{ ...ORDERS, protected: true }]);
    excel.select("Orders", "A1:E50");
    const result = await readSelectedSource(excel.host(), "orders");
    expect(result.ok && result.warnings).toEqual([
      { code: "protectedSheet", sheet: "Orders" },
      { code: "partOfBlock", selected: "A1:E50", block: "A1:E201" },
    ]);
  });
});

describe("readSelectedSource, on the sheets this add-in made", () => {
  const marked = (name: string, mark: string): SheetSpec => ({
    name,
    data: [{ at: "A1", values: postsTable(3) }],
    customProperties: { [mark]: name },
  });

  it("refuses a summary the add-in made", async () => {
    const excel = new FakeExcel([marked("Campaign Summary", SUMMARY_MARK)]);
    excel.select("Campaign Summary", "B2");
    expect(await readSelectedSource(excel.host(), "posts")).toEqual({
      ok: false,
      problems: [{ code: "ownSheet", sheet: "Campaign Summary", made: "summary" }],
    });
  });

  it("refuses a sheet of used rows the add-in wrote", async () => {
    const excel = new FakeExcel([ORDERS]);
    const written = await writeUsedRows(excel.host(), {
      baseName: "Orders (rows used)",
      headers: ORDER_HEADERS,
      rows: ordersTable(3).slice(1),
      dateColumns: [2],
    });
    expect(
      written.ok && excel.sheet("Orders (rows used)").customProperties.has(USED_ROWS_MARK)
    ).toBe(true);
    excel.select("Orders (rows used)", "A1");
    expect(await readSelectedSource(excel.host(), "orders")).toEqual({
      ok: false,
      problems: [{ code: "ownSheet", sheet: "Orders (rows used)", made: "usedRows" }],
    });
  });

  it("reads an unmarked sheet, whatever other custom properties it has", async () => {
    const excel = new FakeExcel([marked("Posts", "Department")]);
    excel.select("Posts", "B2");
    const result = await readSelectedSource(excel.host(), "posts");
    expect(result.ok && [result.value.address, result.value.rowCount]).toEqual(["A1:H4", 3]);
  });

  it("reads a marked sheet where Excel has no worksheet custom properties (before ExcelApi 1.12)", async () => {
    const excel = new FakeExcel([marked("Campaign Summary", SUMMARY_MARK)]);
    excel.select("Campaign Summary", "B2");
    const result = await readSelectedSource(excel.host(11), "posts");
    expect(result.ok && result.value.address).toBe("A1:H4");
  });
});

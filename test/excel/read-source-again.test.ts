// Reading a source again before a refresh: a table as it is now, a plain range as the region
// around its header row is now, or exactly the address it was found at when the user kept a part.
import { readSelectedSource, readSourceAgain } from "../../src/excel/read-source";
import { SourceTable } from "../../src/summary";
import {
  ORDER_HEADERS,
  POST_HEADERS,
  ordersTable,
  postsTable,
  surveyExport,
} from "./campaign-data";
import { FakeExcel } from "./fake/workbook";

// Seven columns, A to G: the orders with the channel and the status a shop's export adds.
const ORDERS_HEADERS = [...ORDER_HEADERS, "Channel", "Status"];

function ordersRows(from: number, count: number): unknown[][] {
  return ordersTable(from + count)
    .slice(from + 1)
    .map((row) => [...row, "Weibo", "paid"]);
}

/** The source first read from `at`, for a second reading of the same workbook. */
async function firstRead(excel: FakeExcel, sheet: string, at: string): Promise<SourceTable> {
  excel.select(sheet, at);
  const read = await readSelectedSource(excel.host(), "orders");
  if (!read.ok) throw new Error(read.problems[0].code);
  return read.value;
}

function ordersWorkbook(rows: number): FakeExcel {
  const values = [ORDERS_HEADERS, ...ordersRows(0, rows)];
  return new FakeExcel([{ name: "Orders", data: [{ at: "A1", values }] }]);
}

describe("readSourceAgain", () => {
  it("takes in rows added under a plain range: Orders!A1:G201 and 3 more orders is A1:G204", async () => {
    const excel = ordersWorkbook(200);
    const first = await firstRead(excel, "Orders", "B2");
    expect([first.address, first.rowCount]).toEqual(["A1:G201", 200]);
    excel.sheet("Orders").place("A202", ordersRows(200, 3));
    excel.syncs = 0;
    const again = await readSourceAgain(excel.host(), first);
    expect(again).toMatchObject({
      ok: true,
      warnings: [],
      value: {
        address: "A1:G204",
        headers: ORDERS_HEADERS,
        rowCount: 203,
        account: { headerRow: 1, seen: 203, used: 203, leftOut: {} },
      },
    });
    expect(excel.syncs).toBe(2);
  });

  it("reads exactly the same address when asked to, for a part of a block the user kept", async () => {
    const excel = ordersWorkbook(200);
    excel.select("Orders", "A1:G50");
    const part = await readSelectedSource(excel.host(), "orders");
    if (!part.ok) throw new Error(part.problems[0].code);
    excel.sheet("Orders").place("A202", ordersRows(200, 3));
    const kept = await readSourceAgain(excel.host(), part.value, { sameAddress: true });
    expect(kept.ok && [kept.value.address, kept.value.rowCount]).toEqual(["A1:G50", 49]);
    const whole = await readSourceAgain(excel.host(), part.value);
    expect(whole.ok && [whole.value.address, whole.value.rowCount]).toEqual(["A1:G204", 203]);
  });

  it("takes in a column added beside the data, with the new headers", async () => {
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "A1", values: postsTable(10) }] }]);
    const first = await firstRead(excel, "Posts", "C5");
    const saves = [["Saves"], ...Array.from({ length: 10 }, (_, i) => [i])];
    excel.sheet("Posts").place("I1", saves);
    const again = await readSourceAgain(excel.host(), first);
    expect(again.ok && again.value).toMatchObject({
      address: "A1:I11",
      headers: [...POST_HEADERS, "Saves"],
      rowCount: 10,
    });
    expect(again.ok && again.value.sample[0]).toEqual([...postsTable(1)[1], 0]);
  });

  it("returns a renamed header as it now reads", async () => {
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "A1", values: postsTable(3) }] }]);
    const first = await firstRead(excel, "Posts", "A1");
    excel.sheet("Posts").place("C1", [["曝光量"]]);
    const again = await readSourceAgain(excel.host(), first);
    expect(again.ok && again.value.headers[2]).toBe("曝光量");
  });

  it("keeps the title above the header out and the totals row under the data out", async () => {
    // 结案报告 on row 1 touches the header on row 2, so it is inside the region; the account keeps
    // it as the row above the header found the first time. 合计 stays last, rows inserted above it.
    const report = (orders: number) => [
      ["结案报告", null, null],
      ["订单号", "实付金额", "优惠码"],
      ...Array.from({ length: orders }, (_, i) => [`#${1001 + i}`, 30, "KOC1"]),
      ["合计", 30 * orders, null],
    ];
    const first = await firstRead(
      new FakeExcel([{ name: "Orders", data: [{ at: "A1", values: report(3) }] }]),
      "Orders",
      "B3"
    );
    expect([first.address, first.rowCount]).toEqual(["A2:C5", 3]);
    const grown = new FakeExcel([{ name: "Orders", data: [{ at: "A1", values: report(5) }] }]);
    const again = await readSourceAgain(grown.host(), first);
    // Of the 7 rows besides the header: the title, 5 orders, 合计.
    expect(again.ok && again.value).toMatchObject({
      address: "A2:C7",
      rowCount: 5,
      account: { headerRow: 2, seen: 7, used: 5, leftOut: { aboveHeader: 1, totals: 1 } },
    });
  });

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

  it("reads a survey export again from its header row, its extra header rows kept", async () => {
    const values = surveyExport();
    const excel = new FakeExcel([{ name: "Survey", data: [{ at: "A1", values }] }]);
    const first = await firstRead(excel, "Survey", "A4");
    expect(first.address).toBe("A3:B5");
    excel.sheet("Survey").place("A6", [["R_3", 10]]);
    const again = await readSourceAgain(excel.host(), first);
    expect(again.ok && again.value).toMatchObject({
      address: "A3:B6",
      headers: ["Respondent ID", "Q1"],
      headerHints: ["", "How likely is it that you would recommend us?"],
      rowCount: 3,
      account: { headerRow: 1, seen: 5, used: 3, leftOut: { extraHeaderRows: 2 } },
    });
  });

  it("reports a source whose table or sheet is gone, or whose cells were emptied", async () => {
    const excel = new FakeExcel([{ name: "Posts", data: [{ at: "A1", values: postsTable(3) }] }]);
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
    excel.sheet("Posts").clear({ top: 0, left: 0, rows: 4, columns: 8 });
    expect(await readSourceAgain(excel.host(), table)).toEqual({
      ok: false,
      problems: [{ code: "sourceGone", address: "Posts!A1:H4" }],
    });
  });
});

import { ColumnChunk } from "../../src/excel/port";
import {
  REQUEST_BUDGET_BYTES,
  estimateCellBytes,
  readFullColumns,
  rowsPerRequest,
} from "../../src/excel/read-columns";
import { readSelectedSource } from "../../src/excel/read-source";
import { customerId, ordersTable } from "./campaign-data";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake/workbook";

async function ordersSource(excel: FakeExcel) {
  excel.select("Orders", "A1");
  const read = await readSelectedSource(excel.host(), "orders");
  if (!read.ok) throw new Error(read.problems[0].code);
  return read.value;
}

function ordersWorkbook(values: unknown[][]) {
  return new FakeExcel([{ name: "Orders", data: [{ at: "A1", values }] }]);
}

describe("readFullColumns", () => {
  it("reads 100,000 customer IDs in requests under 4 MB, reporting progress after each", async () => {
    const rows = 100_000;
    const excel = ordersWorkbook(ordersTable(rows, 40, (i) => i));
    const source = await ordersSource(excel);
    const readsBefore = excel.responseBytes.length;
    const chunks: ColumnChunk[] = [];
    const result = await readFullColumns(
      excel.host(),
      source,
      [1],
      (chunk) => void chunks.push(chunk)
    );

    expect(result).toEqual({ ok: true, value: { rowsRead: rows }, warnings: [] });
    const requests = excel.responseBytes.slice(readsBefore);
    // 100,000 IDs of 40 characters are over 4 MB as JSON, so one request could not carry them.
    expect(requests.length).toBeGreaterThan(1);
    requests.forEach((bytes) => expect(bytes).toBeLessThan(REQUEST_BUDGET_BYTES));
    expect(chunks.map((chunk) => chunk.done)).toEqual(
      chunks.map((_, i) => chunks.slice(0, i + 1).reduce((sum, c) => sum + c.rows.length, 0))
    );
    expect(chunks[chunks.length - 1]).toMatchObject({ done: rows, total: rows });
    const ids = chunks.flatMap((chunk) => chunk.rows.map((row) => row[1]));
    expect(ids).toEqual(Array.from({ length: rows }, (_, i) => customerId(i, 40)));
  });

  it("hands rows over as wide as the source, only the requested columns filled", async () => {
    const excel = ordersWorkbook(ordersTable(3));
    const source = await ordersSource(excel);
    const chunks: ColumnChunk[] = [];
    await readFullColumns(excel.host(), source, [3, 1], (chunk) => void chunks.push(chunk));
    const row = (customer: string) => [undefined, customer, undefined, 30, undefined];
    expect(chunks).toEqual([
      { rows: [row("C00000000000"), row("C00000000001"), row("C00000000002")], done: 3, total: 3 },
    ]);
  });

  it("halves its requests when cells beyond the sample are far longer than the sample's", async () => {
    // The first 200 IDs are 12 characters; the rest are 120, which the sample could not foresee.
    const table = ordersTable(100_000, 12);
    for (let row = 201; row < table.length; row++) table[row][1] = customerId(row, 120);
    const excel = ordersWorkbook(table);
    const source = await ordersSource(excel);
    const chunks: ColumnChunk[] = [];
    const result = await readFullColumns(
      excel.host(),
      source,
      [1],
      (chunk) => void chunks.push(chunk)
    );

    expect(result.ok).toBe(true);
    expect(chunks[chunks.length - 1].done).toBe(100_000);
    expect(chunks.flatMap((chunk) => chunk.rows.map((row) => row[1]))).toEqual(
      table.slice(1).map((row) => row[1])
    );
    // The refused request is the one the fake failed at 5 MB; every answered one stayed under it.
    const answered = excel.responseBytes.filter((bytes) => bytes <= PAYLOAD_LIMIT);
    expect(excel.responseBytes.length).toBeGreaterThan(answered.length);
  });

  it("reads nothing, in no round trip, from a source without data rows beyond the header", async () => {
    const excel = ordersWorkbook(ordersTable(2));
    const source = { ...(await ordersSource(excel)), rowCount: 0 };
    const syncsBefore = excel.syncs;
    const chunks: ColumnChunk[] = [];
    const result = await readFullColumns(
      excel.host(),
      source,
      [1],
      (chunk) => void chunks.push(chunk)
    );
    expect(result).toEqual({ ok: true, value: { rowsRead: 0 }, warnings: [] });
    expect(excel.syncs).toBe(syncsBefore);
  });

  it("never writes to the source", async () => {
    const excel = ordersWorkbook(ordersTable(500));
    const source = await ordersSource(excel);
    await readFullColumns(excel.host(), source, [1, 2], () => undefined);
    expect(excel.operations).toEqual([]);
  });
});

describe("the request size estimate", () => {
  it("allows at least 32 bytes a cell, for numbers and short texts", () => {
    expect(estimateCellBytes([[1], [22]], 0)).toBe(32);
  });

  it("counts twice the longest sampled cell, each non-ASCII character as a 6-byte escape", () => {
    // "客户甲" is 3 characters: JSON "\"客户甲\"" is 2 + 3 × 6 = 20 bytes; 2 × 20 + 8 = 48.
    expect(estimateCellBytes([["A"], ["客户甲"]], 0)).toBe(48);
  });

  it("fits as many rows in a request as the budget allows", () => {
    // Two columns of at least 32 bytes: 4 MiB / 64 bytes a row.
    expect(rowsPerRequest([[1, 2]], [0, 1])).toBe(Math.floor((4 * 1024 * 1024) / 64));
  });
});

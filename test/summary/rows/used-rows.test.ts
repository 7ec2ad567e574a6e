import { MappedSource } from "../../../src/summary/model/source";
import { mayNeedUsedRows, UsedRows, usedRowsSource } from "../../../src/summary/rows/used-rows";
import { table } from "../support/tables";

// An order log as a shop's back office exports it, line items on rows of their own. Column H
// (Notes) is not mapped and stays out of the used rows.
const HEADERS = ["Name", "Email", "Financial Status", "Total", "Refunded", "Code", "Item", "Notes"];
const ROWS = [
  ["#1", "amy@example.com", "paid", 50, 0, "MAYA15", "Beans 1kg", "gift"],
  ["#1", "", "", "", "", "", "Grinder", ""], // a further line item of #1
  ["#2", "ben@example.com", "voided", 30, 0, "", "Beans 1kg", ""],
  ["#3", "cat@example.com", "partially_refunded", 40, 15, "MAYA15", "Kettle", ""],
  ["", "", "", "", "", "", "", ""], // blank
  ["#4", "amy@example.com", "refunded", 20, 20, "", "Beans 250g", ""],
  ["#5", "dev@example.com", "paid", 10, "", "", "Filters", ""],
];
const ORDERS: MappedSource = {
  table: table("orders", HEADERS, ROWS, {
    address: "A3:H10",
    account: { headerRow: 3, seen: 3, used: 0, leftOut: { aboveHeader: 1, blank: 1, totals: 1 } },
  }),
  mapping: {
    orderId: 0,
    customer: 1,
    status: 2,
    revenue: 3,
    refunded: 4,
    code: 5,
    lineItem: 6,
  },
};

function sortAll(source: MappedSource, rows: unknown[][], chunk = 3) {
  const used = new UsedRows(source);
  for (let from = 0; from < rows.length; from += chunk) used.add(rows.slice(from, from + chunk));
  return used.result();
}

describe("the used rows of an order log", () => {
  it("keeps one row per order that counts, revenue net of refunds, mapped columns only", () => {
    const { sorted, problems } = sortAll(ORDERS, ROWS);
    expect(problems).toEqual([]);
    // #1 (its first row), #3 at 40 − 15 = 25, #5; #2 voided and #4 refunded are left out.
    expect(sorted.rows).toEqual([
      ["#1", "amy@example.com", "paid", 50, 0, "MAYA15", "Beans 1kg"],
      ["#3", "cat@example.com", "partially_refunded", 25, 15, "MAYA15", "Kettle"],
      ["#5", "dev@example.com", "paid", 10, "", "", "Filters"],
    ]);
    expect(sorted.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sorted.changed).toBe(true);
    // 1 title row, 1 blank row above the header, 7 data rows and the totals row under them: 10
    // rows besides the header, 3 used.
    expect(sorted.account).toEqual({
      headerRow: 3,
      seen: 10,
      used: 3,
      leftOut: { aboveHeader: 1, blank: 2, lineItems: 1, voided: 1, refunded: 1, totals: 1 },
    });
  });

  it("gives the same rows whatever the chunks", () => {
    expect(sortAll(ORDERS, ROWS, 1).sorted).toEqual(sortAll(ORDERS, ROWS, 100).sorted);
  });

  it("says when nothing changed, so the source can be read where it is", () => {
    const clean = [ROWS[0], ROWS[6]];
    const { sorted } = sortAll(ORDERS, clean);
    expect(sorted.changed).toBe(false);
    expect(sorted.rows).toHaveLength(2);
  });

  it("counts a partial refund as a change: the source's Total is not what the customer paid", () => {
    const { sorted } = sortAll(ORDERS, [ROWS[0], ROWS[3]]);
    expect(sorted.changed).toBe(true);
    // #3: 40 − 15.
    expect(sorted.rows.map((row) => row[3])).toEqual([50, 25]);
  });

  it("names a bad cell where it is in the source, not in the used rows", () => {
    const rows = [...ROWS.slice(0, 5), ["#4", "amy@example.com", "paid", "twenty", 0, "", "x", ""]];
    const { problems } = sortAll(ORDERS, rows);
    // Data row 6 of a block whose header is on row 3: sheet row 9, column D.
    expect(problems).toEqual([
      {
        severity: "error",
        code: "notNumber",
        source: "orders",
        params: { cell: "Orders!D9", value: "twenty", measure: "revenue" },
      },
    ]);
  });

  it("becomes a source on its own sheet, with the mapping moved to its columns", () => {
    const { sorted } = sortAll(ORDERS, ROWS);
    const copy = usedRowsSource(ORDERS, sorted, "Orders (rows used)", 200);
    expect(copy.table).toMatchObject({
      kind: "orders",
      sheet: "Orders (rows used)",
      address: "A1:G4",
      headers: HEADERS.slice(0, 7),
      rowCount: 3,
      rowsSorted: true,
      usedRowsOf: "Orders!A3:H10",
    });
    expect(copy.mapping).toEqual(ORDERS.mapping);
  });
});

describe("merged cells", () => {
  // A creator's name and code merged down over her posts: only the top cell holds them.
  const POSTS: MappedSource = {
    table: table(
      "posts",
      ["Creator", "Likes", "Views", "Code"],
      [
        ["Mei", 10, 1000, "MEI"],
        ["", 20, 2000, ""],
        ["", 30, 3000, ""],
        ["Jie", 5, 500, "JIE"],
        ["", 6, 600, ""],
      ],
      {
        mergedDown: [
          { column: 0, fromRow: 0, toRow: 2 },
          { column: 3, fromRow: 0, toRow: 2 },
          { column: 0, fromRow: 3, toRow: 4 },
          { column: 3, fromRow: 3, toRow: 4 },
        ],
      }
    ),
    mapping: { creator: 0, likes: 1, impressions: 2, code: 3 },
  };

  it("give every row they cover the value of their top cell", () => {
    expect(mayNeedUsedRows(POSTS)).toBe(true);
    const { sorted } = sortAll(POSTS, POSTS.table.sample, 2);
    expect(sorted.rows).toEqual([
      ["Mei", 10, 1000, "MEI"],
      ["Mei", 20, 2000, "MEI"],
      ["Mei", 30, 3000, "MEI"],
      ["Jie", 5, 500, "JIE"],
      ["Jie", 6, 600, "JIE"],
    ]);
    expect(sorted.changed).toBe(true);
  });

  it("of columns that are not mapped leave the source where it is", () => {
    const unmapped = { ...POSTS, mapping: { likes: 1, impressions: 2 } };
    expect(mayNeedUsedRows(unmapped)).toBe(false);
  });
});

describe("which sources may need their rows sorted", () => {
  it("order logs with an order ID, a status, a cancellation, a refund or line items", () => {
    expect(mayNeedUsedRows(ORDERS)).toBe(true);
    expect(mayNeedUsedRows({ ...ORDERS, mapping: { customer: 1, revenue: 3 } })).toBe(false);
    expect(mayNeedUsedRows({ ...ORDERS, mapping: { orderId: 0, revenue: 3 } })).toBe(true);
    const sorted = { ...ORDERS, table: { ...ORDERS.table, rowsSorted: true } };
    expect(mayNeedUsedRows(sorted)).toBe(false);
  });
});

import { codeFlags } from "../../src/functions/code-flags";
import { column, excelError, withDisplayLanguage } from "../support/excel";

// The Excel serial of a day written as ISO text: days since 30 December 1899.
function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

// The posts: Mia posts three times under MIA10, in any case and spacing. Her impressions add up to
// 2,000 + 3,000 + 5,000 = 10,000, and her first post is the earliest, 1 March, though listed second.
// Leo posts once under LEO5 with 300 impressions; Zoe once under ZOE, known by her name.
const posts = {
  codes: column("MIA10", " mia10", "Mia10", null, "LEO5", "ZOE"),
  contacts: column(
    "Mia.Chen@Example.com",
    "+86 138 0013 8000",
    null,
    null,
    "leo@example.com",
    "Zoe  Lin"
  ),
  dates: column(
    serial("2024-03-05"),
    serial("2024-03-01"),
    "2024-03-10",
    null,
    serial("2024-03-02"),
    serial("2024-03-03")
  ),
  impressions: column(2000, 3000, "5,000", null, 300, 1000),
};

// The order log, one row per order, with each row's flags under the defaults: concentration at
// 3 orders and 20 % of the code, reach above 0.01 orders per impression.
const log: [unknown, unknown, unknown, string][] = [
  // MIA10 has 10 orders (rows 1-10); 10 ≤ 0.01 × 10,000 = 100, so none is reach.
  // 1: Mia's own e-mail, in other case and with spaces around it.
  ["MIA10", " MIA.CHEN@example.com ", serial("2024-03-06"), "self"],
  // 2: 29 February, the day before Mia's earliest post.
  ["mia10", "c5", serial("2024-02-29"), "before-post"],
  // 3: 3 March: after the earliest post (1 March), though before the one listed first (5 March).
  ["MIA10", "c6", serial("2024-03-03"), ""],
  // 4: 6 a.m. on the day of the first post, which has no time: not before it.
  ["MIA10", "c7", serial("2024-03-01") + 0.25, ""],
  // 5-7: c1 in three spellings, 3 of the 10 orders: 3 ≥ 3 and 3 ≥ 0.2 × 10 = 2.
  ["MIA10", "C1", serial("2024-03-07"), "concentration"],
  ["mia10", "c1", serial("2024-03-08"), "concentration"],
  ["MIA10", " c1 ", serial("2024-03-09"), "concentration"],
  // 8-9: c2's 2 orders are 20 %, but 2 < 3: clean.
  ["MIA10", "c2", serial("2024-03-10"), ""],
  ["MIA10", "c2", serial("2024-03-11"), ""],
  // 10: Mia's phone, written with other separators: the digits 8613800138000 are hers.
  ["MIA10", "+86-138-0013-8000", serial("2024-03-12"), "self"],
  // 11: a blank row.
  [null, null, null, ""],
  // 12-15: LEO5 has 4 orders, more than 0.01 × 300 = 3: every one is reach, Leo's own too.
  ["LEO5", "LEO@Example.com", serial("2024-03-04"), "self, reach"],
  ["LEO5", "f1", serial("2024-03-04"), "reach"],
  ["leo5", "f2", serial("2024-03-05"), "reach"],
  ["LEO5", "f3", null, "reach"],
  // 16: Zoe by her name, in other case and spacing; her 1 order ≤ 0.01 × 1,000 = 10.
  ["ZOE", "zoe lin", serial("2024-03-04"), "self"],
  // 17: a code no post has.
  ["FREE20", "c9", serial("2024-03-04"), "unknown-code"],
  // 18: an order on no code; 19: a row of empty texts.
  [null, "c10", serial("2024-03-05"), ""],
  ["", "", "", ""],
];
const orders = {
  codes: log.map(([code]) => [code]),
  customers: log.map(([, customer]) => [customer]),
  dates: log.map(([, , date]) => [date]),
};
const expected = log.map(([, , , flags]) => [flags]);

// WOM.CODEFLAGS over the log and posts above, with the thresholds given.
function flagsWith(minOrders?: unknown, minShare?: unknown, maxPerImpression?: unknown) {
  return codeFlags(
    orders.codes,
    orders.customers,
    orders.dates,
    posts.codes,
    posts.contacts,
    posts.dates,
    posts.impressions,
    minOrders,
    minShare,
    maxPerImpression
  );
}

// The flags of the given rows (1-based, as in the log's comments).
function rows(result: unknown, ...numbers: number[]): unknown[] {
  return numbers.map((n) => (result as unknown[][])[n - 1][0]);
}

describe("WOM.CODEFLAGS", () => {
  it("spills each order's flags beside it, joined in their order, and a blank for a clean order", () => {
    expect(flagsWith()).toEqual(expected);
  });

  it("takes left-out thresholds, blank cells and blank ranges as the defaults", () => {
    expect(flagsWith(null, [[""]], undefined)).toEqual(expected);
    expect(flagsWith(3, 0.2, 0.01)).toEqual(expected);
  });

  it("counts a customer's 2 orders as concentration from min_orders 2", () => {
    // c2: 2 ≥ 2 and 2 ≥ 0.2 × 10 = 2. Leo's and Zoe's customers have 1 order each.
    const result = flagsWith(2);
    expect(rows(result, 8, 9)).toEqual(["concentration", "concentration"]);
    expect(rows(result, 5, 12, 16)).toEqual(["concentration", "self, reach", "self"]);
  });

  it("needs the share too: c1's 3 of 10 are concentration at 30 %, not at 50 %", () => {
    // 3 ≥ 0.3 × 10 = 3 holds (at least the share); 3 ≥ 0.5 × 10 = 5 does not.
    expect(rows(flagsWith(null, "30%"), 5, 6, 7)).toEqual(Array(3).fill("concentration"));
    expect(rows(flagsWith(null, 0.5), 5, 6, 7)).toEqual(["", "", ""]);
  });

  it("finds LEO5 within reach at 0.02 orders per impression", () => {
    // 4 ≤ 0.02 × 300 = 6: no reach; Leo's own order is still self.
    const result = flagsWith(null, null, 0.02);
    expect(rows(result, 12, 13, 14, 15)).toEqual(["self", "", "", ""]);
    expect(flagsWith(null, null, "2%")).toEqual(result);
  });

  it("flags no reach without impressions and no before-post without post dates", () => {
    const result = codeFlags(
      orders.codes,
      orders.customers,
      orders.dates,
      posts.codes,
      posts.contacts
    );
    expect(rows(result, 2, 12, 13)).toEqual(["", "self", ""]);
  });

  it("knows no creator's contact without post_contacts, and every order is unknown-code without posts", () => {
    const anonymous = codeFlags(orders.codes, orders.customers, orders.dates, posts.codes);
    expect(rows(anonymous, 1, 10, 16)).toEqual(["", "", ""]);
    const none = codeFlags(orders.codes, orders.customers, orders.dates, column(null));
    expect(rows(none, 1, 12, 17, 18)).toEqual(["unknown-code", "unknown-code", "unknown-code", ""]);
  });

  it("spills in the shape of order_codes, several columns too", () => {
    // Two orders on one row: Mia's own on MIA10 and one on a code of no creator.
    const result = codeFlags(
      [["MIA10", "FREE20"]],
      [["mia.chen@example.com", "c9"]],
      [[serial("2024-03-06"), null]],
      posts.codes,
      posts.contacts
    );
    expect(result).toEqual([["self", "unknown-code"]]);
  });

  it("names a range not in the shape of its partner", () => {
    const [one, two, day, days] = [column("a"), column("a", "b"), column(45000), column(1, 2)];
    const message = (result: unknown) => excelError(result)?.message;
    expect(message(codeFlags(two, one, days, one))).toBe(
      "order_customers must be one value or the same shape as order_codes"
    );
    expect(message(codeFlags(two, two, day, one))).toBe(
      "order_dates must be one value or the same shape as order_codes"
    );
    expect(message(codeFlags(one, one, day, one, two))).toBe(
      "post_contacts must be one value or the same shape as post_codes"
    );
    expect(message(codeFlags(one, one, day, one, undefined, days))).toBe(
      "post_dates must be one value or the same shape as post_codes"
    );
    expect(message(codeFlags(one, one, day, one, undefined, undefined, days))).toBe(
      "post_impressions must be one value or the same shape as post_codes"
    );
  });

  it("names a date that is not one, in the orders and in the posts", () => {
    const result = codeFlags(
      column("a", "b"),
      column("c1", "c2"),
      column(45000, "soon"),
      column("a")
    );
    expect(excelError(result)).toEqual({
      code: "#VALUE!",
      message: '"soon" in row 2 of order_dates is not a date',
    });
    const [one, day] = [column("a"), column(45000)];
    expect(excelError(codeFlags(one, one, column(3e6), one))?.message).toBe(
      "3000000 in row 1 of order_dates is not a date"
    );
    expect(excelError(codeFlags(one, one, day, one, undefined, column("next week")))?.message).toBe(
      '"next week" in row 1 of post_dates is not a date'
    );
  });

  it("names impressions that are not a number or are negative", () => {
    const [one, day] = [column("a"), column(45000)];
    expect(
      excelError(codeFlags(one, one, day, one, undefined, undefined, column("many")))?.message
    ).toBe('"many" in row 1 of post_impressions is not a number');
    expect(
      excelError(codeFlags(one, one, day, one, undefined, undefined, column(-5)))?.message
    ).toBe("-5 in row 1 of post_impressions is negative");
  });

  it("names a code, a customer or a contact that is neither text nor a number", () => {
    const [one, day, truth] = [column("a"), column(45000), column(true)];
    expect(excelError(codeFlags(truth, one, day, one))?.message).toBe(
      "row 1 of order_codes is neither text nor a number"
    );
    expect(excelError(codeFlags(one, truth, day, one))?.message).toBe(
      "TRUE in row 1 of order_customers is not a customer ID"
    );
    expect(excelError(codeFlags(one, one, day, truth))?.message).toBe(
      "row 1 of post_codes is neither text nor a number"
    );
    expect(excelError(codeFlags(one, one, day, one, truth))?.message).toBe(
      "row 1 of post_contacts is neither text nor a number"
    );
  });

  it("names a threshold outside its domain", () => {
    const message = (...thresholds: unknown[]) => excelError(flagsWith(...thresholds));
    expect(message(2.5)).toEqual({
      code: "#VALUE!",
      message: "min_orders 2.5 is not a whole number of 1 or more",
    });
    expect(message(0)?.message).toBe("min_orders 0 is not a whole number of 1 or more");
    expect(message("three")?.message).toBe('min_orders "three" is not a number');
    expect(message([[3, 4]])?.message).toBe("min_orders must be one cell");
    expect(message(null, 1.5)).toEqual({
      code: "#VALUE!",
      message: "min_share 1.5 is outside 0-1",
    });
    expect(message(null, -0.1)?.message).toBe("min_share -0.1 is outside 0-1");
    expect(message(null, null, 0)).toEqual({
      code: "#VALUE!",
      message: "max_orders_per_impression 0 is not above 0",
    });
    expect(message(null, null, -0.01)?.message).toBe(
      "max_orders_per_impression -0.01 is not above 0"
    );
  });

  it("needs at least one order", () => {
    const blank = column(null, "", null);
    expect(excelError(codeFlags(blank, blank, blank, posts.codes))?.code).toBe("#DIV/0!");
    expect(excelError(codeFlags([], [], [], posts.codes))?.code).toBe("#DIV/0!");
  });

  it("speaks the user's language, naming the arguments as the localized tooltip does", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(excelError(flagsWith(2.5))?.message).toBe("最少订单数 的值 2.5 不是 1 或以上的整数");
      expect(excelError(flagsWith(null, null, 0))?.message).toBe(
        "单次曝光订单上限 的值 0 不大于 0"
      );
    });
    withDisplayLanguage("zh-TW", () => {
      const one = column("a");
      expect(excelError(codeFlags(one, one, column("soon"), one))?.message).toBe(
        '訂單日期 第 1 列的 "soon" 不是日期'
      );
      expect(excelError(flagsWith(null, 2))?.message).toBe("最低佔比 2 超出範圍 0-1");
    });
  });
});

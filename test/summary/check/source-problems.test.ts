import { sourceProblemMessage } from "../../../src/i18n";
import { mappingFromChoices, sourceProblems } from "../../../src/summary/check/source-problems";
import { SourceProblem } from "../../../src/summary/model/problems";
import { MappedSource } from "../../../src/summary/model/source";
import { mapped, table } from "../support/tables";

// The cell a problem names, whatever its code.
const cellOf = (problem: SourceProblem) => ("cell" in problem.params ? problem.params.cell : "");

const errors = (sources: MappedSource[]) =>
  sourceProblems(sources).filter((problem) => problem.severity === "error");

const POSTS_HEADERS = ["Creator", "Impressions", "Reposts", "Comments", "Likes", "Cost", "Code"];
const goodPosts = () =>
  mapped(
    table("posts", POSTS_HEADERS, [
      ["Mei", 12000, 80, 190, 640, 25, "EB-MEI"],
      ["Leo", 6000, 35, 90, 300, 25, "EB-LEO"],
    ])
  );

describe("sourceProblems", () => {
  it("finds nothing wrong with a complete posts block", () => {
    expect(sourceProblems([goodPosts()])).toEqual([]);
  });

  it("reports an empty selection", () => {
    const empty = { table: table("posts", []), mapping: {} };
    expect(errors([empty]).map((p) => p.code)).toEqual(["emptySelection"]);
  });

  it("reports a block with a header but no data rows", () => {
    expect(errors([mapped(table("posts", POSTS_HEADERS))]).map((p) => p.code)).toEqual(["noData"]);
  });

  it("reports a single row of numbers as a block without a header", () => {
    const single = { table: table("posts", ["12000", "80", "190"]), mapping: {} };
    expect(errors([single])).toEqual([
      { severity: "error", code: "noHeader", source: "posts", params: { cell: "Posts!A1" } },
    ]);
  });

  it("reports a block where no column is recognised", () => {
    const unknown = mapped(table("posts", ["Foo", "Bar"], [[1, 2]]));
    expect(errors([unknown]).map((p) => p.code)).toEqual(["noRecognisedColumn"]);
  });

  it("reports a column chosen for two measures", () => {
    const posts = goodPosts();
    posts.mapping.reposts = posts.mapping.impressions;
    expect(errors([posts])).toEqual([
      {
        severity: "error",
        code: "columnMappedTwice",
        source: "posts",
        params: { header: "Impressions", measure: "impressions", otherMeasure: "reposts" },
      },
    ]);
  });

  it("names the first bad cell of a numeric column as an address on its sheet", () => {
    // The block starts at B3 of "My posts": data row 3 of column Impressions (C) is C6. "n/a" on
    // row 2 is no answer, a blank; "lots" is no number in any way an export prints one.
    const block = table(
      "posts",
      ["Creator", "Impressions"],
      [
        ["Mei", 12000],
        ["Leo", "n/a"],
        ["Jie", "lots"],
      ],
      { sheet: "My posts", address: "B3:C6" }
    );
    const posts = { table: block, mapping: { creator: 0, impressions: 1 } };
    expect(errors([posts])).toEqual([
      {
        severity: "error",
        code: "notNumber",
        source: "posts",
        params: { cell: "'My posts'!C6", value: "lots", measure: "impressions" },
      },
    ]);
  });

  it("reports numbers and dates stored as text only where the rows are not read before the summary", () => {
    // The pane reads such text when it sorts the rows (rows/text-values.ts); a numeric date whose
    // order no date of the sample shows cannot be read, and stays a problem.
    const rows = [["C1", "2024-03-01", "30"]];
    const orders = mapped(table("orders", ["Customer", "Order date", "Revenue"], rows));
    expect(errors([orders])).toEqual([]);
    const ambiguous = mapped(
      table("orders", ["Customer", "Order date", "Revenue"], [["C1", "05/03/2024", "30"]])
    );
    expect(errors([ambiguous]).map((p) => [p.code, cellOf(p)])).toEqual([
      ["dateAsText", "Orders!B2"],
    ]);
  });

  it("reports negative counts, scores outside 0-10 and text a COUNTIFS would misread", () => {
    const posts = mapped(table("posts", ["Creator", "Likes"], [[" Mei", -3]]));
    const mentions = mapped(table("mentions", ["Score"], [[9], [7.5]]));
    const creators = mapped(table("posts", ["Creator"], [["Mia*"]]));
    expect(errors([posts]).map((p) => [p.code, cellOf(p)])).toEqual([
      ["paddedText", "Posts!A2"],
      ["negativeNumber", "Posts!B2"],
    ]);
    expect(errors([mentions]).map((p) => [p.code, cellOf(p)])).toEqual([
      ["notScore", "Mentions!A3"],
    ]);
    expect(errors([creators]).map((p) => p.code)).toEqual(["criteriaText"]);
    // Channels are the rate card's SUMIFS criteria.
    const channels = mapped(table("posts", ["Channel"], [["Weibo*"], [" 抖音"]]));
    expect(errors([channels]).map((p) => [p.code, cellOf(p)])).toEqual([
      ["criteriaText", "Posts!A2"],
    ]);
  });

  it("reports a blank or merged header cell over a column with data", () => {
    const posts = mapped(table("posts", ["Creator", "", "Likes"], [["Mei", 5, 640]]));
    expect(errors([posts])).toEqual([
      { severity: "error", code: "blankHeader", source: "posts", params: { cell: "Posts!B1" } },
    ]);
  });

  it("reports the same kind of source picked twice", () => {
    expect(errors([goodPosts(), goodPosts()]).map((p) => p.code)).toEqual(["sourceKindTwice"]);
  });

  it("warns about columns a figure needs, without stopping the summary", () => {
    const orders = mapped(table("orders", ["Customer", "Revenue"], [["C1", 30]]));
    const problems = sourceProblems([orders]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(problems.map((p) => ("measures" in p.params ? p.params.measures : []))).toEqual([
      ["code", "utm"],
      ["orderDate"],
      ["exposureDate"],
    ]);
  });
});

describe("mappingFromChoices", () => {
  it("turns the pane's per-column choices into a mapping", () => {
    const posts = table("posts", ["A", "B", "C"]);
    expect(mappingFromChoices(posts, ["creator", undefined, "cost"])).toEqual({
      mapping: { creator: 0, cost: 2 },
      problems: [],
    });
  });

  it("reports one measure chosen for two columns, keeping the first", () => {
    const posts = table("posts", ["Views", "Reach"]);
    expect(mappingFromChoices(posts, ["impressions", "impressions"])).toEqual({
      mapping: { impressions: 0 },
      problems: [
        {
          severity: "error",
          code: "measureMappedTwice",
          source: "posts",
          params: { measure: "impressions", header: "Views", otherHeader: "Reach" },
        },
      ],
    });
  });
});

describe("sourceProblemMessage", () => {
  const badCell: SourceProblem = {
    severity: "error",
    code: "notNumber",
    source: "posts",
    params: { cell: "Posts!C7", value: "n/a", measure: "impressions" },
  };

  it("names the bad cell in English, 简体中文 and 繁體中文", () => {
    expect(sourceProblemMessage(badCell, "en")).toBe(
      'Posts: Posts!C7 holds "n/a", which is not a number (impressions).'
    );
    expect(sourceProblemMessage(badCell, "zh-CN")).toBe(
      '帖子：Posts!C7 的 "n/a" 不是数字（曝光量）。'
    );
    expect(sourceProblemMessage(badCell, "zh-TW")).toBe(
      '貼文：Posts!C7 的 "n/a" 不是數字（曝光量）。'
    );
  });

  it("names the missing columns and the figures left out", () => {
    const missing: SourceProblem = {
      severity: "warning",
      code: "missingColumn",
      source: "orders",
      params: { measures: ["code", "utm"], figures: ["ordersByCode", "ordersByUtm"] },
    };
    expect(sourceProblemMessage(missing, "en")).toBe(
      "Orders: no discount code or UTM source column, so the summary leaves out orders with a discount code, orders via UTM links."
    );
    expect(sourceProblemMessage(missing, "zh-CN")).toBe(
      "订单：没有优惠码或UTM 来源列，汇总将不含使用优惠码的订单、经 UTM 链接的订单。"
    );
  });

  it("has a message for every problem in every language", () => {
    const problems = [
      ...sourceProblems([{ table: table("posts", []), mapping: {} }]),
      ...sourceProblems([mapped(table("orders", ["Customer"], [[true]]))]),
    ];
    for (const problem of problems)
      for (const locale of ["en", "zh-CN", "zh-TW"] as const)
        expect(sourceProblemMessage(problem, locale)).not.toMatch(/undefined/);
  });
});

describe("orders whose rows a selection cannot sort out", () => {
  // A Shopify-like selection: one row per line item, a financial status and a refunded amount.
  const shopify = () =>
    mapped(
      table(
        "orders",
        ["Name", "Email", "Financial Status", "Total", "Refunded Amount", "Lineitem name"],
        [
          ["#1001", "amy@example.com", "paid", 40.7, 0, "Beans"],
          ["#1001", "", "", null, null, "Filter"],
          ["#1002", "ben@example.com", "refunded", 23, 23, "Beans"],
        ]
      )
    );

  it("says that line items and refunded orders are sorted out before the summary counts them", () => {
    const warning = sourceProblems([shopify()]).find((p) => p.code === "ordersNeedSorting");
    expect(warning?.severity).toBe("warning");
    expect(warning?.params).toEqual({ measures: ["lineItem", "status", "refunded"] });
    expect(sourceProblemMessage(warning as SourceProblem, "en")).toContain(
      "writes the rows used to a sheet of their own"
    );
  });

  it("says nothing when every row was sorted out before the table was made, as the report does", () => {
    const sorted = shopify();
    sorted.table.rowsSorted = true;
    expect(sourceProblems([sorted]).map((p) => p.code)).not.toContain("ordersNeedSorting");
  });
});

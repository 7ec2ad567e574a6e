import { recognizeColumns } from "../../../src/summary/recognise/columns";
import { table } from "../support/tables";

describe("recognizeColumns", () => {
  it("recognises the English headers of a posts export", () => {
    const posts = table("posts", [
      "Creator",
      "Platform",
      "Impressions",
      "Shares",
      "Comments",
      "Likes",
      "Spend",
      "Discount code",
    ]);
    expect(recognizeColumns(posts)).toEqual({
      creator: 0,
      channel: 1,
      impressions: 2,
      reposts: 3,
      comments: 4,
      likes: 5,
      cost: 6,
      code: 7,
    });
  });

  it("recognises 简体 headers", () => {
    const posts = table("posts", [
      "达人",
      "渠道",
      "曝光量",
      "转发",
      "评论",
      "点赞",
      "费用",
      "优惠码",
    ]);
    expect(recognizeColumns(posts)).toEqual({
      creator: 0,
      channel: 1,
      impressions: 2,
      reposts: 3,
      comments: 4,
      likes: 5,
      cost: 6,
      code: 7,
    });
    const orders = table("orders", ["会员", "下单日期", "销售额", "来源", "首次曝光日期"]);
    expect(recognizeColumns(orders)).toEqual({
      customer: 0,
      orderDate: 1,
      revenue: 2,
      utm: 3,
      exposureDate: 4,
    });
  });

  it("recognises 繁體 headers", () => {
    const posts = table("posts", ["達人", "閱讀", "轉發", "評論", "點讚", "費用", "折扣碼"]);
    expect(recognizeColumns(posts)).toEqual({
      creator: 0,
      impressions: 1,
      reposts: 2,
      comments: 3,
      likes: 4,
      cost: 5,
      code: 6,
    });
    const orders = table("orders", ["客戶", "訂單日期", "銷售額", "來源"]);
    expect(recognizeColumns(orders)).toEqual({ customer: 0, orderDate: 1, revenue: 2, utm: 3 });
    const mentions = table("mentions", ["正面", "中性", "負面"]);
    expect(recognizeColumns(mentions)).toEqual({ positive: 0, neutral: 1, negative: 2 });
  });

  it("ignores case, spaces, punctuation, camelCase and full-width letters", () => {
    const orders = table("orders", ["  CUSTOMER_ID ", "orderDate", "utm_source", "Ｒｅｖｅｎｕｅ"]);
    expect(recognizeColumns(orders)).toEqual({ customer: 0, orderDate: 1, utm: 2, revenue: 3 });
  });

  it("finds a measure inside a longer header, preferring the longest synonym", () => {
    // "首次曝光日期" holds 曝光 (impressions) and 日期 (date), but 首次曝光 names the exposure date.
    const orders = table("orders", ["Total revenue (USD)", "首次曝光日期", "日期"]);
    expect(recognizeColumns(orders)).toEqual({ revenue: 0, exposureDate: 1, orderDate: 2 });
    const mentions = table("mentions", ["评分（0-10）"]);
    expect(recognizeColumns(mentions)).toEqual({ score: 0 });
  });

  it("matches English synonyms as whole words only", () => {
    // "Reviews" contains "views" but is not impressions.
    expect(recognizeColumns(table("posts", ["Reviews", "Likelihood"]))).toEqual({});
  });

  it("offers each kind only its own measures", () => {
    // A posts table's "Sentiment" and an orders table's "Likes" mean nothing for those kinds.
    expect(recognizeColumns(table("posts", ["Sentiment"]))).toEqual({});
    expect(recognizeColumns(table("orders", ["Likes"]))).toEqual({});
  });

  it("uses each column once and each measure once", () => {
    // Two columns say "Impressions": the first keeps the measure.
    expect(recognizeColumns(table("posts", ["Impressions", "Impressions"]))).toEqual({
      impressions: 0,
    });
  });

  it("recognises nothing in unknown headers", () => {
    const unknown = table("posts", ["Foo", "Bar", '=HYPERLINK("x")', "", "42"]);
    expect(recognizeColumns(unknown)).toEqual({});
  });

  it("uses the sample: a column of comment text is not a count of comments", () => {
    const posts = table(
      "posts",
      ["Comments", "Comment count"],
      [
        ["Love it!", 12],
        ["Too bitter", 3],
      ]
    );
    expect(recognizeColumns(posts)).toEqual({ comments: 1 });
  });

  it("uses the sample: a date column must hold dates", () => {
    // 45352 is 2024-03-01; "Mon" and "Tue" are not dates, so "Date" is not the order date there.
    const dated = table("orders", ["Date"], [[45352], ["2024-03-02"]]);
    expect(recognizeColumns(dated)).toEqual({ orderDate: 0 });
    const weekdays = table(
      "orders",
      ["Date", "Order date"],
      [
        ["Mon", 45352],
        ["Tue", 45353],
      ]
    );
    expect(recognizeColumns(weekdays)).toEqual({ orderDate: 1 });
  });

  it("uses the sample: a label column holds text, not scores", () => {
    const scores = table(
      "mentions",
      ["Label", "Score"],
      [
        [9, 9],
        [6, 6],
      ]
    );
    expect(recognizeColumns(scores)).toEqual({ score: 1 });
  });
});

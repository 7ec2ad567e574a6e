import { Locale } from "../../../src/i18n";
import { SourceTable } from "../../../src/summary";
import {
  AssumptionInput,
  channelsInPosts,
  initialState,
  parseAssumptions,
  withMeasureColumn,
  withSource,
} from "../../../src/taskpane/state/pane";
import {
  RateCardInput,
  rateCardRows,
  RateName,
  rateProblems,
  rateValue,
  shownOtherRate,
  shownRate,
  untypedRates,
  withTypedRate,
} from "../../../src/taskpane/state/rate-card";
import { messageText } from "../../../src/taskpane/view/messages";

// The starting card as docs/summary-sheet.md's table gives it, written out here rather than read from the code.
const channelRates = (cpm: number, perRepost: number, perComment: number, perLike: number) => ({
  cpm,
  perRepost,
  perComment,
  perLike,
});
const WEIBO = channelRates(5, 0.1, 0.05, 0.01);
const RED = channelRates(10, 0.2, 0.1, 0.02);
const DOUYIN = channelRates(6, 0.1, 0.05, 0.01);
const BILIBILI = channelRates(8, 0.1, 0.05, 0.02);
const INSTAGRAM = channelRates(8, 0.2, 0.1, 0.02);
const TIKTOK = channelRates(6, 0.1, 0.05, 0.01);

const typed = (change: Partial<AssumptionInput> = {}): AssumptionInput => ({
  campaignName: "",
  cpm: "8",
  windowDays: "7",
  emvAsReturn: false,
  staffHours: "",
  hourlyRate: "",
  doubtOrders: "3",
  doubtShare: "20%",
  doubtReach: "0.01",
  rates: untypedRates(),
  ...change,
});

/** The parsed rate card for these channels in the posts, or the message refusing it. */
function parsed(input: AssumptionInput, channels: string[] = []) {
  const result = parseAssumptions(input, rateCardRows(channels));
  return result.ok ? result.value.rateCard : result.problems[0];
}

/** The message refusing these assumptions, in a language. */
function refusal(input: AssumptionInput, locale: Locale): string {
  const result = parseAssumptions(input, rateCardRows([]));
  if (result.ok) throw new Error("the assumptions were accepted");
  return messageText(result.problems[0], locale);
}

const typing = (...edits: [string | undefined, RateName, string][]): RateCardInput =>
  edits.reduce((input, [channel, rate, text]) => withTypedRate(input, channel, rate, text), {
    channels: {},
    other: {},
  });

describe("the rate card's rows", () => {
  it("start with the six channels of the starting card, none marked as in the posts", () => {
    const rows = rateCardRows([]);
    expect(rows.map((row) => [row.label, row.inPosts, row.defaults])).toEqual([
      ["Weibo", false, WEIBO],
      ["小红书", false, RED],
      ["抖音", false, DOUYIN],
      ["B站", false, BILIBILI],
      ["Instagram", false, INSTAGRAM],
      ["TikTok", false, TIKTOK],
    ]);
  });

  it("put the posts' channels first, as the posts write them, and add a channel the card lacks", () => {
    const rows = rateCardRows(["小红书", "Kuaishou", "微博", "WEIBO", "Instagram"]);
    expect(rows.map((row) => [row.label, row.inPosts, row.defaults])).toEqual([
      ["小红书", true, RED],
      ["Kuaishou", true, undefined],
      ["微博", true, WEIBO],
      ["Instagram", true, INSTAGRAM],
      ["抖音", false, DOUYIN],
      ["B站", false, BILIBILI],
      ["TikTok", false, TIKTOK],
    ]);
    // 微博 stays one of Weibo's names, so the summary still matches "Weibo" and "新浪微博" to it.
    expect(rows[2].names).toEqual(["Weibo", "微博", "新浪微博", "Sina Weibo"]);
    expect(rows[1].names).toEqual(["Kuaishou"]);
  });

  it("come from the channel column of the posts' sample, and go when that column is not used", () => {
    const posts: SourceTable = {
      kind: "posts",
      sheet: "Posts",
      address: "A1:C5",
      headers: ["Channel", "Impressions", "Likes"],
      sample: [
        ["抖音", 100, 1],
        [" Bilibili ", 200, 2],
        ["", 300, 3],
        ["抖音", 400, 4],
      ],
      rowCount: 4,
    };
    const state = withSource(initialState("en"), posts, []);
    expect(channelsInPosts(state)).toEqual(["抖音", "Bilibili"]);
    expect(channelsInPosts(withMeasureColumn(state, "posts", "channel", undefined))).toEqual([]);
  });
});

describe("the rate card as typed", () => {
  it("goes to the plan as the starting card, its other channels valued at the CPM field", () => {
    expect(parsed(typed({ cpm: "12" }))).toEqual({
      channels: [
        { names: ["Weibo", "微博", "新浪微博", "Sina Weibo"], rates: WEIBO },
        {
          names: ["小红书", "小紅書", "RED", "Xiaohongshu", "Little Red Book", "XHS"],
          rates: RED,
        },
        { names: ["抖音", "Douyin"], rates: DOUYIN },
        { names: ["B站", "Bilibili", "哔哩哔哩", "嗶哩嗶哩"], rates: BILIBILI },
        { names: ["Instagram", "IG"], rates: INSTAGRAM },
        { names: ["TikTok"], rates: TIKTOK },
      ],
      other: channelRates(12, 0.1, 0.05, 0.01),
    });
  });

  it("takes a changed rate, leaving every other rate as it was", () => {
    const rates = typing(["小红书", "perComment", "0.3"], [undefined, "perLike", "0.015"]);
    const card = parsed(typed({ rates }));
    expect(card).toMatchObject({ other: { cpm: 8, perRepost: 0.1, perComment: 0.05 } });
    if (!card || !("channels" in card)) throw new Error("the card was refused");
    expect(card.channels[1].rates).toEqual({ ...RED, perComment: 0.3 });
    expect(card.other.perLike).toBe(0.015);
    expect(card.channels[0].rates).toEqual(WEIBO);
  });

  it("reads full-width digits, as a Chinese input method types them, and thousands separators", () => {
    expect(rateValue("０.３")).toBe(0.3);
    expect(rateValue(" 1,200 ")).toBe(1200);
    expect(rateValue("0")).toBe(0);
  });

  it("values a channel the card lacks at the other channels' rates until one of its own is typed", () => {
    const rows = rateCardRows(["Kuaishou"]);
    const rates = typing([undefined, "perRepost", "0.4"], ["kuaishou", "cpm", "3"]);
    expect(shownRate(rates, "8", rows[0], "perRepost")).toBe("0.4");
    expect(shownRate(rates, "8", rows[0], "perComment")).toBe("0.05");
    const card = parsed(typed({ rates }), ["Kuaishou"]);
    expect(card).toHaveProperty("channels.0", {
      names: ["Kuaishou"],
      rates: channelRates(3, 0.4, 0.05, 0.01),
    });
  });

  it("shows the CPM field as the other channels' CPM", () => {
    expect(shownOtherRate(untypedRates(), "12.5", "cpm")).toBe("12.5");
    expect(shownOtherRate(untypedRates(), "12.5", "perComment")).toBe("0.05");
  });

  it.each([
    ["-0.1", "a negative rate"],
    ["abc", "text"],
    ["", "a blank"],
    ["1e400", "a number too large for a number"],
  ])("refuses %p (%s), naming the channel and the rate", (text) => {
    const rates = typing(["小红书", "perComment", text]);
    expect(parsed(typed({ rates }), ["小红书"])).toEqual({
      kind: "rate",
      channel: "小红书",
      rate: "perComment",
    });
  });

  it("says which rate is wrong in the pane's language, the first of several in the card's order", () => {
    const rates = typing([undefined, "perLike", "x"], ["weibo", "cpm", "-5"]);
    expect(rateProblems(rates, rateCardRows([]))).toEqual([
      { channel: "Weibo", rate: "cpm" },
      { rate: "perLike" },
    ]);
    expect(refusal(typed({ rates }), "en")).toBe(
      "EMV rate card, Weibo, value per 1,000 impressions (CPM): enter a number of 0 or more."
    );
    const other = typed({ rates: typing([undefined, "perLike", "x"]) });
    expect(refusal(other, "zh-CN")).toBe(
      "EMV 价值表，其他平台，每个点赞：请输入大于或等于 0 的数字。"
    );
    expect(refusal(other, "zh-TW")).toBe(
      "EMV 價值表，其他平台，每個按讚：請輸入大於或等於 0 的數字。"
    );
  });

  it("checks the CPM field before the card", () => {
    const rates = typing(["weibo", "cpm", "-5"]);
    expect(parsed(typed({ cpm: "", rates }))).toEqual({ kind: "text", key: "status.cpmMissing" });
  });
});

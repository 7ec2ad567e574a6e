import { SourceTable } from "../../../src/summary";
import {
  initialState,
  mappedSources,
  parseAssumptions,
  problemsOf,
  withMeasureColumn,
  withoutSource,
  withSource,
  withSourceReread,
} from "../../../src/taskpane/state/pane";
import { rateCardRows } from "../../../src/taskpane/state/rate-card";
import { POST_HEADERS, postsTable } from "../../excel/campaign-data";

const posts: SourceTable = {
  kind: "posts",
  sheet: "Posts",
  address: "A1:H11",
  headers: POST_HEADERS,
  sample: postsTable(10).slice(1),
  rowCount: 10,
};

describe("the pane's state", () => {
  it("opens with no source, a 7-day window, the worked example's CPM of 8 and no staff time", () => {
    expect(initialState("zh-TW")).toEqual({
      locale: "zh-TW",
      sources: {},
      assumptions: {
        campaignName: "",
        cpm: "8",
        windowDays: "7",
        emvAsReturn: false,
        // No staff time until the user gives its hours and hourly rate.
        staffHours: "",
        hourlyRate: "",
        // docs/kpi.md's thresholds for doubting code orders: 3 orders, 20 %, 0.01 per impression.
        doubtOrders: "3",
        doubtShare: "20%",
        doubtReach: "0.01",
        rates: { channels: {}, other: {} },
      },
      activity: { kind: "idle" },
      notices: [],
      preview: { kind: "none" },
      summaries: [],
    });
  });

  it("recognises a read source's columns from their headers", () => {
    const state = withSource(initialState("en"), posts, []);
    expect(state.sources.posts?.choices).toEqual([
      "creator",
      "channel",
      "impressions",
      "reposts",
      "comments",
      "likes",
      "cost",
      "code",
    ]);
    expect(mappedSources(state)).toEqual([
      {
        table: posts,
        mapping: {
          creator: 0,
          channel: 1,
          impressions: 2,
          reposts: 3,
          comments: 4,
          likes: 5,
          cost: 6,
          code: 7,
        },
      },
    ]);
  });

  it("moves a measure to another column, the column's own measure let go, or to no column", () => {
    let state = withSource(initialState("en"), posts, []);
    state = withMeasureColumn(state, "posts", "channel", undefined);
    state = withMeasureColumn(state, "posts", "reposts", 5);
    // Likes was column 5's measure: a column holds one measure, so it is now in no column.
    expect(state.sources.posts?.choices.slice(0, 6)).toEqual([
      "creator",
      undefined,
      "impressions",
      undefined,
      "comments",
      "reposts",
    ]);
    expect(problemsOf(state).filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("keeps the choices when a source read again has the same headers, and recognises them afresh otherwise", () => {
    const chosen = withMeasureColumn(
      withSource(initialState("en"), posts, []),
      "posts",
      "channel",
      undefined
    );
    const grown = { ...posts, address: "A1:H21", rowCount: 20 };
    expect(withSourceReread(chosen, grown).sources.posts).toEqual({
      ...chosen.sources.posts,
      table: grown,
      warnings: [],
      rowChange: 10,
    });
    const renamed = { ...grown, headers: ["Blogger", ...POST_HEADERS.slice(1)] };
    expect(withSourceReread(chosen, renamed).sources.posts?.choices[1]).toBe("channel");
  });

  it("forgets a removed source", () => {
    const state = withoutSource(withSource(initialState("en"), posts, []), "posts");
    expect(state.sources).toEqual({});
  });
});

describe("the assumptions as typed", () => {
  const typed = {
    campaignName: "  Early Bird ",
    cpm: "8",
    windowDays: "14",
    emvAsReturn: true,
    staffHours: "",
    hourlyRate: "",
    doubtOrders: "3",
    doubtShare: "20%",
    doubtReach: "0.01",
    rates: { channels: {}, other: {} },
  };
  const parse = (input: typeof typed) => parseAssumptions(input, rateCardRows([]));

  it("become numbers, the campaign name trimmed, with the rate card", () => {
    const parsed = parse(typed);
    expect(parsed).toMatchObject({
      ok: true,
      value: { campaignName: "Early Bird", cpm: 8, windowDays: 14, emvAsReturn: true },
    });
    expect(parsed.ok && parsed.value.rateCard?.other.cpm).toBe(8);
  });

  it.each([
    [{ cpm: "" }, "status.cpmMissing"],
    [{ cpm: "abc" }, "status.cpmInvalid"],
    [{ cpm: "-1" }, "status.cpmInvalid"],
    [{ windowDays: "7.5" }, "status.windowInvalid"],
    [{ windowDays: "-7" }, "status.windowInvalid"],
    [{ windowDays: "" }, "status.windowInvalid"],
    [{ staffHours: "40" }, "status.staffIncomplete"],
    [{ hourlyRate: "30" }, "status.staffIncomplete"],
    [{ staffHours: "forty", hourlyRate: "30" }, "status.staffInvalid"],
    [{ staffHours: "40", hourlyRate: "-30" }, "status.staffInvalid"],
    [{ doubtOrders: "0" }, "status.doubtOrders"],
    [{ doubtOrders: "2.5" }, "status.doubtOrders"],
    [{ doubtShare: "120%" }, "status.doubtShare"],
    [{ doubtShare: "" }, "status.doubtShare"],
    [{ doubtReach: "0" }, "status.doubtReach"],
  ])("refuse %p with %p", (change, key) => {
    expect(parse({ ...typed, ...change })).toEqual({
      ok: false,
      problems: [{ kind: "text", key }],
    });
  });

  it("add staff time given with its hourly rate, and none when both are blank", () => {
    expect(parse({ ...typed, staffHours: "12.5", hourlyRate: "40" })).toMatchObject({
      ok: true,
      value: { staff: { hours: 12.5, hourlyRate: 40 } },
    });
    const none = parse(typed);
    expect(none.ok && none.value.staff).toBeUndefined();
  });

  it("take the doubt's thresholds, a share typed as 25 % or 0.25 alike", () => {
    const thresholds = { minOrders: 4, minShare: 0.25, maxOrdersPerImpression: 0.02 };
    for (const doubtShare of ["25%", "0.25"])
      expect(parse({ ...typed, doubtOrders: "4", doubtShare, doubtReach: "0.02" })).toMatchObject({
        ok: true,
        value: { codeThresholds: thresholds },
      });
  });

  it("accept a decimal CPM and a zero window", () => {
    expect(parse({ ...typed, cpm: "7.5", windowDays: "0" })).toMatchObject({
      ok: true,
      value: { cpm: 7.5, windowDays: 0 },
    });
  });

  it("read numbers as the command line and the functions do: separators and full-width digits", () => {
    expect(parse({ ...typed, cpm: "1,000", windowDays: "１４" })).toMatchObject({
      ok: true,
      value: { cpm: 1000, windowDays: 14 },
    });
    expect(parse({ ...typed, cpm: "８.５" })).toMatchObject({ ok: true, value: { cpm: 8.5 } });
  });
});

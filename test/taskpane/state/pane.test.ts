import { SourceTable } from "../../../src/summary";
import {
  initialState,
  mappedSources,
  parseAssumptions,
  problemsOf,
  withChoice,
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
  it("opens with no source, a 7-day window and no CPM", () => {
    expect(initialState("zh-TW")).toEqual({
      locale: "zh-TW",
      sources: {},
      assumptions: {
        campaignName: "",
        cpm: "",
        windowDays: "7",
        emvAsReturn: false,
        rates: { channels: {}, other: {} },
      },
      activity: { kind: "idle" },
      notices: [],
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

  it("changes one column's measure, or leaves the column out", () => {
    let state = withSource(initialState("en"), posts, []);
    state = withChoice(state, "posts", 1, undefined);
    state = withChoice(state, "posts", 5, "reposts");
    expect(state.sources.posts?.choices.slice(0, 6)).toEqual([
      "creator",
      undefined,
      "impressions",
      "reposts",
      "comments",
      "reposts",
    ]);
  });

  it("reports a measure chosen for two columns as an error naming both headers", () => {
    const state = withChoice(withSource(initialState("en"), posts, []), "posts", 5, "reposts");
    expect(problemsOf(state)).toContainEqual({
      severity: "error",
      code: "measureMappedTwice",
      source: "posts",
      params: { measure: "reposts", header: "Reposts", otherHeader: "Likes" },
    });
  });

  it("keeps the choices when a source read again has the same headers, and recognises them afresh otherwise", () => {
    const chosen = withChoice(withSource(initialState("en"), posts, []), "posts", 1, undefined);
    const grown = { ...posts, address: "A1:H21", rowCount: 20 };
    expect(withSourceReread(chosen, grown).sources.posts).toEqual({
      ...chosen.sources.posts,
      table: grown,
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
  ])("refuse %p with %p", (change, key) => {
    expect(parse({ ...typed, ...change })).toEqual({
      ok: false,
      problems: [{ kind: "text", key }],
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

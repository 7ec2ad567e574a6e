import { DEFAULT_OUT, parseArguments, parseInputRef } from "../../src/cli/arguments";
import { ReportError, ReportProblem } from "../../src/cli/problems";

function problemOf(argv: string[]): ReportProblem | undefined {
  try {
    parseArguments(argv);
    return undefined;
  } catch (error) {
    if (error instanceof ReportError) return error.problem;
    throw error;
  }
}

describe("parseArguments", () => {
  it("takes --map choices and header rows, for one kind or for all", () => {
    const options = parseArguments([
      ...["--orders", "o.csv", "--posts", "p.csv"],
      ...["--map", "orders.customer=Email", "--map=posts.cost=报价", "--map", "orders.utm="],
      ...["--header-row", "2", "--header-row", "orders=4"],
    ]);
    expect(options.columnChoices).toEqual([
      { kind: "orders", measure: "customer", header: "Email" },
      { kind: "posts", measure: "cost", header: "报价" },
      { kind: "orders", measure: "utm", header: "" },
    ]);
    expect(options.headerRows).toEqual({ orders: 4, posts: 2 });
    expect(() => parseArguments(["--orders", "o.csv", "--map", "orders.likes=X"])).toThrow(
      ReportError
    );
    expect(() => parseArguments(["--orders", "o.csv", "--header-row", "0"])).toThrow(ReportError);
  });

  it("applies the defaults: docs/kpi.md's CPM of 8, a 7-day window, English, detected encoding", () => {
    expect(parseArguments(["--orders", "orders.csv"])).toEqual({
      inputs: { orders: { path: "orders.csv" } },
      columnChoices: [],
      headerRows: {},
      cpm: 8,
      windowDays: 7,
      emvAsReturn: false,
      campaign: undefined,
      locale: "en",
      encoding: "auto",
      out: DEFAULT_OUT,
      force: false,
      json: false,
      help: false,
    });
  });

  it("reads every option, in both --name value and --name=value forms", () => {
    const options = parseArguments([
      "--posts=p.csv",
      "--mentions",
      "m.csv",
      "--orders",
      "shop.xlsx#Orders",
      "--cpm",
      "12.5",
      "--window=14",
      "--emv-as-return",
      "--campaign",
      "Early Bird",
      "--lang",
      "zh-TW",
      "--encoding",
      "big5",
      "--out",
      "out.xlsx",
      "--force",
      "--json",
    ]);
    expect(options).toMatchObject({
      inputs: {
        posts: { path: "p.csv" },
        mentions: { path: "m.csv" },
        orders: { path: "shop.xlsx", sheet: "Orders" },
      },
      cpm: 12.5,
      windowDays: 14,
      emvAsReturn: true,
      campaign: "Early Bird",
      locale: "zh-TW",
      encoding: "big5",
      out: "out.xlsx",
      force: true,
      json: true,
    });
  });

  it("reads numbers as the pane and the functions do: separators and full-width digits", () => {
    expect(
      parseArguments(["--posts", "p.csv", "--cpm", "1,000", "--window", "１４"])
    ).toMatchObject({
      cpm: 1000,
      windowDays: 14,
    });
  });

  it("takes staff time as hours with their hourly rate, both or neither", () => {
    expect(
      parseArguments(["--posts", "p.csv", "--staff-hours", "12.5", "--hourly-rate", "40"]).staff
    ).toEqual({ hours: 12.5, hourlyRate: 40 });
    expect(parseArguments(["--posts", "p.csv"]).staff).toBeUndefined();
    expect(() => parseArguments(["--posts", "p.csv", "--staff-hours", "12"])).toThrow(
      expect.objectContaining({ problem: { kind: "missingValue", option: "--hourly-rate" } })
    );
  });

  it("takes the doubt's thresholds, each kept to what it can be", () => {
    const base = ["--posts", "p.csv"];
    expect(parseArguments(base).codeThresholds).toBeUndefined();
    // One given: the other two keep their defaults.
    expect(parseArguments([...base, "--doubt-share", "0.3"]).codeThresholds).toEqual({
      minOrders: 3,
      minShare: 0.3,
      maxOrdersPerImpression: 0.01,
    });
    expect(problemOf([...base, "--doubt-orders", "0"])).toEqual({
      kind: "badThreshold",
      option: "--doubt-orders",
      value: "0",
      expected: "whole",
    });
    expect(problemOf([...base, "--doubt-orders", "2.5"])).toMatchObject({ kind: "badNumber" });
    expect(problemOf([...base, "--doubt-share", "1.5"])).toMatchObject({
      kind: "badThreshold",
      expected: "share",
    });
    expect(problemOf([...base, "--doubt-reach", "0"])).toMatchObject({
      kind: "badThreshold",
      expected: "positive",
    });
  });

  it("writes no workbook with --json unless --out is given", () => {
    expect(parseArguments(["--posts", "p.csv", "--json"]).out).toBeUndefined();
  });

  it("reads the sheet of a workbook from --sheet when the path has no #", () => {
    expect(parseArguments(["--posts", "a.xlsx", "--sheet", "Posts"]).inputs.posts).toEqual({
      path: "a.xlsx",
      sheet: "Posts",
    });
  });

  it("takes a rate card file, a workbook's first sheet unless it names one after #", () => {
    const argv = ["--posts", "a.xlsx", "--sheet", "Posts", "--rate-card"];
    expect(parseArguments([...argv, "rates.csv"]).rateCard).toEqual({ path: "rates.csv" });
    expect(parseArguments([...argv, "card.xlsx"]).rateCard).toEqual({ path: "card.xlsx" });
    expect(parseArguments([...argv, "card.xlsx#Rates"]).rateCard).toEqual({
      path: "card.xlsx",
      sheet: "Rates",
    });
    expect(parseArguments(["--posts", "p.csv"]).rateCard).toBeUndefined();
  });

  it("refuses --cpm beside --rate-card, whose cpm column sets every CPM", () => {
    expect(problemOf(["--posts", "p.csv", "--cpm", "8", "--rate-card", "r.csv"])).toEqual({
      kind: "cpmWithRateCard",
    });
  });

  it("accepts --help without any source", () => {
    expect(parseArguments(["--help"]).help).toBe(true);
  });

  it("names an unknown option, a missing value, a bad number and a bad choice", () => {
    expect(problemOf(["--posts", "p.csv", "--cmp", "8"])).toEqual({
      kind: "unknownOption",
      option: "--cmp",
    });
    expect(problemOf(["--posts"])).toEqual({ kind: "missingValue", option: "--posts" });
    expect(problemOf(["--posts", "--orders", "o.csv"])).toEqual({
      kind: "missingValue",
      option: "--posts",
    });
    expect(problemOf(["--posts", "p.csv", "--cpm", "eight"])).toEqual({
      kind: "badNumber",
      option: "--cpm",
      value: "eight",
    });
    expect(problemOf(["--posts", "p.csv", "--cpm", "-1"])).toMatchObject({ kind: "badNumber" });
    expect(problemOf(["--posts", "p.csv", "--window", "1.5"])).toMatchObject({ kind: "badNumber" });
    expect(problemOf(["--posts", "p.csv", "--cpm", "0x10"])).toMatchObject({ kind: "badNumber" });
    expect(problemOf(["--posts", "p.csv", "--lang", "fr"])).toEqual({
      kind: "badChoice",
      option: "--lang",
      value: "fr",
      choices: ["en", "zh-CN", "zh-TW"],
    });
  });

  it("needs at least one source", () => {
    expect(problemOf(["--cpm", "8"])).toEqual({ kind: "noSources" });
  });
});

describe("parseInputRef", () => {
  it("splits a workbook path from its sheet and leaves a CSV path whole", () => {
    expect(parseInputRef("data/shop.XLSX#My Orders")).toEqual({
      path: "data/shop.XLSX",
      sheet: "My Orders",
    });
    expect(parseInputRef("notes#1.csv")).toEqual({ path: "notes#1.csv" });
  });
});

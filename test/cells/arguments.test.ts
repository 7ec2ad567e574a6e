import {
  denominatorTotal,
  optionalScalar,
  optionalThreshold,
  requiredScalar,
  requiredTotal,
  scalarArgument,
} from "../../src/cells/arguments";
import { Problem } from "../../src/cells/problem";
import { Result } from "../../src/cells/result";

// The problem of a failed read, so that its code and detail can be compared.
const problemOf = (result: Result<unknown, Problem>) => (result.ok ? result : result.problems[0]);

describe("one-value arguments", () => {
  it("reads numbers, numbers stored as text and blanks", () => {
    expect(scalarArgument(7, "x")).toEqual({ ok: true, value: 7 });
    expect(scalarArgument(" 1,000 ", "x")).toEqual({ ok: true, value: 1000 });
    expect(scalarArgument(null, "x")).toEqual({ ok: true, value: undefined });
    expect(scalarArgument("", "x")).toEqual({ ok: true, value: undefined });
  });

  it("reads percent text only where a share is expected", () => {
    expect(scalarArgument(" 37 ％ ", "share", { fraction: true })).toEqual({
      ok: true,
      value: 0.37,
    });
    expect(problemOf(scalarArgument("%", "share", { fraction: true }))).toMatchObject({
      code: "#VALUE!",
    });
    expect(scalarArgument("50%", "share", { fraction: true })).toEqual({ ok: true, value: 0.5 });
    expect(scalarArgument("50%", "count")).toMatchObject({ ok: false });
    expect(problemOf(scalarArgument("50%", "count"))).toMatchObject({ code: "#VALUE!" });
  });

  it("unwraps a one-cell range and refuses a larger one", () => {
    expect(scalarArgument([[3]], "x")).toEqual({ ok: true, value: 3 });
    expect(scalarArgument([[3, 4]], "x")).toMatchObject({ ok: false });
    expect(problemOf(scalarArgument([[3, 4]], "x"))).toMatchObject({
      detail: { kind: "shapeMismatch", arg: "x", expected: "one cell" },
    });
  });

  it("checks the domain: #NUM! outside it, #VALUE! naming what is not a number", () => {
    expect(problemOf(scalarArgument(-1, "x", { nonNegative: true }))).toMatchObject({
      code: "#NUM!",
    });
    expect(problemOf(scalarArgument(1.5, "x", { fraction: true }))).toMatchObject({
      code: "#NUM!",
    });
    expect(problemOf(scalarArgument(Infinity, "x"))).toMatchObject({
      code: "#VALUE!",
      detail: { kind: "argNotNumber", arg: "x" },
    });
  });

  it("makes a blank required value #N/A and a blank optional one its default", () => {
    expect(problemOf(requiredScalar(undefined, "x"))).toMatchObject({
      code: "#N/A",
      detail: { kind: "required", arg: "x" },
    });
    expect(optionalScalar(undefined, "x", 48)).toEqual({ ok: true, value: 48 });
    expect(optionalScalar(0, "x", 48)).toEqual({ ok: true, value: 0 });
  });
});

describe("thresholds", () => {
  it("take their default when blank or left out, and percent text where they are shares or rates", () => {
    expect(optionalThreshold(undefined, "n", 3, "count")).toEqual({ ok: true, value: 3 });
    expect(optionalThreshold([[""]], "s", 0.2, "share")).toEqual({ ok: true, value: 0.2 });
    expect(optionalThreshold("25%", "s", 0.2, "share")).toEqual({ ok: true, value: 0.25 });
    expect(optionalThreshold("1%", "r", 0.02, "rate")).toEqual({ ok: true, value: 0.01 });
    expect(problemOf(optionalThreshold("50%", "n", 3, "count"))).toMatchObject({
      detail: { kind: "argNotNumber" },
    });
  });

  it("are #VALUE! outside their domain, so that Excel shows which one is wrong", () => {
    expect(problemOf(optionalThreshold(2.5, "n", 3, "count"))).toEqual({
      code: "#VALUE!",
      detail: { kind: "notWholeNumber", arg: "n", value: 2.5, least: 1 },
    });
    expect(problemOf(optionalThreshold(0, "n", 3, "count"))).toMatchObject({
      detail: { kind: "notWholeNumber", value: 0 },
    });
    expect(problemOf(optionalThreshold(1.01, "s", 0.2, "share"))).toEqual({
      code: "#VALUE!",
      detail: { kind: "scalarOutOfRange", arg: "s", value: 1.01, range: "0-1" },
    });
    expect(problemOf(optionalThreshold(0, "r", 0.01, "rate"))).toEqual({
      code: "#VALUE!",
      detail: { kind: "notPositive", arg: "r", value: 0 },
    });
    // The ends of a share are in it: 0 and 1 are shares.
    expect(optionalThreshold(0, "s", 0.2, "share")).toEqual({ ok: true, value: 0 });
    expect(optionalThreshold(1, "s", 0.2, "share")).toEqual({ ok: true, value: 1 });
  });
});

describe("range totals", () => {
  it("sums a range and needs at least one number in it", () => {
    expect(requiredTotal([[1, null], [2]], "x")).toEqual({ ok: true, value: 3 });
    expect(problemOf(requiredTotal([[null]], "x"))).toMatchObject({ code: "#DIV/0!" });
  });

  it("gives #NUM! when the sum overflows and #DIV/0! for a zero denominator", () => {
    expect(problemOf(requiredTotal([[1e308], [1e308]], "x"))).toMatchObject({ code: "#NUM!" });
    expect(problemOf(denominatorTotal([[0]], "x"))).toMatchObject({
      code: "#DIV/0!",
      detail: { kind: "zeroDenominator" },
    });
  });
});

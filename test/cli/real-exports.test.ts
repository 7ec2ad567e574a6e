// The report on files shaped like real exports (test/fixtures/exports): every figure equals the
// hand-computed one in expected/, every mapped column is the expected header, and every row of
// every file is used or left out with its reason. The bad files end with a message, not exit 0.
import path from "path";
import {
  BAD_FILES,
  FIXTURE_FOLDER,
  FIXTURE_SETS,
  type FixtureSet,
  type LeftOutReason,
  type MeasureKey,
} from "../fixtures/exports/expected";
import { report } from "./support/run-report";

// The fixtures' names for measures and reasons, as the report names them.
const MEASURE_NAMES: Partial<Record<MeasureKey, string>> = {
  "orders.id": "orderId",
  "orders.date": "orderDate",
};
const REASON_NAMES: Partial<Record<LeftOutReason, string>> = {
  titleRows: "aboveHeader",
  metadataRows: "aboveHeader",
};

function argsOf(set: FixtureSet): string[] {
  const args = ["--json", "--cpm", String(set.cpm)];
  for (const source of set.sources) {
    const file = path.join(FIXTURE_FOLDER, source.file);
    args.push(`--${source.role}`, source.sheet ? `${file}#${source.sheet}` : file);
  }
  return args;
}

function expectClose(actual: unknown, expected: unknown, what: string): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number") throw new Error(`${what}: ${String(actual)}, not ${expected}`);
    // Relative: the margins' z is written to 7 digits (1.959964), the report uses NORM.S.INV(0.975).
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
  } else expect([what, actual]).toEqual([what, expected]);
}

interface SourceJson {
  kind: string;
  file: string;
  headerRow: number;
  mapping: Record<string, string>;
  rows: { seen: number; used: number; leftOut: Record<string, number> };
}

describe.each(FIXTURE_SETS.map((set) => [set.name, set] as const))("%s", (_, set) => {
  let json: Record<string, unknown> & { sources: SourceJson[] };
  beforeAll(async () => {
    const run = await report(argsOf(set));
    if (run.code !== 0) throw new Error(run.stderr);
    json = JSON.parse(run.stdout);
  });

  it("gives the hand-computed figures", () => {
    for (const [key, expected] of Object.entries(set.figures)) {
      if (!Array.isArray(expected)) {
        expectClose(json[key], expected, key);
        continue;
      }
      const actual = json[key] as Record<string, unknown>[];
      expect(actual).toHaveLength(expected.length);
      expected.forEach((row: Record<string, unknown>, i: number) => {
        for (const [field, value] of Object.entries(row))
          expectClose(actual[i][field], value, `${key}[${i}].${field}`);
      });
    }
  });

  it.each(set.sources.map((source) => [`${source.role} ${source.file}`, source] as const))(
    "reads %s from its header row, with the expected columns and every row told",
    (__, source) => {
      const read = json.sources.find(
        (s) => s.kind === source.role && s.file.includes(source.file)
      ) as SourceJson;
      expect(read.headerRow).toBe(source.headerRow);
      for (const [key, headers] of Object.entries(source.mapping) as [MeasureKey, string][]) {
        // Posts carry no date measure: the leaderboard and the weeks come from the orders.
        if (key === "posts.date") continue;
        const measure = MEASURE_NAMES[key] ?? key.split(".")[1];
        expect([key, [headers].flat()]).toEqual([
          key,
          expect.arrayContaining([read.mapping[measure]]),
        ]);
      }
      const expected: Record<string, number> = {};
      for (const [reason, n] of Object.entries(source.rows.leftOut) as [LeftOutReason, number][]) {
        const name = REASON_NAMES[reason] ?? reason;
        expected[name] = (expected[name] ?? 0) + n;
      }
      expect(read.rows).toEqual({
        seen: source.rows.seen,
        used: source.rows.used,
        leftOut: expected,
      });
    }
  );
});

describe("files that must not pass in silence", () => {
  it.each(BAD_FILES.map((bad) => [bad.file, bad] as const))("%s", async (_, bad) => {
    const run = await report([`--${bad.role}`, path.join(FIXTURE_FOLDER, bad.file), "--json"]);
    expect(run.code).not.toBe(0);
    const message = run.stderr.toLowerCase();
    const { refusal } = bad;
    expect(refusal.anyOf.some((word) => message.includes(word.toLowerCase()))).toBe(true);
    for (const word of refusal.mustInclude ?? []) expect(message).toContain(word.toLowerCase());
    if (refusal.row !== undefined)
      expect(message).toMatch(new RegExp(`(row ${refusal.row}\\b|[a-z]${refusal.row}\\b)`));
    if (refusal.column !== undefined) {
      // A cell reference (E5) names the column too.
      const named = message.includes(refusal.column.toLowerCase()) || /'![a-z]+\d+/.test(message);
      expect(named).toBe(true);
    }
    if (refusal.value !== undefined) expect(message).toContain(refusal.value.toLowerCase());
  });
});

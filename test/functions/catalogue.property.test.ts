// Every WOM function, fed anything a worksheet can hold, answers with a finite number, a well-formed spilled
// block of what its metadata declares (finite numbers, text, or both), or a CustomFunctions.Error, and nothing
// else: no exception, NaN, Infinity or null.
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const { functionSources } = require("../../scripts/function-sources");

interface Parameter {
  name: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Declared {
  id: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
  call: (...args: unknown[]) => unknown;
}

const RUNS_PER_FUNCTION = 250;
const SHOWN_ERRORS = new Set(["#VALUE!", "#N/A"]);
const SILENT_ERRORS = new Set(["#DIV/0!", "#NUM!"]);

// One cell as Excel may pass it: numbers of every size, text, booleans, blanks, even a data type object.
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.double({ min: 40000, max: 50000, noNaN: true }) },
  { weight: 2, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, -5e-324, 1e-300, -0, 2 ** 53, -7.5),
  },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "45%",
      "1,000",
      "2024-03-01",
      "2024-03-08 18:30",
      "abc",
      "10 - Extremely likely",
      "9 (very likely)",
      "11 - too much",
      "TRUE"
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom("positive", " Neutral ", "NEGATIVE", "正面", "負面", "好评"),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.constant({ type: "Entity", text: "Weibo", properties: {} }) }
);

// Cells a careful marketer would type, so that calls also get past validation into the math.
const cleanCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, "") }
);
const labelCell: fc.Arbitrary<unknown> = fc.constantFrom("positive", "neutral", "差評", null);

const tile = fc.oneof(
  { weight: 2, arbitrary: fc.array(anyCell, { minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.array(cleanCell, { minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.array(labelCell, { minLength: 1, maxLength: 8 }) }
);

// One value for a scalar parameter: anything at all, or a share, a small count or a blank.
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  anyCell,
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom(null, "50%")
);

/** Rows of a range, each its own length so that ragged ranges appear too; [] is an empty range. */
const shape: fc.Arbitrary<readonly number[]> = fc.oneof(
  fc.constantFrom([], [0], [1], [1, 1, 1], [3], [1, 1, 1, 1, 1, 1], [2, 2]),
  fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 6 }),
  fc.constant(Array<number>(1000).fill(50))
);

function rangeOf(rows: readonly number[], cells: unknown[]): unknown[][] {
  let next = 0;
  return rows.map((width) => Array.from({ length: width }, () => cells[next++ % cells.length]));
}

/** The range every matrix argument of a call may share, as when a user passes one column twice. */
interface SharedRange {
  rows: readonly number[];
  cells: unknown[];
}

type Argument = (shared: SharedRange) => unknown;

// A range of its own, one of the shared shape, or the shared range itself.
const rangeArgument: fc.Arbitrary<Argument> = fc.oneof(
  fc.tuple(shape, tile).map(
    ([rows, cells]) =>
      () =>
        rangeOf(rows, cells)
  ),
  tile.map((cells) => (shared: SharedRange) => rangeOf(shared.rows, cells)),
  { weight: 2, arbitrary: fc.constant((shared: SharedRange) => rangeOf(shared.rows, shared.cells)) }
);

function argumentArbitrary(parameter: Parameter): fc.Arbitrary<Argument> {
  const given: fc.Arbitrary<Argument> =
    parameter.dimensionality === "matrix" ? rangeArgument : scalar.map((cell) => () => cell);
  if (!parameter.optional) return given;
  return fc.oneof(
    given,
    fc.constantFrom(null, undefined).map((omitted) => () => omitted)
  );
}

const isFiniteNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);

// A spilled cell of the declared type; metadata without a type means any: text or a number.
function cellOfType(type: string | undefined): (value: unknown) => boolean {
  if (type === "number") return isFiniteNumber;
  if (type === "string") return (value) => typeof value === "string";
  return (value) => typeof value === "string" || isFiniteNumber(value);
}

function isWellFormed(result: unknown, declared: Declared["result"]): boolean {
  if (result instanceof CustomFunctions.Error) {
    if (SHOWN_ERRORS.has(result.code))
      return typeof result.message === "string" && result.message !== "";
    return SILENT_ERRORS.has(result.code) && !result.message;
  }
  if (declared.dimensionality !== "matrix") return isFiniteNumber(result);
  const wellTyped = cellOfType(declared.type);
  if (!Array.isArray(result) || result.length === 0 || !Array.isArray(result[0])) return false;
  const width = result[0].length;
  return (
    width > 0 &&
    result.every((row) => Array.isArray(row) && row.length === width && row.every(wellTyped))
  );
}

async function declaredFunctions(): Promise<Declared[]> {
  const generated = await generateCustomFunctionsMetadata(functionSources(), true);
  const metadata: Omit<Declared, "call">[] = JSON.parse(generated.metadataJson).functions;
  return metadata.map((f) => {
    const source = generated.associate.find((a: { id: string }) => a.id === f.id)!;
    return { ...f, call: require(source.sourceFileName)[source.functionName] };
  });
}

describe("every WOM function on arbitrary cells", () => {
  let declared: Declared[] = [];
  const language = { current: undefined as string | undefined };

  beforeAll(async () => {
    declared = await declaredFunctions();
    (globalThis as { Office?: unknown }).Office = {
      context: {
        get displayLanguage() {
          return language.current;
        },
      },
    };
  });

  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("finds the whole catalogue", () => {
    expect(declared.length).toBeGreaterThanOrEqual(24);
    const ids = declared.map((f) => f.id);
    for (const id of ["ROAS", "NPSTEST", "RATECI", "SENTIMENT", "SENTIMENTWHY"])
      expect(ids).toContain(id);
  });

  it("answers every call with a finite number, a well-formed spill of its declared type or an Excel error", () => {
    const numbers = new Map<string, number>();
    for (const f of declared) {
      const call = fc.record({
        shared: fc.record({ rows: shape, cells: tile }),
        args: fc.tuple(...f.parameters.map(argumentArbitrary)),
        displayLanguage: fc.constantFrom("en-US", "zh-CN", "zh-TW", undefined),
      });
      const answers = fc.property(call, ({ shared, args, displayLanguage }) => {
        language.current = displayLanguage;
        const result = f.call(...args.map((arg) => arg(shared)));
        if (!(result instanceof CustomFunctions.Error))
          numbers.set(f.id, (numbers.get(f.id) ?? 0) + 1);
        return isWellFormed(result, f.result);
      });
      try {
        fc.assert(answers, { numRuns: RUNS_PER_FUNCTION });
      } catch (error) {
        throw new Error(`WOM.${f.id}: ${(error as Error).message}`);
      }
    }
    // The generators must reach the math too, not only the validation: each function computed something.
    for (const f of declared) expect([f.id, numbers.get(f.id) ?? 0]).not.toEqual([f.id, 0]);
  });
});

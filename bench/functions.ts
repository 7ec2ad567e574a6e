/** Each WOM function over Excel-shaped ranges: against a bare loop, against native formulas, and as it grows. */
import { HyperFormula } from "hyperformula";
import { performance } from "perf_hooks";
import { bareLoop, BenchCase, CASES } from "./cases";
import { consume, fmt, medianMs, medianPairMs } from "./measure";

export const EXCEL_ROWS = 1_048_576;
const GROWTH_SIZES = [1_000, 10_000, 100_000, EXCEL_ROWS];
// Native formulas that are quadratic in the rows (COUNTIF over its own range) get a smaller size and a time limit.
const NATIVE_BUDGET_MS = 60_000;

export interface FunctionFigures {
  name: string;
  cells: number;
  floor: string;
  womMs: number;
  loopMs: number;
  ratioToLoop: number;
  native?: { cells: number; ms: number; speedup: number; agrees: boolean };
  growth: { cells: number; ms: number; nsPerCell: number }[];
}

function nativeMs(
  benchCase: BenchCase,
  cells: number
): { ms: number; value: unknown; wom: unknown } | undefined {
  const native = benchCase.native;
  if (!native) return undefined;
  const args = benchCase.args(cells);
  const columns = native.columns(args);
  const sheet: unknown[][] = Array.from({ length: cells }, (_, r) =>
    columns.map((column) => column[r][0])
  );
  const hf = HyperFormula.buildFromArray(sheet as never, {
    licenseKey: "gpl-v3",
    maxRows: EXCEL_ROWS,
    // Worksheet constructions such as SUMPRODUCT((B-A>=0)*(B-A<=7)) need array arithmetic, as in Excel.
    useArrayArithmetic: true,
  });
  const helpers = native.helpers;
  const width = columns.length + (helpers ? helpers(1).length : 0);
  const target = { sheet: 0, row: 0, col: width + 1 };
  const start = performance.now();
  if (helpers) {
    const formulas = Array.from({ length: cells }, (_, r) => helpers(r + 1));
    hf.setCellContents({ sheet: 0, row: 0, col: columns.length }, formulas);
  }
  hf.setCellContents(target, [[native.formula(cells)]]);
  const value = hf.getCellValue(target);
  const ms = performance.now() - start;
  hf.destroy();
  return { ms, value, wom: benchCase.run(args) };
}

/** Native evaluation at the full size, or, for constructions slower than the budget allows, the largest size ×4 steps reach. */
function nativeFigures(benchCase: BenchCase, womMsPerCell: number) {
  let cells = benchCase.native?.helpers ? 1_024 : EXCEL_ROWS;
  let result = nativeMs(benchCase, cells);
  // Helper columns make COUNTIF quadratic: grow only while the next step (×4 rows, ×16 time) fits the budget.
  while (
    result &&
    benchCase.native?.helpers &&
    result.ms * 16 < NATIVE_BUDGET_MS &&
    cells < EXCEL_ROWS
  ) {
    cells *= 4;
    result = nativeMs(benchCase, cells);
  }
  if (!result) return undefined;
  const wom = headlineNumber(result.wom);
  const agrees =
    typeof result.value === "number" &&
    Math.abs(result.value - wom) <= 1e-9 * Math.max(1, Math.abs(wom));
  return { cells, ms: result.ms, speedup: result.ms / (womMsPerCell * cells), agrees };
}

// A spilled row (NPSBREAKDOWN) is compared by its last value, the score; anything else is not a number.
function headlineNumber(result: unknown): number {
  if (typeof result === "number") return result;
  if (Array.isArray(result) && Array.isArray(result[0]))
    return headlineNumber(result[0][result[0].length - 1]);
  return NaN;
}

/** Measures one function; `runs` repetitions for the median. */
export function measureFunction(benchCase: BenchCase, runs: number): FunctionFigures {
  const args = benchCase.args(EXCEL_ROWS);
  const floor = benchCase.floor ?? { name: "bare sum loop", run: bareLoop };
  const [womMs, loopMs] = medianPairMs(
    () => benchCase.run(args),
    () => floor.run(args),
    runs
  );
  const growth = GROWTH_SIZES.map((cells) => {
    const sized = cells === EXCEL_ROWS ? args : benchCase.args(cells);
    const ms = cells === EXCEL_ROWS ? womMs : medianMs(() => benchCase.run(sized), runs);
    return { cells, ms, nsPerCell: (ms * 1e6) / cells };
  });
  consume(args);
  return {
    name: benchCase.name,
    cells: EXCEL_ROWS,
    floor: floor.name,
    womMs,
    loopMs,
    ratioToLoop: womMs / loopMs,
    native: nativeFigures(benchCase, womMs / EXCEL_ROWS),
    growth,
  };
}

/** Measures every function. */
export function measureFunctions(runs: number): FunctionFigures[] {
  return CASES.map((benchCase) => measureFunction(benchCase, runs));
}

/** The functions table as printed lines. */
export function functionTable(figures: FunctionFigures[]): string[] {
  const lines = [
    "| function | cells | WOM ms | floor | floor ms | × floor | native cells | native ms | WOM faster by | same answer | ns/cell at 1k / 10k / 100k / 1M |",
    "|---|---:|---:|---|---:|---:|---:|---:|---:|:-:|---|",
  ];
  for (const f of figures) {
    const growth = f.growth.map((g) => fmt(g.nsPerCell)).join(" / ");
    const native = f.native
      ? `${f.native.cells} | ${fmt(f.native.ms)} | ${fmt(f.native.speedup)}× | ${f.native.agrees ? "yes" : "NO"}`
      : "– | – | – | –";
    lines.push(
      `| ${f.name} | ${f.cells} | ${fmt(f.womMs)} | ${f.floor} | ${fmt(f.loopMs)} | ${fmt(f.ratioToLoop)} | ${native} | ${growth} |`
    );
  }
  return lines;
}

// Building summary plans the way the pane does, and reading them back in tests.
import { Locale } from "../../../src/i18n";
import { computedFiguresOf, createFigureCalculator } from "../../../src/summary/compute/calculator";
import { planSummary } from "../../../src/summary/layout/pyramid";
import { FigureKey, SummaryFigures } from "../../../src/summary/model/figures";
import { SourceKind } from "../../../src/summary/model/measures";
import { CellPlan, SheetPlan } from "../../../src/summary/model/plan";
import { Assumptions, MappedSource } from "../../../src/summary/model/source";

export const EARLY_BIRD: Assumptions = {
  campaignName: "Early Bird",
  cpm: 8,
  windowDays: 7,
  emvAsReturn: true,
};

export const COMPUTED_AT = "2024-04-01T09:00:00Z";

/** The figures of full rows, failing the test on a bad cell. */
export function figuresFor(
  sources: MappedSource[],
  rows: Partial<Record<SourceKind, unknown[][]>>,
  assumptions: Assumptions = EARLY_BIRD
): SummaryFigures {
  const calculator = createFigureCalculator(sources, assumptions);
  for (const [kind, data] of Object.entries(rows) as [SourceKind, unknown[][]][])
    calculator.addRows(kind, data);
  const result = calculator.result();
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** The plan the pane would write for these sources and rows. */
export function planFor(
  sources: MappedSource[],
  rows: Partial<Record<SourceKind, unknown[][]>>,
  locale: Locale = "en",
  assumptions: Assumptions = EARLY_BIRD
): { plan: SheetPlan; figures: SummaryFigures } {
  const figures = figuresFor(sources, rows, assumptions);
  const computed = computedFiguresOf(figures, COMPUTED_AT);
  const plan = planSummary({
    sources,
    assumptions,
    computed,
    locale,
    createdAt: "2024-04-01 17:00",
  });
  return { plan, figures };
}

/** The cell carrying a figure key. */
export function figureCell(plan: SheetPlan, figure: FigureKey): CellPlan | undefined {
  return plan.cells.find((cell) => cell.figure === figure);
}

/** The cell at a position. */
export function cellAt(plan: SheetPlan, row: number, column: number): CellPlan | undefined {
  return plan.cells.find((cell) => cell.row === row && cell.column === column);
}

/** Every formula of a plan, without its "=". */
export function formulasOf(plan: SheetPlan): string[] {
  return plan.cells.flatMap((cell) =>
    cell.content.kind === "formula" ? [cell.content.formula.slice(1)] : []
  );
}

/** The texts of a plan's text cells. */
export function textsOf(plan: SheetPlan): string[] {
  return plan.cells.flatMap((cell) => (cell.content.kind === "text" ? [cell.content.text] : []));
}

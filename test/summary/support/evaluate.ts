// Summary plans evaluated by HyperFormula, and their cells checked against the figure calculator.
import { HyperFormula } from "hyperformula";
import { formulaCellValue } from "../../../src/summary/formulas/cell-values";
import { CreatorFigures, FigureKey, SummaryFigures } from "../../../src/summary/model/figures";
import { SourceKind } from "../../../src/summary/model/measures";
import { CellPlan, SheetPlan } from "../../../src/summary/model/plan";
import { Assumptions, MappedSource, SourceTable } from "../../../src/summary/model/source";
import { TableCell } from "../../../src/summary/model/tables";
import { addPlanSheet, createEngine } from "./engine";
import { EARLY_BIRD, figureCell, planFor } from "./plans";
import { mapped } from "./tables";

/** The cell of a plan's table, by meaning. */
export function tableCellOf(plan: SheetPlan, wanted: TableCell): CellPlan | undefined {
  return plan.cells.find(
    ({ tableCell }) =>
      tableCell?.table === wanted.table &&
      tableCell.row === wanted.row &&
      tableCell.column === wanted.column
  );
}

/** Reads the summary sheet as the engine evaluates it, and changes its input cells. */
export function evaluated(engine: HyperFormula, plan: SheetPlan) {
  const sheet = addPlanSheet(engine, "Campaign Summary", plan);
  const valueOf = (cell: CellPlan) =>
    engine.getCellValue({ sheet, row: cell.row, col: cell.column });
  const setCell = (cell: CellPlan | undefined, value: number | boolean) => {
    if (!cell) throw new Error("The plan has no such cell");
    engine.setCellContents({ sheet, row: cell.row, col: cell.column }, [[value]]);
  };
  return {
    valueOf,
    /** Makes several changes with one recalculation. */
    batch: (changes: () => void) => engine.batch(changes),
    shown: (figure: FigureKey) => valueOf(figureCell(plan, figure) as CellPlan),
    shownIn: (wanted: TableCell) => valueOf(tableCellOf(plan, wanted) as CellPlan),
    setInput: (figure: FigureKey, value: number | boolean) =>
      setCell(figureCell(plan, figure), value),
    setTableCell: (wanted: TableCell, value: number) => setCell(tableCellOf(plan, wanted), value),
  };
}

/** A value the engine shows equals the KPI code's: numbers to HyperFormula's 10 decimals, text exactly. */
export function expectSame(shown: unknown, computed: number | string, where: string): void {
  if (typeof computed === "string")
    return expect({ where, shown }).toEqual({ where, shown: computed });
  expect({ where, type: typeof shown }).toEqual({ where, type: "number" });
  expect(Math.abs((shown as number) - computed)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(computed))
  );
}

/** Every formula cell the figures determine against them; returns how many of each kind were compared. */
export function expectFiguresMatch(
  plan: SheetPlan,
  valueOf: (cell: CellPlan) => unknown,
  figures: SummaryFigures
): { figures: number; tables: number } {
  const compared = { figures: 0, tables: 0 };
  for (const cell of plan.cells) {
    const expected = formulaCellValue(cell, figures, "en");
    if (expected === undefined) continue;
    const where = cell.figure ?? JSON.stringify(cell.tableCell);
    expectSame(valueOf(cell), expected, where);
    if (cell.tableCell) compared.tables++;
    else compared.figures++;
  }
  return compared;
}

/** Every leaderboard cell against the calculator's creators, row by row; returns how many figures were compared. */
export function expectLeaderboardMatches(
  plan: SheetPlan,
  valueOf: (cell: CellPlan) => unknown,
  creators: CreatorFigures[]
): number {
  let compared = 0;
  for (const cell of plan.cells) {
    const at = cell.tableCell;
    if (at?.table !== "leaderboard") continue;
    const creator = creators[at.row];
    if (at.column === "name") {
      expect(cell.content).toEqual({ kind: "text", text: creator.name });
      continue;
    }
    if (at.column === "code" || cell.content.kind !== "formula") continue;
    const value = creator[at.column];
    expectSame(
      valueOf(cell),
      typeof value === "number" ? value : "",
      `${creator.name} ${at.column}`
    );
    compared++;
  }
  return compared;
}

/** An engine holding small source tables at A1 of their sheets. */
export function engineWith(tables: SourceTable[]): HyperFormula {
  const engine = createEngine();
  for (const source of tables) {
    engine.addSheet(source.sheet);
    const sheet = engine.getSheetId(source.sheet) as number;
    engine.setSheetContent(sheet, [
      source.headers,
      ...(source.sample as (string | number | null)[][]),
    ]);
  }
  return engine;
}

/** Small tables planned, evaluated and checked figure by figure against the calculator. */
export function checkAgainstEngine(tables: SourceTable[], assumptions: Assumptions = EARLY_BIRD) {
  const sources: MappedSource[] = tables.map(mapped);
  const rows = Object.fromEntries(tables.map((t) => [t.kind, t.sample])) as Record<
    SourceKind,
    unknown[][]
  >;
  const { plan, figures } = planFor(sources, rows, "en", assumptions);
  const engine = engineWith(tables);
  const sheet = evaluated(engine, plan);
  return {
    engine,
    plan,
    figures,
    ...sheet,
    compared: expectFiguresMatch(plan, sheet.valueOf, figures),
    creators: expectLeaderboardMatches(plan, sheet.valueOf, figures.creators),
  };
}

/**
 * The one way from sources to a summary sheet, for the pane and the report alike: the sources'
 * rows stream through the figure calculator, its figures become what the plan needs, and the plan
 * is laid out. Where the rows come from is the caller's: the pane reads the workbook, the report
 * its files.
 */
import { Result, success } from "../cells/result";
import { Locale } from "../i18n/locale";
import { computedFiguresOf, createFigureCalculator } from "./compute/calculator";
import { planSummary } from "./layout/pyramid";
import { sourcesNeedingFullData } from "./model/availability";
import { SummaryFigures } from "./model/figures";
import { SourceKind } from "./model/measures";
import { SheetPlan } from "./model/plan";
import { SourceProblem } from "./model/problems";
import { Assumptions, MappedSource } from "./model/source";

/** Hands the calculator a chunk of one source's rows, as wide as the source. */
export type AddRows = (kind: SourceKind, rows: readonly (readonly unknown[])[]) => void;

/**
 * Reads every row of the sources of the given kinds into `add`, then gives the sources as read
 * (their row counts final), or the reader's own problem.
 */
export type RowReader<P> = (
  kinds: SourceKind[],
  add: AddRows
) => Promise<Result<MappedSource[], P>>;

/** How the summary is made. */
export interface SummaryOptions {
  locale: Locale;
  /** When the sheet says it was made, as it shows it. */
  createdAt: string;
  /** When the figures were computed (ISO 8601), as the notes on computed values say. */
  computedAt: string;
  /**
   * Whose rows are read: only the sources whose figures the sheet holds as values (Excel computes
   * the formulas itself), or every source, for a report that shows every figure.
   */
  rows: "values" | "all";
}

/** The summary made: the sheet's plan, the figures computed from the rows read, and the sources as read. */
export interface Summary {
  plan: SheetPlan;
  figures: SummaryFigures;
  sources: MappedSource[];
}

/** Makes the summary of these sources; warnings say what it leaves out. */
export async function makeSummary<P>(
  sources: MappedSource[],
  assumptions: Assumptions,
  readRows: RowReader<P>,
  options: SummaryOptions
): Promise<Result<Summary, SourceProblem | P>> {
  const calculator = createFigureCalculator(sources, assumptions);
  const kinds =
    options.rows === "all"
      ? sources.map((source) => source.table.kind)
      : sourcesNeedingFullData(sources);
  const read = await readRows(kinds, (kind, rows) => calculator.addRows(kind, rows));
  if (!read.ok) return read;
  const calculated = calculator.result();
  if (!calculated.ok) return calculated;
  const figures = calculated.value;
  const plan = planSummary({
    sources: read.value,
    assumptions,
    computed: computedFiguresOf(figures, options.computedAt),
    locale: options.locale,
    createdAt: options.createdAt,
  });
  return success({ plan, figures, sources: read.value }, calculated.warnings);
}

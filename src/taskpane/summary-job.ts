/** Making a summary plan from the picked sources: full-data reads only where the summary says a figure needs them. */
import { WorkbookPort } from "../excel/port";
import { Locale } from "../i18n";
import {
  Assumptions,
  ComputedFigures,
  computedFiguresOf,
  createFigureCalculator,
  MappedSource,
  planSummary,
  SheetPlan,
  sourceOf,
  SourceProblem,
  sourcesNeedingFullData,
} from "../summary";
import { Notice } from "./state";

/** What a summary job needs besides the sources. */
export interface JobContext {
  port: WorkbookPort;
  assumptions: Assumptions;
  locale: Locale;
  createdAt: string;
  onProgress: (done: number, total: number) => void;
}

export type PlanOutcome =
  { ok: true; plan: SheetPlan; warnings: SourceProblem[] } | { ok: false; notices: Notice[] };

/** The plan for these sources, with the figures that need full data computed first. */
export async function planFromWorkbook(
  sources: MappedSource[],
  context: JobContext
): Promise<PlanOutcome> {
  const computed = await computeFigures(sources, context);
  if (!computed.ok) return computed;
  const plan = planSummary({
    sources,
    assumptions: context.assumptions,
    computed: computed.figures,
    locale: context.locale,
    createdAt: context.createdAt,
  });
  return { ok: true, plan, warnings: computed.warnings };
}

type Computed =
  | { ok: true; figures: ComputedFigures; warnings: SourceProblem[] }
  | { ok: false; notices: Notice[] };

async function computeFigures(sources: MappedSource[], context: JobContext): Promise<Computed> {
  const kinds = sourcesNeedingFullData(sources);
  if (kinds.length === 0)
    return { ok: true, figures: { computedAt: context.createdAt }, warnings: [] };
  const calculator = createFigureCalculator(sources, context.assumptions);
  const total = kinds.reduce(
    (sum, kind) => sum + (sourceOf(sources, kind)?.table.rowCount ?? 0),
    0
  );
  let before = 0;
  for (const kind of kinds) {
    const source = sourceOf(sources, kind) as MappedSource;
    const columns = [...new Set(Object.values(source.mapping) as number[])].sort((a, b) => a - b);
    const read = await context.port.readFullColumns(source.table, columns, (chunk) => {
      calculator.addRows(kind, chunk.rows);
      context.onProgress(before + chunk.done, total);
    });
    if (!read.ok) {
      return {
        ok: false,
        notices: [
          { tone: "error", message: { kind: "workbook", problem: read.problem, during: "read" } },
        ],
      };
    }
    before += source.table.rowCount;
  }
  const result = calculator.result();
  if (!result.ok) {
    const notices = result.problems.map((problem): Notice => ({
      tone: "error",
      message: { kind: "source", problem },
    }));
    return { ok: false, notices };
  }
  return {
    ok: true,
    figures: computedFiguresOf(result.value, context.createdAt),
    warnings: [...(result.warnings ?? [])],
  };
}

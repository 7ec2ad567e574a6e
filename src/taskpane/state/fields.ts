/**
 * A source's measures as the pane asks for them: "which column is revenue?". Which measures a kind
 * shows, which it needs, the two sample values of a column, and whether a selection fits another
 * kind better. Pure functions, no DOM, no Office.
 */
import { isoDateOf } from "../../cells/dates";
import { Measure, recognizeColumns, SOURCE_KINDS, SourceKind, SourceTable } from "../../summary";

/** How the pane shows a measure: needed for the source's main figures, or optional. */
export interface MeasureField {
  measure: Measure;
  required: boolean;
}

// The mentions come in one of four shapes; the one whose measures are picked is the one needed.
// Comment text comes last: with a label column as well, the labels are what the summary counts.
const MENTION_SHAPES: Measure[][] = [
  ["sentiment"],
  ["positive", "neutral", "negative"],
  ["score"],
  ["text"],
];

// Without these a kind's main figures cannot be made: EMV from impressions; orders, repeat rate
// and the weekly table from customers, dates and revenue.
const REQUIRED: Record<Exclude<SourceKind, "mentions">, Measure[]> = {
  posts: ["impressions"],
  orders: ["customer", "orderDate", "revenue"],
};

// Shown only once recognised or asked for: columns of some exports alone (Shopify's line items and
// refunds, a total of engagements where the parts are absent).
const MORE: Partial<Record<SourceKind, Measure[]>> = {
  posts: ["saves", "engagements"],
  orders: ["orderId", "status", "cancelledAt", "refunded", "lineItem"],
};

/** The measure chosen for each column, as a measure → column map. */
export function chosenColumns(choices: readonly (Measure | undefined)[]): Map<Measure, number> {
  const found = new Map<Measure, number>();
  choices.forEach((measure, column) => {
    if (measure !== undefined && !found.has(measure)) found.set(measure, column);
  });
  return found;
}

/** The measures the mentions need: those of the shape picked, else the labels. */
function mentionsRequired(chosen: Map<Measure, number>): Measure[] {
  return (
    MENTION_SHAPES.find((shape) => shape.some((measure) => chosen.has(measure))) ?? ["sentiment"]
  );
}

/** The measures a source needs, given what is chosen. */
export function requiredMeasures(kind: SourceKind, chosen: Map<Measure, number>): Measure[] {
  return kind === "mentions" ? mentionsRequired(chosen) : REQUIRED[kind];
}

/**
 * The fields a source's card shows, in the kind's order: every measure but the rarer ones, which
 * show once chosen or when `all` is asked for; the needed ones first.
 */
export function measureFields(
  kind: SourceKind,
  offered: readonly Measure[],
  choices: readonly (Measure | undefined)[],
  all: boolean
): MeasureField[] {
  const chosen = chosenColumns(choices);
  const required = new Set(requiredMeasures(kind, chosen));
  const more = new Set(MORE[kind] ?? []);
  const shown = offered.filter((measure) => all || !more.has(measure) || chosen.has(measure));
  return [
    ...shown.filter((measure) => required.has(measure)),
    ...shown.filter((measure) => !required.has(measure)),
  ].map((measure) => ({ measure, required: required.has(measure) }));
}

/** How many of the kind's rarer measures are hidden, to say on the button that shows them. */
export function hiddenMeasureCount(
  kind: SourceKind,
  choices: readonly (Measure | undefined)[]
): number {
  const chosen = chosenColumns(choices);
  return (MORE[kind] ?? []).filter((measure) => !chosen.has(measure)).length;
}

/** The needed measures no column is chosen for. */
export function missingMeasures(
  kind: SourceKind,
  choices: readonly (Measure | undefined)[]
): Measure[] {
  const chosen = chosenColumns(choices);
  return requiredMeasures(kind, chosen).filter((measure) => !chosen.has(measure));
}

/** The choices with one measure moved to a column (or to none): a column holds one measure. */
export function withMeasureAt(
  choices: readonly (Measure | undefined)[],
  measure: Measure,
  column: number | undefined
): (Measure | undefined)[] {
  return choices.map((chosen, at) =>
    at === column ? measure : chosen === measure ? undefined : chosen
  );
}

/** Up to two values of a column's sample, blanks skipped; a date column's serials shown as dates. */
export function sampleValues(table: SourceTable, column: number, dates = false): string[] {
  const values: string[] = [];
  for (const row of table.sample) {
    const value = row[column];
    const text =
      value === null || value === undefined
        ? ""
        : dates && typeof value === "number"
          ? isoDateOf(value)
          : String(value).trim();
    if (text !== "") values.push(text);
    if (values.length === 2) break;
  }
  return values;
}

/**
 * The kind a table fits better than the one it was picked as: one that recognises at least twice
 * as many of its columns, and two more. Orders picked as posts still show a measure or two as posts
 * ("First exposure date" reads as impressions), which alone must not hide the mistake.
 */
export function betterKindFor(table: SourceTable): SourceKind | undefined {
  const count = (kind: SourceKind) => Object.keys(recognizeColumns({ ...table, kind })).length;
  const own = count(table.kind);
  let best: { kind: SourceKind; count: number } | undefined;
  for (const kind of SOURCE_KINDS) {
    if (kind === table.kind) continue;
    const other = count(kind);
    if (other >= 2 * own && other >= own + 2 && other > (best?.count ?? 0))
      best = { kind, count: other };
  }
  return best?.kind;
}

/**
 * The catalogue of measures: every column a source can hold, the kinds of source that offer it and
 * the kind of value its cells hold. Which cells are checked how, which columns a sample can fit,
 * how the report types a file's column and the pane's drop-downs all follow from this one table;
 * the words that name a measure in a header are in recognise/synonyms.ts, its names in i18n/.
 */

/** The three kinds of source a marketer picks; one table may hold several. */
export const SOURCE_KINDS = ["posts", "mentions", "orders"] as const;

/** A kind of source. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What a measure's cells hold: counts and costs (numbers of zero or more), amounts (revenue and
 * refunds, of zero or more too: a refund is its own column), 0-10 survey scores, dates, keys (names and codes the sheet's COUNTIFS
 * and SUMIFS match), sentiment labels, tags kept as written (a UTM source), IDs (any number or text)
 * and comment text, which the add-in labels when no label column is given.
 */
export type ValueKind =
  "count" | "cost" | "amount" | "score" | "date" | "key" | "label" | "tag" | "id" | "text";

interface MeasureFacts {
  /** The kinds of source that offer the measure. */
  kinds: readonly SourceKind[];
  value: ValueKind;
}

// In the order the pane's drop-downs list each kind's measures.
const MEASURES = {
  creator: { kinds: ["posts"], value: "key" },
  channel: { kinds: ["posts"], value: "key" },
  impressions: { kinds: ["posts"], value: "count" },
  reposts: { kinds: ["posts"], value: "count" },
  comments: { kinds: ["posts"], value: "count" },
  likes: { kinds: ["posts"], value: "count" },
  saves: { kinds: ["posts"], value: "count" },
  engagements: { kinds: ["posts"], value: "count" },
  cost: { kinds: ["posts"], value: "cost" },
  contact: { kinds: ["posts"], value: "id" },
  postDate: { kinds: ["posts"], value: "date" },
  sentiment: { kinds: ["mentions"], value: "label" },
  text: { kinds: ["mentions"], value: "text" },
  positive: { kinds: ["mentions"], value: "count" },
  neutral: { kinds: ["mentions"], value: "count" },
  negative: { kinds: ["mentions"], value: "count" },
  score: { kinds: ["mentions"], value: "score" },
  orderId: { kinds: ["orders"], value: "id" },
  customer: { kinds: ["orders"], value: "id" },
  orderDate: { kinds: ["orders"], value: "date" },
  revenue: { kinds: ["orders"], value: "amount" },
  code: { kinds: ["posts", "orders"], value: "key" },
  utm: { kinds: ["orders"], value: "tag" },
  exposureDate: { kinds: ["orders"], value: "date" },
  status: { kinds: ["orders"], value: "tag" },
  cancelledAt: { kinds: ["orders"], value: "tag" },
  refunded: { kinds: ["orders"], value: "amount" },
  lineItem: { kinds: ["orders"], value: "tag" },
} as const satisfies Record<string, MeasureFacts>;

/** Every measure a column can be recognised as. */
export type Measure = keyof typeof MEASURES;

const ALL = Object.keys(MEASURES) as Measure[];

/** What a measure's cells hold. */
export function valueKindOf(measure: Measure): ValueKind {
  return MEASURES[measure].value;
}

/** The measures the pane offers for each kind of source, in the order its drop-downs list them. */
export const MEASURES_BY_KIND: Record<SourceKind, Measure[]> = {
  posts: offeredBy("posts"),
  mentions: offeredBy("mentions"),
  orders: offeredBy("orders"),
};

function offeredBy(kind: SourceKind): Measure[] {
  return ALL.filter((measure) => (MEASURES[measure].kinds as readonly SourceKind[]).includes(kind));
}

/**
 * Order columns that say a row may not be an order of its own, or not an order at all: a line item,
 * a voided, cancelled or refunded order. Their rows must be sorted before the summary counts them.
 */
export const ORDER_STATE_MEASURES: Measure[] = ["lineItem", "status", "cancelledAt", "refunded"];

/** True when a measure's cells must be numbers for the sheet's SUM and COUNTIFS to see them. */
export function isNumericMeasure(measure: Measure): boolean {
  const value = valueKindOf(measure);
  return value === "count" || value === "cost" || value === "amount" || value === "score";
}

/** True when a measure's numbers cannot be negative: counts, costs and amounts (a refund is its own column). */
export function isNonNegativeMeasure(measure: Measure): boolean {
  const value = valueKindOf(measure);
  return value === "count" || value === "cost" || value === "amount";
}

/** True when a measure's cells hold dates. */
export function isDateMeasure(measure: Measure): boolean {
  return valueKindOf(measure) === "date";
}

/** True when a measure's cells are text the sheet matches as written: keys, labels and tags. */
export function isIdentityText(measure: Measure): boolean {
  const value = valueKindOf(measure);
  return value === "key" || value === "label" || value === "tag";
}

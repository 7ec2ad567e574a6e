/** Which figures a set of mapped sources can give, decided from the mappings alone. */
import { CalculatedFigure } from "./figures";
import { Measure, SourceKind } from "./measures";
import { MappedSource } from "./source";

/** The source of a kind, if one was picked. */
export function sourceOf(sources: MappedSource[], kind: SourceKind): MappedSource | undefined {
  return sources.find((source) => source.table.kind === kind);
}

/** True when the source of that kind has a column mapped to the measure. */
export function hasColumn(sources: MappedSource[], kind: SourceKind, measure: Measure): boolean {
  return sourceOf(sources, kind)?.mapping[measure] !== undefined;
}

const ENGAGEMENTS = ["reposts", "comments", "likes", "saves"] as const;

/** The measures that count as engagements: their parts, or one column of totals. */
export type EngagementMeasure = (typeof ENGAGEMENTS)[number] | "engagements";

/**
 * The engagement measures the posts have, in a fixed order. A column of totals (互动量) counts only
 * where no part is given: beside its parts it would count every like twice.
 */
export function engagementMeasures(sources: MappedSource[]): EngagementMeasure[] {
  const parts = ENGAGEMENTS.filter((measure) => hasColumn(sources, "posts", measure));
  if (parts.length > 0 || !hasColumn(sources, "posts", "engagements")) return parts;
  return ["engagements"];
}

// The column that has a cell on every order row: the order's ID, the customer's, then the date, then the amount.
const ORDER_KEYS: Measure[] = ["orderId", "customer", "orderDate", "revenue"];

/** The orders column whose non-blank cells are counted as orders. */
export function orderKeyMeasure(sources: MappedSource[]): Measure | undefined {
  return ORDER_KEYS.find((measure) => hasColumn(sources, "orders", measure));
}

// Columns of sentiment the user gave: each means the mentions are labelled or counted already.
const GIVEN_SENTIMENT: Measure[] = ["sentiment", "positive", "neutral", "negative", "score"];

/** True for mentions with a comment-text column and no labels, counts or survey answers. */
export function needsCommentLabels({ table, mapping }: MappedSource): boolean {
  if (table.kind !== "mentions" || table.commentLabels || mapping.text === undefined) return false;
  return GIVEN_SENTIMENT.every((measure) => mapping[measure] === undefined);
}

/**
 * Whether the mentions give a count of one sentiment: from labels, from a column of counts, or
 * from comment text, which the add-in labels before the summary is made.
 */
function hasSentiment(sources: MappedSource[], measure: Measure): boolean {
  if (hasColumn(sources, "mentions", "sentiment") || hasColumn(sources, "mentions", measure))
    return true;
  const mentions = sourceOf(sources, "mentions");
  return mentions !== undefined && needsCommentLabels(mentions);
}

/** Every figure the mapped columns can give (a zero denominator may still leave one blank). */
export function availableFigures(sources: MappedSource[]): Set<CalculatedFigure> {
  const has = (kind: SourceKind, measure: Measure) => hasColumn(sources, kind, measure);
  const rules: [CalculatedFigure, boolean][] = [
    ["impressions", has("posts", "impressions")],
    ["engagements", engagementMeasures(sources).length > 0],
    ["positive", hasSentiment(sources, "positive")],
    ["neutral", hasSentiment(sources, "neutral")],
    ["negative", hasSentiment(sources, "negative")],
    ["nps", has("mentions", "score")],
    ["npsMoe", has("mentions", "score")],
    ["orders", orderKeyMeasure(sources) !== undefined],
    ["ordersByCode", has("orders", "code")],
    ["ordersByUtm", has("orders", "utm")],
    ["attributedOrders", has("orders", "orderDate") && has("orders", "exposureDate")],
    ["revenue", has("orders", "revenue")],
    ["cost", has("posts", "cost")],
    ["repeatRate", has("orders", "customer")],
  ];
  const figures = new Set(rules.filter(([, given]) => given).map(([figure]) => figure));
  const both = (a: CalculatedFigure, b: CalculatedFigure) => figures.has(a) && figures.has(b);
  if (both("impressions", "engagements")) figures.add("engagementRate");
  if (figures.has("impressions")) figures.add("emv");
  if (both("positive", "negative")) figures.add("socialNps").add("socialNpsMoe");
  if (both("cost", "orders")) figures.add("costPerOrder");
  // The staff time's inputs are always on the sheet, so that hours typed there count.
  if (figures.has("cost")) figures.add("staffCost");
  if (both("cost", "engagements")) figures.add("costPerEngagement");
  if (both("cost", "impressions")) figures.add("costPerView");
  if (both("revenue", "cost")) figures.add("roi");
  if (figures.has("roi") && figures.has("emv")) figures.add("roiWithEmv");
  return figures;
}

/** How leaderboard rows are told apart, and which source lists them. */
export interface LeaderboardKeying {
  key: "creator" | "code";
  from: "posts" | "orders";
}

/** Rows per creator when posts name them, else per discount code; undefined when neither exists. */
export function leaderboardKeying(sources: MappedSource[]): LeaderboardKeying | undefined {
  if (hasColumn(sources, "posts", "creator")) return { key: "creator", from: "posts" };
  if (hasColumn(sources, "posts", "code")) return { key: "code", from: "posts" };
  if (hasColumn(sources, "orders", "code")) return { key: "code", from: "orders" };
  return undefined;
}

/**
 * True when the orders on codes can be doubted: the posts give each code's creator, and the orders
 * their codes. Reach, dates and contacts each add a flag when the posts give them.
 */
export function auditsCodeOrders(sources: MappedSource[]): boolean {
  return hasColumn(sources, "posts", "code") && hasColumn(sources, "orders", "code");
}

/**
 * The sources whose every row the figure calculator must see, in the order given: for the repeat
 * rate, the leaderboard's order, the rate card's channels, the weeks of the orders, and survey
 * scores (answers written as text make NPS a value). The other figures are formulas that need only
 * the headers and a sample.
 */
export function sourcesNeedingFullData(sources: MappedSource[]): SourceKind[] {
  const has = (kind: SourceKind, measure: Measure) => hasColumn(sources, kind, measure);
  const needed = new Set<SourceKind>();
  const keying = leaderboardKeying(sources);
  if (keying) needed.add(keying.from);
  if (keying && has("orders", "code")) needed.add("orders");
  if (auditsCodeOrders(sources)) needed.add("posts").add("orders");
  if (has("orders", "customer") || has("orders", "orderDate")) needed.add("orders");
  if (has("posts", "channel") && has("posts", "impressions")) needed.add("posts");
  if (has("mentions", "score")) needed.add("mentions");
  return sources.map((source) => source.table.kind).filter((kind) => needed.has(kind));
}

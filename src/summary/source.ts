/** The campaign data the summary is built from, as read from a workbook or a file. No Office, no I/O. */

/** The three kinds of source a marketer picks; one table may hold several. */
export type SourceKind = "posts" | "mentions" | "orders";

/** Every measure a column can be recognised as. */
export type Measure =
  // posts: one row per post or per creator
  | "creator"
  | "channel"
  | "impressions"
  | "reposts"
  | "comments"
  | "likes"
  | "cost"
  | "code"
  // mentions: one row per comment, or counts per row, or survey answers
  | "sentiment"
  | "positive"
  | "neutral"
  | "negative"
  | "score"
  // orders: one row per order
  | "customer"
  | "orderDate"
  | "revenue"
  | "utm"
  | "exposureDate";

/** A block of cells with a header row, as the user selected it or as a file holds it. */
export interface SourceTable {
  kind: SourceKind;
  /** The worksheet holding the data (the CLI writes its sources to sheets of these names). */
  sheet: string;
  /** A1 address of the whole block on that sheet, header row included, e.g. "A1:H11". */
  address: string;
  /** The Excel table's name when the block is a table: formulas then use structured references. */
  tableName?: string;
  /** The header row's text, one entry per column. */
  headers: string[];
  /** The first data rows, for recognising columns and checking types; values as Excel gives them. */
  sample: unknown[][];
  /** Data rows in the block, header excluded. */
  rowCount: number;
}

/** Which column (0-based, within the source) holds each measure. */
export type ColumnMapping = Partial<Record<Measure, number>>;

/** A source with its confirmed column mapping. */
export interface MappedSource {
  table: SourceTable;
  mapping: ColumnMapping;
}

/** The assumptions the user sets in the pane or on the command line. */
export interface Assumptions {
  campaignName: string;
  /** Industry CPM in the workbook's currency, used for EMV. */
  cpm: number;
  /** Attribution window in days after first exposure. */
  windowDays: number;
  /** Whether EMV is shown as a second kind of return in the apex. */
  emvAsReturn: boolean;
}

/** Figures that cannot be written as a native formula that scales with the rows, computed from the full data. */
export interface ComputedFigures {
  /** Repeat rate over the orders' customer IDs, when an order log with customers is given. */
  repeatRate?: { value: number; customers: number; repeaters: number };
  /** When the computed figures were computed (ISO 8601). */
  computedAt: string;
}

/** The campaign data the summary is built from, as read from a workbook or a file. No Office, no I/O. */
import type { RowAccount } from "./row-account";
import type { Measure, SourceKind } from "./measures";
import type { CodeThresholds } from "../../kpi/order-log/code-flags";

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
  /** Text of the survey exports' extra header rows per column (question texts under IDs), for recognising. */
  headerHints?: string[];
  /** The first data rows, for recognising columns and checking types; values as Excel gives them. */
  sample: unknown[][];
  /** Data rows in the block, header excluded. */
  rowCount: number;
  /** What became of every row of what was given (a file, a selection): used, or left out and why. */
  account?: RowAccount;
  /**
   * True when every row was sorted into used and left out before the table was made (the report
   * writes only the used rows): line items, voided and refunded orders are then already out.
   */
  rowsSorted?: boolean;
  /** Areas merged down over several data rows, whose value only their top cell holds. */
  mergedDown?: MergedDown[];
  /** For the used rows of a source written to a sheet of their own: the source they came from. */
  usedRowsOf?: string;
  /** Set when the add-in labelled the mentions from their comment text, in columns after the source's own. */
  commentLabels?: CommentLabels;
}

/** How the add-in labelled a mentions source that gave comment text and no labels. */
export interface CommentLabels {
  /** How many words and phrases of the user's own lexicon were added to the built-in one. */
  ownWords: number;
  /** Where the user's words came from (a range, a file), when there were any. */
  lexicon?: string;
}

/** A cell merged down over data rows: its column and first and last data row, all 0-based within the source. */
export interface MergedDown {
  column: number;
  fromRow: number;
  toRow: number;
}

/** Which column (0-based, within the source) holds each measure. */
export type ColumnMapping = Partial<Record<Measure, number>>;

/** A source with its confirmed column mapping. */
export interface MappedSource {
  table: SourceTable;
  mapping: ColumnMapping;
}

/**
 * What one channel's actions are worth for EMV, in the workbook's currency. EMV has no industry
 * standard: every rate is an assumption the user sets.
 */
export interface ChannelRates {
  /** Value of 1,000 impressions (CPM). */
  cpm: number;
  perRepost: number;
  perComment: number;
  perLike: number;
}

/** An EMV rate card: rates per channel, and the rates of every channel it does not list. */
export interface RateCard {
  /** Each channel under the names a posts column may give it ("Weibo", "微博"), matched ignoring case. */
  channels: { names: string[]; rates: ChannelRates }[];
  /** Rates for posts of any other channel, or with no channel given. */
  other: ChannelRates;
}

/** The assumptions the user sets in the pane or on the command line. */
export interface Assumptions {
  campaignName: string;
  /** Industry CPM in the workbook's currency: the value of impressions when no rate card is given. */
  cpm: number;
  /**
   * The EMV rate card. Without one, every channel's impressions are valued at `cpm` and
   * engagements at nothing, which is EMV as docs/kpi.md defines it.
   */
  rateCard?: RateCard;
  /** Attribution window in days after first exposure. */
  windowDays: number;
  /** Whether EMV is shown as a second kind of return in the apex. */
  emvAsReturn: boolean;
  /** The team's time on the campaign, added to the cost at its hourly rate; none when absent. */
  staff?: StaffTime;
  /** When orders on a code are doubted; DEFAULT_CODE_THRESHOLDS when absent. */
  codeThresholds?: CodeThresholds;
}

/** Hours of staff time on a campaign and what an hour costs, in the workbook's currency. */
export interface StaffTime {
  hours: number;
  hourlyRate: number;
}

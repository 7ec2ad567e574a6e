/** The shape of the summary sheet's words, which every language fills in full. */
import type { NpsStanding } from "../kpi/benchmarks";
import type { CodeFlag } from "../kpi/order-log/code-flags";
import type { CalculatedFigure, Tier } from "../summary/model/figures";
import type { SourceKind } from "../summary/model/measures";
import type { LeftOutReason } from "../summary/model/row-account";
import type {
  CodeAuditColumn,
  LeaderboardColumn,
  RateCardColumn,
  WeekColumn,
} from "../summary/model/tables";

/** The texts of the NPS benchmark band. */
export interface BenchmarkWords {
  benchmarkAverage: string;
  benchmarkTopQuartile: string;
  /** The row saying where the score stands, for a survey NPS or a social NPS. */
  standing: Record<"nps" | "socialNps", string>;
  standings: Record<NpsStanding, string>;
  benchmarkNote: string;
  /** Added to the note when the score compared is a social NPS. */
  socialBenchmarkNote: string;
  standingNote: string;
}

/** The texts of the EMV rate card on the sheet. */
export interface RateCardWords {
  rateCardTitle: string;
  rateCardNote: string;
  rateCardColumns: Record<RateCardColumn, string>;
  /** The last row of a card that lists channels. */
  otherChannels: string;
  /** The only row of a card when the posts name no channel. */
  allPosts: string;
}

/** The texts of the action layer per week. */
export interface WeekWords {
  weeksTitle: string;
  weekColumns: Record<WeekColumn, string>;
  /** When the orders span more weeks than the table shows, `latestWeeks` is how many it shows. */
  weeksNote: (computedAt: string, latestWeeks?: number) => string;
  weeksChartTitle: string;
}

/** The texts of the retention table by cohort. */
export interface CohortWords {
  cohortsTitle: string;
  cohortColumns: { start: string; customers: string; month: (month: number) => string };
  /** How the table was computed, and what it leaves out when the data holds more than it shows. */
  cohortsNote: (
    computedAt: string,
    customers: number,
    shown: { cohorts?: number; months?: number }
  ) => string;
}

/** What the audit's one line says: the doubtful orders, on which codes and why, and the ROI they change. */
export interface CodeAuditLine {
  orders: number;
  flagged: number;
  /** Each code with doubtful orders as codeAuditCode tells it, most first, then codeAuditMoreCodes. */
  codes: string[];
  /** The campaign's ROI with and without the doubtful orders, formatted as the sheet shows ROI. */
  roi?: { with: string; without: string };
}

/** The texts of the doubtful code orders. */
export interface CodeAuditWords {
  codeAuditTitle: string;
  /** How orders are doubted, and that the flags are values computed when the summary was made. */
  codeAuditNote: (computedAt: string) => string;
  /** The audit in one line. */
  codeAuditLine: (line: CodeAuditLine) => string;
  /** A code in that line: its code, its creator and its flags as codeFlags tells them. */
  codeAuditCode: (code: string, creator: string | undefined, flags: string[]) => string;
  /** The codes with doubtful orders the line does not name. */
  codeAuditMoreCodes: (codes: number) => string;
  /** Each flag with its count of orders, as the line lists them. */
  codeFlags: Record<CodeFlag, (orders: number) => string>;
  /** The labels of the thresholds' cells. */
  codeThresholds: { minOrders: string; minShare: string; maxOrdersPerImpression: string };
  codeAuditColumns: Record<CodeAuditColumn, string>;
  /** Below the table when it lists only the codes with most doubtful orders. */
  codeAuditMore: (shown: number, codes: number) => string;
}

/** The notes on the values computed when the summary is made (figures no Excel 2016 formula gives). */
export interface ValueNoteWords {
  repeatRateNote: (computedAt: string, customers: number, repeaters: number) => string;
  /** On NPS and its margin of error over a score column holding answers as text. */
  surveyNpsNote: (computedAt: string, answers: number) => string;
}

/** Every text the summary sheet shows, its tab's name included. */
export interface SheetWords
  extends BenchmarkWords, RateCardWords, WeekWords, CohortWords, CodeAuditWords, ValueNoteWords {
  title: string;
  sheetName: string;
  /** Shown in the top-left cell when a refresh stopped part way, until a refresh writes the sheet whole. */
  refreshStopped: string;
  campaign: string;
  dataSources: string;
  sourceKinds: Record<SourceKind, string>;
  tableSource: (table: string, address: string) => string;
  /** A source's used rows, written to a sheet of their own, and where they came from. */
  usedRowsSource: (address: string, original: string) => string;
  /** The name of the sheet holding a source's used rows, e.g. "Orders (rows used)". */
  usedRowsSheet: (source: string) => string;
  /** The name of the sheet holding mentions the add-in labelled, e.g. "Mentions (labelled)". */
  labelledSheet: (source: string) => string;
  /** The headers of the columns the add-in adds to mentions it labels from their comment text. */
  commentLabels: { label: string; score: string; why: string };
  /** After a labelled source's address: how its sentiment was found. */
  labelledSource: (where: string) => string;
  /** A sentiment figure's label when the add-in labelled the mentions. */
  automaticFigure: (figure: string) => string;
  /** The note on those figures: how the labels were made and how to override them. */
  automaticNote: (ownWords: number) => string;
  /** The summary sheet's name for a named campaign, e.g. "Early Bird summary"; unnamed, it is `sheetName`. */
  campaignSheet: (campaign: string) => string;
  /** Every row of a source: "20 rows besides the header: 11 used". */
  rowsUsed: (seen: number, used: number) => string;
  /** The rows left out, after rowsUsed: "; left out: 6 line items, 1 voided order". */
  rowsLeftOut: (parts: string[]) => string;
  /** Each reason a row is left out, with its count. */
  leftOut: Record<LeftOutReason, (count: number) => string>;
  createdAt: string;
  assumptions: string;
  cpm: string;
  windowDays: string;
  emvAsReturn: string;
  staffHours: string;
  hourlyRate: string;
  tiers: Record<Tier, string>;
  notMeasured: Record<Tier, string>;
  figures: Record<CalculatedFigure, string>;
  figureNotes: Partial<Record<CalculatedFigure, string>>;
  retention: string;
  leaderboard: string;
  leaderboardColumns: Record<LeaderboardColumn, string>;
  funnel: string;
  chartTitle: string;
}

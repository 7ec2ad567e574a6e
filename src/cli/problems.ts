/** What can stop the report, independent of language: each problem ends the run with one line and no output file. */
import type { DayOrder } from "../cells/dates";
import type { ProblemDetail } from "../cells/problem";
import type { SourceProblem } from "../summary";

/** Each kind of problem, with what its message needs. Rows are 1-based, as a spreadsheet shows the file. */
export type ReportProblem =
  | { kind: "unknownOption"; option: string }
  | { kind: "missingValue"; option: string }
  | { kind: "badNumber"; option: string; value: string }
  /** A doubt threshold outside what it can be: a whole number from 1, a share up to 1, a rate above 0. */
  | {
      kind: "badThreshold";
      option: string;
      value: string;
      expected: "whole" | "share" | "positive";
    }
  | { kind: "badChoice"; option: string; value: string; choices: string[] }
  | { kind: "noSources" }
  | { kind: "missingFile"; file: string }
  | { kind: "notAFile"; file: string }
  | { kind: "unreadableEncoding"; file: string; encoding?: string }
  | { kind: "emptyFile"; file: string }
  | { kind: "headerOnly"; file: string }
  | { kind: "blankHeader"; file: string; column: number }
  | { kind: "duplicateHeader"; file: string; header: string }
  | { kind: "noSuchColumn"; file: string; header: string; headers: string[] }
  | { kind: "openQuote"; file: string; row: number; header: string }
  | { kind: "cutShort"; file: string; row: number; header: string; cells: number; columns: number }
  | {
      kind: "mixedCurrency";
      file: string;
      row: number;
      header: string;
      value: string;
      currencies: string[];
    }
  | { kind: "notNumber"; file: string; row: number; header: string; value: string }
  | { kind: "notDate"; file: string; row: number; header: string; value: string }
  /** A numeric date that reads only in the other order than its column's dates were read in. */
  | {
      kind: "dayOrderContradicted";
      file: string;
      row: number;
      header: string;
      value: string;
      order: DayOrder;
      because: DayOrderBasis;
    }
  /** Two dates of one column that each read one way only, and not the same way; `order` is the first's. */
  | {
      kind: "mixedDayOrder";
      file: string;
      header: string;
      first: string;
      order: DayOrder;
      second: string;
    }
  | { kind: "missingSheet"; file: string; sheet: string; sheets: string[] }
  | { kind: "notWorkbook"; file: string }
  | { kind: "htmlWorkbook"; file: string; extension: string }
  | { kind: "excel97Workbook"; file: string }
  | { kind: "outputExists"; file: string }
  | { kind: "outputIsInput"; file: string }
  | { kind: "outputNotXlsx"; file: string }
  | { kind: "outputFolderMissing"; file: string }
  | { kind: "cpmWithRateCard" }
  | { kind: "rateCardColumn"; file: string; column: "channel" | "cpm" }
  | { kind: "badRate"; file: string; row: number; header: string; value: string }
  | { kind: "blankChannel"; file: string; row: number }
  | { kind: "channelTwice"; file: string; row: number; channel: string }
  | { kind: "noOtherRow"; file: string }
  /** A row of the --lexicon file that cannot be used, worded as WOM.SENTIMENT words it. */
  | { kind: "lexicon"; detail: ProblemDetail }
  | { kind: "source"; problem: SourceProblem };

/** A problem raised while reading or writing; the command line turns it into its one-line message. */
export class ReportError extends Error {
  constructor(readonly problem: ReportProblem) {
    super(problem.kind);
    this.name = "ReportError";
  }
}

/** Raises a report problem. */
export function fail(problem: ReportProblem): never {
  throw new ReportError(problem);
}

/** Why a column's numeric dates were read in the order they were. */
export type DayOrderBasis =
  /** A date of the column that reads one way only, and its row in the file. */
  | { basis: "dates"; evidence: string; row: number }
  | { basis: "option" }
  | { basis: "platform"; platform: string }
  | { basis: "locale"; locale: string };

/** How --date-order names each order: day/month/year or month/day/year. */
export const DATE_ORDER_FLAGS: Record<DayOrder, "dmy" | "mdy"> = {
  dayFirst: "dmy",
  monthFirst: "mdy",
};

/**
 * Running totals over a source's rows, one chunk at a time: memory stays bounded, except for the
 * customer IDs (for the repeat rate), one entry per creator or discount code and, when the posts
 * give codes, a few numbers per order on a code (to tell the doubtful ones).
 */
import { dataCellAddress } from "../../cells/a1";
import { countNpsAnswers } from "../../cells/answers";
import { idKey } from "../../cells/keys";
import { sentimentOf } from "../../cells/sentiment-labels";
import { isBlank } from "../../cells/values";
import { isAttributed } from "../../kpi/attribution";
import { NpsCounts } from "../../kpi/nps";
import { CohortTally } from "../../kpi/order-log/cohorts";
import { CustomerTally } from "../../kpi/repeat";
import { SentimentCounts } from "../../kpi/sentiment";
import { cellIssue } from "../check/cell-checks";
import { cellProblem } from "../check/source-problems";
import { orderKeyMeasure } from "../model/availability";
import { Measure } from "../model/measures";
import { SourceProblem } from "../model/problems";
import { MappedSource } from "../model/source";
import { CodeOrderLog } from "./code-orders";
import { WeekTally } from "./weeks";

const SENTIMENTS = ["positive", "neutral", "negative"] as const;

/** One row's good cells by measure; blank and bad cells are absent. */
export type RowValues = Partial<Record<Measure, unknown>>;

/** Reads rows of one source, checking each mapped cell and reporting the first bad one per column. */
export class RowReader {
  rowsRead = 0;
  private readonly reported = new Set<Measure>();
  private readonly columns: [Measure, number][];

  constructor(
    private readonly source: MappedSource,
    private readonly report: (problem: SourceProblem) => void
  ) {
    const mapped = Object.entries(source.mapping).filter(([, column]) => column !== undefined);
    this.columns = mapped as [Measure, number][];
  }

  /** The next row's good cells. */
  read(row: readonly unknown[]): RowValues {
    const values: RowValues = {};
    for (const [measure, column] of this.columns) {
      const value = row[column];
      if (isBlank(value)) continue;
      const issue = cellIssue(this.source.table.kind, measure, value);
      if (issue === undefined) values[measure] = value;
      else if (!this.reported.has(measure)) {
        this.reported.add(measure);
        this.report(cellProblem(this.source.table, issue, measure, this.rowsRead, column, value));
      }
    }
    this.rowsRead++;
    return values;
  }

  /** The sheet address of a cell of the row just read. */
  lastCell(measure: Measure): string {
    return dataCellAddress(this.source.table, this.rowsRead - 1, this.source.mapping[measure] ?? 0);
  }
}

/** A cell's number, or 0 for an absent (blank or bad) cell. */
export const numberIn = (value: unknown): number => (typeof value === "number" ? value : 0);

/** Sentiment from labels and from columns of counts, and 0-10 survey answers. */
export class MentionsTally {
  readonly labels: SentimentCounts = { positive: 0, neutral: 0, negative: 0 };
  readonly counts: SentimentCounts = { positive: 0, neutral: 0, negative: 0 };
  readonly answers: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  /** Answers written as text ("10 - Extremely likely", "9"), which the sheet's COUNTIFS cannot count. */
  textAnswers = 0;
  unknownLabels = 0;
  firstUnknown?: { cell: string; value: unknown };

  /** Adds a chunk of rows; survey answers are classified per chunk by the NPS code. */
  addChunk(reader: RowReader, rows: readonly (readonly unknown[])[]): void {
    // One row of every score in the chunk: no array per answer.
    const scores: unknown[] = [];
    for (const row of rows) {
      const values = reader.read(row);
      for (const sentiment of SENTIMENTS) this.counts[sentiment] += numberIn(values[sentiment]);
      if (values.score !== undefined) scores.push(values.score);
      if (typeof values.score === "string") this.textAnswers++;
      if (values.sentiment !== undefined) this.addLabel(values.sentiment, reader);
    }
    // Scores were checked cell by cell, so counting them cannot fail.
    const answered = countNpsAnswers([scores]);
    if (!answered.ok) return;
    this.answers.promoters += answered.value.promoters;
    this.answers.passives += answered.value.passives;
    this.answers.detractors += answered.value.detractors;
  }

  private addLabel(label: unknown, reader: RowReader): void {
    const sentiment = typeof label === "string" ? sentimentOf(label) : undefined;
    if (sentiment !== undefined) {
      this.labels[sentiment]++;
      return;
    }
    this.unknownLabels++;
    this.firstUnknown ??= { cell: reader.lastCell("sentiment"), value: label };
  }
}

/** An order log's counts and sums, per discount code, and its customers. */
export class OrdersTally {
  orders = 0;
  byCode = 0;
  byUtm = 0;
  attributed = 0;
  revenue = 0;
  readonly customers = new CustomerTally();
  /** Customers by the month of their first order, and the months they ordered in after it. */
  readonly cohorts = new CohortTally("month");
  readonly weeks = new WeekTally();
  readonly codes = new Map<number | string, { code: string; orders: number; revenue: number }>();
  /** The orders on a code, kept when the posts give the codes' creators. */
  readonly codeOrders?: CodeOrderLog;
  private readonly key: Measure | undefined;

  constructor(
    source: MappedSource,
    private readonly windowDays: number,
    auditCodes: boolean
  ) {
    this.key = orderKeyMeasure([source]);
    if (auditCodes) this.codeOrders = new CodeOrderLog();
  }

  add(values: RowValues): void {
    if (this.key !== undefined && values[this.key] !== undefined) this.orders++;
    if (values.utm !== undefined) this.byUtm++;
    const revenue = numberIn(values.revenue);
    this.revenue += revenue;
    const exposure = values.exposureDate;
    const order = values.orderDate;
    // One key per order, shared by every tally that keeps the customer.
    const customer =
      values.customer === undefined ? undefined : idKey(values.customer as number | string);
    if (customer !== undefined) {
      this.customers.add(customer);
      if (typeof order === "number") this.cohorts.add(customer, order);
    }
    const attributed =
      typeof exposure === "number" &&
      typeof order === "number" &&
      isAttributed(exposure, order, this.windowDays);
    if (attributed) this.attributed++;
    if (typeof order === "number") this.weeks.add(order, revenue, attributed);
    if (values.code === undefined) return;
    this.byCode++;
    const key = idKey(values.code as number | string);
    const code = this.codes.get(key) ?? { code: String(values.code), orders: 0, revenue: 0 };
    code.orders++;
    code.revenue += revenue;
    this.codes.set(key, code);
    this.codeOrders?.add(key, customer, order, revenue);
  }
}

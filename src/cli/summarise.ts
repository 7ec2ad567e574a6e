/** One run of the report: read every source once, streaming, into the figure calculator and the workbook. */
import fs from "fs";
import { localTimestamp } from "../cells/dates";
import { success } from "../cells/result";
import { Locale, wordsOf } from "../i18n";
import { evidenceText } from "../i18n/cell-messages";
import { builtInLexicon } from "../sentiment";
import {
  AddRows,
  Assumptions,
  CommentLabeller,
  makeSummary,
  MappedSource,
  RowAccount,
  RowReader,
  RowSorter,
  SheetPlan,
  SourceKind,
  SourceProblem,
  SummaryFigures,
  uniqueSheetName,
} from "../summary";
import { ReportOptions } from "./arguments";
import { fail } from "./problems";
import { Progress, ProgressStream } from "./progress";
import { CellValue } from "./read/cell-values";
import { ColumnCurrencies } from "./read/currencies";
import { readLexiconFile } from "./read/lexicon-file";
import { readRateCard } from "./read/rate-card-file";
import {
  checkInputs,
  checkRecordEnd,
  inputFile,
  inputFiles,
  readFileHead,
  readFileRecords,
  settleEncoding,
  typedRow,
} from "./read/source-file";
import {
  checkSources,
  LABEL_TYPES,
  PreparedFile,
  prepareFile,
  sheetNameFor,
  withRowCount,
} from "./read/sources";
import { cachedValues } from "./write/cached-values";
import { checkOutput } from "./write/output-file";
import { WorkbookFile } from "./write/workbook-writer";

/** One file read: where its table was, which column became which measure, and every row's fate. */
export interface InputReport {
  prepared: PreparedFile;
  accounts: Partial<Record<SourceKind, RowAccount>>;
}

/** What a run produced: the figures, the plan of the summary sheet, and warnings about what it left out. */
export interface ReportResult {
  figures: SummaryFigures;
  assumptions: Assumptions;
  plan: SheetPlan;
  warnings: SourceProblem[];
  inputs: InputReport[];
}

const ROWS_PER_CHUNK = 5000;

async function prepareAll(
  options: ReportOptions,
  labeller: CommentLabeller,
  dateLocale?: string
): Promise<PreparedFile[]> {
  const files = inputFiles(options.inputs);
  const extra = [options.rateCard, options.lexicon].flatMap((ref) =>
    ref ? [inputFile(ref, [])] : []
  );
  checkInputs([...files, ...extra]);
  if (options.out)
    checkOutput(
      options.out,
      [...files, ...extra].map((file) => file.ref.path),
      options.force
    );
  const prepared: PreparedFile[] = [];
  for (const file of files) {
    const encoding = await settleEncoding(file, options.encoding);
    const headerRow = file.kinds.map((kind) => options.headerRows[kind]).find((row) => row);
    const head = await readFileHead(file, encoding, headerRow);
    const sheet = sheetNameFor(
      file,
      prepared.map((p) => p.sheet)
    );
    prepared.push(
      prepareFile(
        file,
        encoding,
        head,
        sheet,
        options.columnChoices,
        { order: options.dateOrder, locale: dateLocale },
        labeller
      )
    );
  }
  return prepared;
}

/** The rows of a file: how many went to the summary, and the account of every row per kind. */
interface StreamedFile {
  rowCount: number;
  accounts: Partial<Record<SourceKind, RowAccount>>;
}

// Reads every row under the header, typed, into the summary and (when writing) the file's sheet;
// the rows left out (totals, line items, voided orders…) are counted with their reason.
async function streamFile(
  prepared: PreparedFile,
  add: AddRows,
  workbook: WorkbookFile | undefined,
  onBytes: (bytes: number) => void
): Promise<StreamedFile> {
  const { file, headers, types, start, dayOrders, labels } = prepared;
  const sheet = labels
    ? workbook?.addSourceSheet(
        prepared.sheet,
        [...headers, ...labels.labeller.headers],
        [...types, ...LABEL_TYPES]
      )
    : workbook?.addSourceSheet(prepared.sheet, headers, types);
  const mappings = Object.fromEntries(
    prepared.sources.map((source) => [source.table.kind, source.mapping])
  );
  const sorter = new RowSorter(start, mappings);
  const currencies = new ColumnCurrencies(types, headers, file.label);
  const firstDataRow = start.header + start.extraHeaderRows + 2;
  let lastRow = firstDataRow - 1;
  let rowCount = 0;
  for await (const batch of readFileRecords(file, prepared.encoding)) {
    const rows: CellValue[][] = [];
    for (const record of batch.records) {
      if (record.row < firstDataRow) continue;
      // A workbook leaves out the rows that hold nothing: they are blank rows all the same.
      for (let gap = lastRow + 1; gap < record.row; gap++) sorter.screen([]);
      lastRow = record.row;
      checkRecordEnd(record, headers, file.label);
      if (!sorter.screen(record.cells)) continue;
      currencies.check(record);
      const values: CellValue[] = typedRow(record, headers, types, file.label, dayOrders);
      if (labels) values.push(...labels.labeller.cells(values[labels.textColumn]));
      if (sorter.keep(values)) rows.push(values);
    }
    for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) {
      const chunk = rows.slice(from, from + ROWS_PER_CHUNK);
      for (const kind of file.kinds) add(kind, chunk);
      await sheet?.writeRows(chunk);
    }
    rowCount += rows.length;
    onBytes(batch.bytesRead);
  }
  sheet?.finish();
  const accounts = Object.fromEntries(file.kinds.map((kind) => [kind, sorter.account(kind)]));
  return { rowCount, accounts };
}

async function assumptionsOf(options: ReportOptions): Promise<Assumptions> {
  const assumptions: Assumptions = {
    campaignName: options.campaign ?? wordsOf(options.locale).report.defaultCampaign,
    cpm: options.cpm,
    windowDays: options.windowDays,
    emvAsReturn: options.emvAsReturn,
    ...(options.staff ? { staff: options.staff } : {}),
    ...(options.codeThresholds ? { codeThresholds: options.codeThresholds } : {}),
  };
  if (options.rateCard)
    assumptions.rateCard = await readRateCard(options.rateCard, options.encoding);
  return assumptions;
}

// Streams the files one after the other (the workbook's sheets are written in that order); a bad
// file ends the run with its problem.
function fileRows(
  prepared: PreparedFile[],
  locale: Locale,
  workbook: WorkbookFile | undefined,
  progressStream: ProgressStream,
  accounts: Partial<Record<SourceKind, RowAccount>>[]
): RowReader<never> {
  return async (_kinds, add) => {
    const sizes = prepared.map((p) => fs.statSync(p.file.ref.path).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    const progress = new Progress(progressStream, total, wordsOf(locale).report.reading);
    const sources: MappedSource[] = [];
    let done = 0;
    for (const [i, file] of prepared.entries()) {
      const onBytes = (bytes: number) => progress.update(done + bytes, file.file.label);
      const streamed = await streamFile(file, add, workbook, onBytes);
      accounts[i] = streamed.accounts;
      done += sizes[i];
      sources.push(...withRowCount(file, streamed.rowCount, streamed.accounts));
    }
    progress.done();
    return success(sources);
  };
}

function addSummary(
  workbook: WorkbookFile,
  plan: SheetPlan,
  figures: SummaryFigures,
  prepared: PreparedFile[],
  locale: Locale
): void {
  const name = uniqueSheetName(
    plan.baseName,
    prepared.map((p) => p.sheet)
  );
  const cached = cachedValues(plan, figures, locale);
  workbook.addSummarySheet(name, plan, cached);
}

/** Reads the sources, computes the figures and, with an output path, writes the workbook; all or nothing. */
export async function summarise(
  options: ReportOptions,
  progressStream: ProgressStream,
  now = new Date(),
  dateLocale?: string
): Promise<ReportResult> {
  const { locale } = options;
  const lexicon = options.lexicon
    ? await readLexiconFile(options.lexicon, options.encoding)
    : undefined;
  const labeller = new CommentLabeller({
    lexicon: lexicon?.lexicon ?? builtInLexicon(),
    locale,
    describe: (evidence) => evidenceText(evidence, locale),
    ...(lexicon ? { own: { words: lexicon.words, from: lexicon.file } } : {}),
  });
  const prepared = await prepareAll(options, labeller, dateLocale);
  const sources = prepared.flatMap((p) => p.sources);
  const warnings = checkSources(sources);
  const assumptions = await assumptionsOf(options);
  const workbook = options.out ? new WorkbookFile(options.out) : undefined;
  try {
    const accounts: Partial<Record<SourceKind, RowAccount>>[] = [];
    const rows = fileRows(prepared, locale, workbook, progressStream, accounts);
    const summary = await makeSummary(sources, assumptions, rows, {
      locale,
      createdAt: localTimestamp(now),
      computedAt: now.toISOString(),
      rows: "all",
    });
    // The calculator names the first bad cell of each column; the first of those stops the report.
    if (!summary.ok) return fail({ kind: "source", problem: summary.problems[0] });
    const { figures } = summary.value;
    // Unnamed, the campaign is a word in the header ("Campaign"); the sheet keeps its own name.
    const plan =
      options.campaign === undefined
        ? { ...summary.value.plan, baseName: wordsOf(locale).sheet.sheetName }
        : summary.value.plan;
    if (workbook) {
      addSummary(workbook, plan, figures, prepared, locale);
      await workbook.save();
    }
    const inputs = prepared.map((p, i) => ({ prepared: p, accounts: accounts[i] }));
    return {
      figures,
      assumptions,
      plan,
      warnings: [...warnings, ...(summary.warnings ?? [])],
      inputs,
    };
  } catch (error) {
    await workbook?.discard();
    throw error;
  }
}

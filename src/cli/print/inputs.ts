/** What the report tells of each file it read: the header's row, which column became which measure, every row's fate. */
import { Locale, wordsOf } from "../../i18n";
import { isoDateOf } from "../../cells/dates";
import { isDateMeasure, Measure, RowAccount, rowAccountText, SourceKind } from "../../summary";
import { CellValue } from "../read/cell-values";
import { PreparedFile } from "../read/sources";
import { InputReport } from "../summarise";

const SAMPLES = 2;

function sourceOf(prepared: PreparedFile, kind: SourceKind) {
  return prepared.sources.find((s) => s.table.kind === kind);
}

function mappedColumns(prepared: PreparedFile, kind: SourceKind): [Measure, number][] {
  const entries = Object.entries(sourceOf(prepared, kind)?.mapping ?? {}) as [Measure, number][];
  return entries.sort((a, b) => a[1] - b[1]);
}

// A source's headers: the file's, and the label columns the report adds to mentions it labels.
function headersOf(prepared: PreparedFile, kind: SourceKind): string[] {
  return sourceOf(prepared, kind)?.table.headers ?? prepared.headers;
}

function samplesOf(
  prepared: PreparedFile,
  kind: SourceKind,
  measure: Measure,
  column: number
): string[] {
  const sample = sourceOf(prepared, kind)?.table.sample ?? [];
  const values = sample
    .map((row) => row[column] as CellValue)
    .filter((v) => v !== null && v !== "");
  const shown = (value: CellValue) =>
    isDateMeasure(measure) && typeof value === "number" ? isoDateOf(value) : String(value);
  // Two different values tell more than the first row's twice.
  return [...new Set(values.map(shown))].slice(0, SAMPLES);
}

// The file's columns of numeric dates, each with the order they were read in and why.
function dayOrdersOf(prepared: PreparedFile) {
  return prepared.dayOrders.flatMap((choice, column) =>
    choice ? [{ header: prepared.headers[column], ...choice }] : []
  );
}

/** Each file's header row, mapping, refused columns and row accounting, as --json gives them. */
export function inputsJson(inputs: InputReport[]): Record<string, unknown>[] {
  return inputs.flatMap(({ prepared, accounts }) =>
    prepared.file.kinds.map((kind) => {
      const account = accounts[kind] as RowAccount;
      const headers = headersOf(prepared, kind);
      const mapping = Object.fromEntries(
        mappedColumns(prepared, kind).map(([measure, column]) => [measure, headers[column]])
      );
      const labels = sourceOf(prepared, kind)?.table.commentLabels;
      const refused =
        prepared.refused
          .find((r) => r.kind === kind)
          ?.columns.map(({ measure, column, because }) => ({
            measure,
            header: prepared.headers[column],
            because,
          })) ?? [];
      return {
        kind,
        file: prepared.file.label,
        headerRow: account.headerRow,
        mapping,
        refused,
        dateOrders: dayOrdersOf(prepared),
        ...(labels ? { labelledAutomatically: labels } : {}),
        rows: { seen: account.seen, used: account.used, leftOut: account.leftOut },
      };
    })
  );
}

/** The same for the terminal, in the report's language. */
export function renderInputs(inputs: InputReport[], locale: Locale): string {
  const words = wordsOf(locale);
  const said = words.report.inputs;
  const lines: string[] = [];
  for (const { prepared, accounts } of inputs) {
    for (const kind of prepared.file.kinds) {
      const account = accounts[kind] as RowAccount;
      lines.push(said.header(`${prepared.file.label} (${kind})`, account.headerRow));
      const headers = headersOf(prepared, kind);
      for (const [measure, column] of mappedColumns(prepared, kind)) {
        const samples = samplesOf(prepared, kind, measure, column);
        lines.push(said.column(words.measures[measure], headers[column], samples));
      }
      const labels = sourceOf(prepared, kind)?.table.commentLabels;
      if (labels && prepared.labels)
        lines.push(
          said.labelled(headers[prepared.labels.textColumn], labels.ownWords, labels.lexicon)
        );
      const refused = prepared.refused.find((r) => r.kind === kind)?.columns ?? [];
      for (const { measure, column, because } of refused)
        lines.push(
          said.refused(prepared.headers[column], words.measures[measure], said.because[because])
        );
      lines.push(`  ${rowAccountText(account, words.sheet)}`);
    }
    for (const { header, order, because } of dayOrdersOf(prepared))
      lines.push(said.dayOrder(header, order, because));
  }
  lines.push(said.howToMap, "");
  return lines.join("\n") + "\n";
}

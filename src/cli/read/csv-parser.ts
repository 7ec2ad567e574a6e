/** A streaming CSV parser (RFC 4180, as Excel and Chinese tools export it): text in, records out. */

/** One record of a CSV file with its 1-based row number, the row it occupies when a spreadsheet opens the file. */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** How the file's last record ended, when not with a line break: a cut-short file shows here. */
  end?: RecordEnd;
}

/** The end of a file inside its last record: no line break after it, or a quote never closed (in that cell). */
export type RecordEnd = { kind: "noLineBreak" } | { kind: "openQuote"; column: number };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The field separator of a file, guessed from its header line: comma, tab or semicolon. */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const counts = [",", "\t", ";"].map((delimiter) => ({
    delimiter,
    count: unquoted.split(delimiter).length - 1,
  }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ",";
}

/** Parses CSV text fed in chunks of any size; records split across chunks are completed by the next push. */
export class CsvParser {
  private pending = "";
  private openQuote = false;
  private nextRow = 1;
  private readonly delimiter: number;

  constructor(delimiter = ",") {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Adds a chunk of text and returns the records it completed; blank lines are skipped but counted. */
  push(chunk: string): CsvRecord[] {
    return this.parse(this.pending + chunk, false);
  }

  /** Ends the input and returns the last record, if the text did not end with a line break. */
  finish(): CsvRecord[] {
    return this.parse(this.pending, true);
  }

  private parse(text: string, final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    let start = 0;
    while (start < text.length) {
      const end = this.readRecord(text, start, final, records);
      if (end < 0) break;
      start = end;
    }
    this.pending = text.slice(start);
    return records;
  }

  // Reads the record at `start`; returns where the next begins, or -1 when the text ends inside it.
  private readRecord(text: string, start: number, final: boolean, out: CsvRecord[]): number {
    const cells: string[] = [];
    let i = start;
    for (;;) {
      const field =
        text.charCodeAt(i) === QUOTE
          ? this.readQuoted(text, i, final)
          : this.readPlain(text, i, final);
      if (!field) return -1;
      cells.push(field.value);
      i = field.end;
      if (i >= text.length) {
        if (!final) return -1;
        const end: RecordEnd = this.openQuote
          ? { kind: "openQuote", column: cells.length - 1 }
          : { kind: "noLineBreak" };
        this.emit(cells, out, end);
        return i;
      }
      const code = text.charCodeAt(i);
      if (code === this.delimiter) {
        i++;
        continue;
      }
      // A CR at the very end of a chunk may be the first half of CRLF: wait for the next chunk.
      if (code === CR && i + 1 >= text.length && !final) return -1;
      this.emit(cells, out);
      return code === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    }
  }

  private readPlain(
    text: string,
    start: number,
    final: boolean
  ): { value: string; end: number } | undefined {
    let i = start;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === this.delimiter || code === LF || code === CR) break;
      i++;
    }
    if (i >= text.length && !final) return undefined;
    return { value: text.slice(start, i), end: i };
  }

  // A quoted field: "" stands for one quote; text after the closing quote is kept, as Excel does.
  private readQuoted(
    text: string,
    start: number,
    final: boolean
  ): { value: string; end: number } | undefined {
    let value = "";
    let from = start + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) {
        if (!final) return undefined;
        this.openQuote = true;
        return { value: value + text.slice(from), end: text.length };
      }
      if (quote + 1 >= text.length && !final) return undefined;
      value += text.slice(from, quote);
      if (text.charCodeAt(quote + 1) === QUOTE) {
        value += '"';
        from = quote + 2;
        continue;
      }
      const rest = this.readPlain(text, quote + 1, final);
      if (!rest) return undefined;
      return { value: value + rest.value, end: rest.end };
    }
  }

  private emit(cells: string[], out: CsvRecord[], end?: RecordEnd): void {
    const row = this.nextRow++;
    if (cells.length === 1 && cells[0] === "") return;
    out.push(end ? { row, cells, end } : { row, cells });
  }
}

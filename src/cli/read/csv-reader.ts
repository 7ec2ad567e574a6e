/** Streaming a CSV file as records: the encoding is settled from its first megabyte, then it is decoded chunk by chunk. */
import fs from "fs";
import { fail } from "../problems";
import { CsvParser, CsvRecord, detectDelimiter } from "./csv-parser";
import { Big5Structure, chooseEncoding, DetectedEncoding, EncodingChoice } from "./encoding";

/** Records read so far and how far into the file they reach, for progress. */
export interface RecordBatch {
  records: CsvRecord[];
  bytesRead: number;
}

// Large enough to see past an ASCII header into the Chinese text below it; small enough to read at once.
const DETECTION_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 20;

/** Reads the first bytes of a file, to settle its encoding. */
export async function readHead(path: string, size: number): Promise<Uint8Array> {
  const handle = await fs.promises.open(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(size, DETECTION_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The encoding a CSV file is read with; an unreadable file raises a problem naming it. */
export async function csvEncoding(
  path: string,
  label: string,
  choice: EncodingChoice
): Promise<DetectedEncoding> {
  const size = (await fs.promises.stat(path)).size;
  if (size === 0) fail({ kind: "emptyFile", file: label });
  const head = await readHead(path, size);
  const encoding = chooseEncoding(choice, head, head.length === size);
  if (!encoding) fail({ kind: "unreadableEncoding", file: label });
  return encoding;
}

/** Streams a CSV file's records in batches, in its settled encoding; stopping early (a sample) closes the file. */
export async function* readCsvRecords(
  path: string,
  label: string,
  { encoding, bomLength }: DetectedEncoding
): AsyncGenerator<RecordBatch> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const big5 = encoding === "big5" ? new Big5Structure() : undefined;
  const decode = (bytes?: Uint8Array): string => {
    const wellFormed = !big5 || (bytes ? big5.push(bytes) : big5.end());
    try {
      if (wellFormed) return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      // Reported below, with the encoding named.
    }
    return fail({ kind: "unreadableEncoding", file: label, encoding: choiceName(encoding) });
  };
  const stream = fs.createReadStream(path, { start: bomLength, highWaterMark: CHUNK_BYTES });
  let parser: CsvParser | undefined;
  let bytesRead = bomLength;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      const text = decode(chunk);
      parser ??= new CsvParser(detectDelimiter(text.split(/\r?\n|\r/, 1)[0]));
      yield { records: parser.push(text), bytesRead };
    }
    const tail = decode();
    parser ??= new CsvParser(detectDelimiter(tail.split(/\r?\n|\r/, 1)[0]));
    yield { records: [...parser.push(tail), ...parser.finish()], bytesRead };
  } finally {
    stream.destroy();
  }
}

function choiceName(encoding: string): string {
  return encoding === "utf-8" ? "UTF-8" : encoding === "big5" ? "Big5" : encoding.toUpperCase();
}

/**
 * Rewrites a finished zip file (an .xlsx package) with some parts changed or added. Every other part
 * is copied as its stored bytes, without inflating or compressing it again, so a workbook with large
 * source sheets costs a file copy; only the changed parts, small XML, are held in memory.
 */
import fs from "fs";
import { once } from "events";
import { finished } from "stream/promises";
import zlib from "zlib";
import { ZipEntry, zipDirectory, zipEntryText } from "../read/zip-entries";

/** A new part's text, or an edit of an existing part's text (given undefined when the zip has none). */
export type PartChange = string | ((current: string | undefined) => string);

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
// Version 2.0 (deflate); flag bit 11: the name is UTF-8.
const VERSION = 20;
const UTF8_NAME = 0x0800;
const DEFLATED = 8;
// Past these the sizes and offsets live in ZIP64 records, which this writer does not rewrite.
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 a zip records for a part's uncompressed bytes. */
export function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// MS-DOS date and time, as zip headers store them.
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A part written anew: its local header and deflated data, and its central directory record. */
function newPart(name: string, text: string, offset: number): { local: Buffer; record: Buffer } {
  const data = Buffer.from(text, "utf8");
  const compressed = zlib.deflateRawSync(data);
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(data);
  const { time, day } = dosDateTime(new Date());
  // The local header and the directory record hold the same fields from flags to name length, the
  // record two bytes further on (it adds "version made by").
  const fields = (header: Buffer, at: number) => {
    header.writeUInt16LE(UTF8_NAME, at);
    header.writeUInt16LE(DEFLATED, at + 2);
    header.writeUInt16LE(time, at + 4);
    header.writeUInt16LE(day, at + 6);
    header.writeUInt32LE(crc, at + 8);
    header.writeUInt32LE(compressed.length, at + 12);
    header.writeUInt32LE(data.length, at + 16);
    header.writeUInt16LE(nameBytes.length, at + 20);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL_HEADER, 0);
  local.writeUInt16LE(VERSION, 4);
  fields(local, 6);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(DIRECTORY_ENTRY, 0);
  record.writeUInt16LE(VERSION, 4);
  record.writeUInt16LE(VERSION, 6);
  fields(record, 8);
  record.writeUInt32LE(offset, 42);
  return {
    local: Buffer.concat([local, nameBytes, compressed]),
    record: Buffer.concat([record, nameBytes]),
  };
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

function refuseZip64(entries: ZipEntry[], directoryOffset: number): void {
  const large = (n: number) => n >= MAX_32;
  if (
    entries.length >= MAX_ENTRIES ||
    large(directoryOffset) ||
    entries.some((entry) => large(entry.localHeaderOffset) || large(entry.compressedSize))
  )
    throw new Error("The workbook is too large to add parts to (a ZIP64 file)");
}

/**
 * Writes `target`: the zip `source` with each part named in `changes` replaced by (or, when new,
 * added as) its changed text, and every other part copied byte for byte in its place.
 */
export async function rewriteZip(
  source: string,
  target: string,
  changes: ReadonlyMap<string, PartChange>
): Promise<void> {
  const directory = zipDirectory(source);
  const entries = [...directory.entries.values()].sort(
    (a, b) => a.localHeaderOffset - b.localHeaderOffset
  );
  refuseZip64(entries, directory.directoryOffset);
  const out = fs.createWriteStream(target);
  const records: Buffer[] = [];
  let written = 0;
  const write = async (bytes: Buffer) => {
    written += bytes.length;
    if (!out.write(bytes)) await once(out, "drain");
  };
  // Unchanged parts lie back to back, each with its data descriptor: a run of them is copied as one
  // range of the file, up to the next changed part or the central directory.
  let runStart = -1;
  const copyRun = async (end: number) => {
    if (runStart < 0 || end <= runStart) return;
    for await (const chunk of fs.createReadStream(source, { start: runStart, end: end - 1 }))
      await write(chunk as Buffer);
    runStart = -1;
  };
  const addPart = async (name: string, text: string) => {
    const part = newPart(name, text, written);
    records.push(part.record);
    await write(part.local);
  };
  try {
    for (const entry of entries) {
      const change = changes.get(entry.name);
      if (change === undefined) {
        if (runStart < 0) runStart = entry.localHeaderOffset;
        const record = Buffer.from(entry.directoryRecord);
        record.writeUInt32LE(written + (entry.localHeaderOffset - runStart), 42);
        records.push(record);
        continue;
      }
      await copyRun(entry.localHeaderOffset);
      if (typeof change === "string")
        throw new Error(`The workbook already has a part ${entry.name}`);
      await addPart(entry.name, change(await zipEntryText(source, entry)));
    }
    await copyRun(directory.directoryOffset);
    for (const [name, change] of changes)
      if (!directory.entries.has(name))
        await addPart(name, typeof change === "string" ? change : change(undefined));
    const directoryStart = written;
    for (const record of records) await write(record);
    if (records.length >= MAX_ENTRIES || written >= MAX_32)
      throw new Error("The workbook is too large to add parts to (a ZIP64 file)");
    await write(endOfDirectory(records.length, written - directoryStart, directoryStart));
    out.end();
    await finished(out);
  } catch (error) {
    // The file may still be opening: removed only once the stream has closed, or it comes back.
    const closed = once(out, "close");
    out.destroy();
    await closed;
    await fs.promises.rm(target, { force: true });
    throw error;
  }
}

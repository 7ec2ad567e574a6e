/** Reading single parts of a zip file (an .xlsx package) from its central directory, without loading the file. */
import fs from "fs";
import { Readable } from "stream";
import zlib from "zlib";

/** Where one stored part lies in the zip file and how it is compressed. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
  /** The entry's record in the central directory, as stored: a rewritten zip copies it. */
  directoryRecord: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
const END_SEARCH_BYTES = 22 + 0xffff;

/** Raised when the file is not a zip file this reader understands. */
export class NotZipError extends Error {}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The parts of a zip file by name, read from the directory at its end. */
export function zipEntries(path: string): Map<string, ZipEntry> {
  return zipDirectory(path).entries;
}

/** The parts of a zip file and where its central directory starts, which is where its last part ends. */
export function zipDirectory(path: string): {
  entries: Map<string, ZipEntry>;
  directoryOffset: number;
} {
  const fd = fs.openSync(path, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const tailStart = Math.max(0, size - END_SEARCH_BYTES);
    const tail = readAt(fd, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0 && end < 0; i--)
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) end = i;
    if (end < 0) throw new NotZipError(`${path} is not a zip file`);
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const directory = readAt(fd, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
        throw new NotZipError(`${path} has a damaged zip directory`);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      entries.set(name, {
        name,
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        localHeaderOffset: directory.readUInt32LE(at + 42),
        directoryRecord: Buffer.from(
          directory.subarray(at, at + 46 + nameLength + extraLength + commentLength)
        ),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { entries, directoryOffset };
  } finally {
    fs.closeSync(fd);
  }
}

// The data starts after the local header, whose name and extra field may differ in length from the directory's.
function dataOffset(path: string, entry: ZipEntry): number {
  const fd = fs.openSync(path, "r");
  try {
    const header = readAt(fd, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER)
      throw new NotZipError(`${path} has a damaged zip entry ${entry.name}`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    fs.closeSync(fd);
  }
}

/** The uncompressed bytes of one part, as a stream. */
export function zipEntryStream(path: string, entry: ZipEntry): Readable {
  const start = dataOffset(path, entry);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = fs.createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new NotZipError(`${entry.name} uses zip method ${entry.method}`);
  const inflate = zlib.createInflateRaw();
  raw.on("error", (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

/** One small part as text, such as xl/workbook.xml. */
export async function zipEntryText(path: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of zipEntryStream(path, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** What a file holds by its first bytes, whatever its name: an .xls name can hide a web page or an Excel 97-2003 file. */
import fs from "fs";
import path from "path";
import { fail } from "../problems";

/** The kinds of content told apart: the report reads "text" (CSV) and "zip" (.xlsx) files. */
export type FileKind = "zip" | "excel97" | "html" | "text";

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Enough to reach the <table> of a back office's page past its <head> and styles.
const HEAD_BYTES = 64 * 1024;

const startsWith = (head: Buffer, magic: number[]) => magic.every((byte, i) => head[i] === byte);

// The start of the text after any byte-order mark, in UTF-16 if the mark says so.
function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString("utf16le");
  if (head[0] === 0xfe && head[1] === 0xff)
    return Buffer.from(head.subarray(2)).swap16().toString("utf16le");
  const start = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return head.toString("latin1", start);
}

/**
 * The kind of a file's content from its first bytes. A page starts with "<" (as <html, <!DOCTYPE or
 * <table); a page with a preamble is found by its <table only under an .xls name, since a CSV cell
 * may hold the word.
 */
export function fileKind(file: string): FileKind {
  const fd = fs.openSync(file, "r");
  let head: Buffer;
  try {
    head = Buffer.alloc(HEAD_BYTES);
    head = head.subarray(0, fs.readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
  if (startsWith(head, OLE2_MAGIC)) return "excel97";
  if (startsWith(head, ZIP_MAGIC)) return "zip";
  const text = headText(head);
  if (text.trimStart().startsWith("<")) return "html";
  if (/\.xls$/i.test(file) && /<table\b/i.test(text)) return "html";
  return "text";
}

/** Stops at a web page or an Excel 97-2003 file, with what it is and how to make it readable. */
export function checkReadableKind(file: string, label: string): void {
  const kind = fileKind(file);
  const extension = path.extname(file).toLowerCase();
  if (kind === "html") fail({ kind: "htmlWorkbook", file: label, extension });
  if (kind === "excel97") fail({ kind: "excel97Workbook", file: label });
}

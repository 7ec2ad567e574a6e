/** Telling the text encoding of a CSV file: a byte-order mark, valid UTF-8, else GB18030 or Big5. */

/** An encoding the report can read, as the WHATWG TextDecoder names it. */
export type Encoding = "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";

/** What the user may ask for with --encoding. */
export type EncodingChoice = "auto" | "utf8" | "gb18030" | "big5";

/** The encoding of a file and the length of its byte-order mark, which is not part of the text. */
export interface DetectedEncoding {
  encoding: Encoding;
  bomLength: number;
}

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

// Big5 trail bytes run 0x40-0x7E and 0xA1-0xFE; GB2312 text, the bulk of GB18030 exports, only 0xA1-0xFE.
const BIG5_LOW_TRAIL_SHARE = 0.15;

/** The byte-order mark at the start of a file, if any. */
function byteOrderMark(head: Uint8Array): DetectedEncoding | undefined {
  for (const mark of BYTE_ORDER_MARKS) {
    if (mark.bytes.every((byte, i) => head[i] === byte)) {
      return { encoding: mark.encoding, bomLength: mark.bytes.length };
    }
  }
  return undefined;
}

/**
 * Checks Big5's byte structure across chunks: a lead byte 0x81-0xFE, then a trail byte 0x40-0x7E or
 * 0xA1-0xFE. Node's Big5 decoder silently drops the stray bytes 0x80 and 0xFF instead of failing.
 */
export class Big5Structure {
  private expectTrail = false;

  /** False as soon as the bytes so far cannot be Big5. */
  push(bytes: Uint8Array): boolean {
    for (const byte of bytes) {
      if (this.expectTrail) {
        if (!((byte >= 0x40 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xfe))) return false;
        this.expectTrail = false;
      } else if (byte >= 0x80) {
        if (byte === 0x80 || byte === 0xff) return false;
        this.expectTrail = true;
      }
    }
    return true;
  }

  /** False when the input ended inside a character. */
  end(): boolean {
    return !this.expectTrail;
  }
}

/** True when the bytes decode under the encoding without error; `complete` says the sample is the whole file. */
function decodesCleanly(sample: Uint8Array, encoding: Encoding, complete: boolean): boolean {
  if (encoding === "big5") {
    const structure = new Big5Structure();
    if (!structure.push(sample) || (complete && !structure.end())) return false;
  }
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** The share of double-byte characters whose second byte lies in 0x40-0xA0, which Big5 uses and GB2312 does not. */
export function lowTrailShare(sample: Uint8Array): number {
  let pairs = 0;
  let lowTrails = 0;
  for (let i = 0; i < sample.length - 1; i++) {
    if (sample[i] < 0x80) continue;
    const trail = sample[i + 1];
    // GB18030's four-byte sequences have a digit as second byte: they count as GB evidence.
    if (trail >= 0x30 && trail <= 0x39) {
      pairs++;
      i += 3;
      continue;
    }
    pairs++;
    if (trail >= 0x40 && trail <= 0xa0) lowTrails++;
    i++;
  }
  return pairs === 0 ? 0 : lowTrails / pairs;
}

/** Guesses a file's encoding from its first bytes; undefined when no supported encoding reads them. */
export function detectEncoding(
  sample: Uint8Array,
  complete: boolean
): DetectedEncoding | undefined {
  const marked = byteOrderMark(sample);
  if (marked) return marked;
  // A NUL byte does not occur in text in any of these encodings: the file is binary.
  if (sample.includes(0)) return undefined;
  if (decodesCleanly(sample, "utf-8", complete)) return { encoding: "utf-8", bomLength: 0 };
  const gb = decodesCleanly(sample, "gb18030", complete);
  const big5 = decodesCleanly(sample, "big5", complete);
  if (gb && big5) {
    const encoding = lowTrailShare(sample) > BIG5_LOW_TRAIL_SHARE ? "big5" : "gb18030";
    return { encoding, bomLength: 0 };
  }
  if (gb) return { encoding: "gb18030", bomLength: 0 };
  if (big5) return { encoding: "big5", bomLength: 0 };
  return undefined;
}

/** The encoding to read a file with: the user's choice, or the detected one (a BOM is skipped either way). */
export function chooseEncoding(
  choice: EncodingChoice,
  sample: Uint8Array,
  complete: boolean
): DetectedEncoding | undefined {
  if (choice === "auto") return detectEncoding(sample, complete);
  const encoding: Encoding = choice === "utf8" ? "utf-8" : choice;
  const marked = byteOrderMark(sample);
  return { encoding, bomLength: marked?.encoding === encoding ? marked.bomLength : 0 };
}

// Encoding text as GB18030 or Big5 for fixtures, by inverting Node's own decoders over every two-byte code.

type Legacy = "gb18030" | "big5";
const tables = new Map<Legacy, Map<string, number[]>>();

function encodingTable(encoding: Legacy): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        // The first code wins: some characters have a second, compatibility code.
        if ([...char].length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // Not a character in this encoding.
      }
    }
  }
  tables.set(encoding, table);
  return table;
}

/** The bytes of `text` in GB18030 or Big5; ASCII stays one byte; a character the encoding lacks throws. */
export function encodeLegacy(text: string, encoding: Legacy): Buffer {
  const table = encodingTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`${char} has no ${encoding} code`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

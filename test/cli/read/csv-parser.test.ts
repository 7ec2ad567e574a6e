import fc from "fast-check";
import { CsvParser, CsvRecord, detectDelimiter } from "../../../src/cli/read/csv-parser";

function parseWhole(text: string, delimiter = ","): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.finish()];
}

function parseInChunks(chunks: string[]): CsvRecord[] {
  const parser = new CsvParser(",");
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.finish()];
}

describe("CsvParser", () => {
  it("reads records with the row each occupies in a spreadsheet", () => {
    expect(parseWhole("creator,cost\nLin,50\nWang,40\n")).toEqual([
      { row: 1, cells: ["creator", "cost"] },
      { row: 2, cells: ["Lin", "50"] },
      { row: 3, cells: ["Wang", "40"] },
    ]);
  });

  it("reads quoted fields holding separators, doubled quotes and line breaks", () => {
    const text = 'name,comment\r\n"Lin, Jr.","He said ""great""\nand left"\r\nWang,ok\r\n';
    expect(parseWhole(text)).toEqual([
      { row: 1, cells: ["name", "comment"] },
      { row: 2, cells: ["Lin, Jr.", 'He said "great"\nand left'] },
      { row: 3, cells: ["Wang", "ok"] },
    ]);
  });

  it("skips blank lines but counts them, so rows match the file", () => {
    expect(parseWhole("a\n\n1\n\n")).toEqual([
      { row: 1, cells: ["a"] },
      { row: 3, cells: ["1"] },
    ]);
  });

  it("reads a last record without a line break, and empty trailing fields", () => {
    expect(parseWhole("a,b\n1,")).toEqual([
      { row: 1, cells: ["a", "b"] },
      // Said, so that a row cut short (fewer cells than the header) can be told.
      { row: 2, cells: ["1", ""], end: { kind: "noLineBreak" } },
    ]);
  });

  it("keeps text after a closing quote, as Excel does", () => {
    expect(parseWhole('"12"3,x\n')).toEqual([{ row: 1, cells: ["123", "x"] }]);
  });

  it("treats a CR at the end of one chunk and LF at the start of the next as one line break", () => {
    expect(parseInChunks(["a,b\r", "\nc,d\r", "\n"])).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["c", "d"] },
    ]);
  });

  it("reads the same records however the text is cut into chunks", () => {
    const field = fc.stringMatching(/^[a-z"\n,\r 中]{0,6}$/);
    const csv = fc
      .array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
      .map((rows) =>
        rows
          .map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(","))
          .join("\r\n")
      );
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
          (a, b) => a - b
        );
        const chunks = [0, ...points].map((from, i) =>
          text.slice(from, [...points, text.length][i])
        );
        expect(parseInChunks(chunks)).toEqual(parseWhole(text));
      })
    );
  });

  it("reads tab-separated text", () => {
    expect(parseWhole("a\tb\n1\t2\n", "\t")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "2"] },
    ]);
  });
});

describe("detectDelimiter", () => {
  it("finds tabs and semicolons, and takes a comma by default", () => {
    expect(detectDelimiter("creator\tcost\timpressions")).toBe("\t");
    expect(detectDelimiter("creator;cost;impressions")).toBe(";");
    expect(detectDelimiter("creator,cost")).toBe(",");
    expect(detectDelimiter("creator")).toBe(",");
  });

  it("ignores separators inside quoted headers", () => {
    expect(detectDelimiter('"cost, USD"\t"a,b"\tc')).toBe("\t");
  });
});

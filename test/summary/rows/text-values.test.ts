// Numbers and dates a sheet holds as text are read as exports print them (docs/kpi.md), and only
// where the figures need a number or a date.
import { hasTextToRead, textReaderOf } from "../../../src/summary/rows/text-values";
import { MappedSource } from "../../../src/summary";

describe("reading a mapped column's text", () => {
  it("reads counts and amounts with their units, currencies and no-answer marks", () => {
    const read = textReaderOf("impressions", []);
    expect(read?.("1.2万")).toBe(12000);
    expect(read?.("152.3K")).toBe(152300);
    expect(textReaderOf("cost", [])?.("$1,200.00")).toBe(1200);
    // "-" is no answer: a blank, which SUM skips as it skips an empty cell.
    expect(read?.("-")).toBe("");
    expect(read?.("about 50K")).toBe("about 50K");
    expect(read?.(34000)).toBe(34000);
  });

  it("reads dates as text, a numeric one only in the order a date of the sample shows", () => {
    // 2024-03-05 is serial 45356: 45292 (2024-01-01) + 31 + 29 + 4.
    expect(textReaderOf("orderDate", [])?.("2024-03-05 21:02:11 -0500")).toBeCloseTo(
      45356 + (21 * 3600 + 2 * 60 + 11) / 86400,
      9
    );
    expect(textReaderOf("orderDate", ["13/03/2024"])?.("05/03/2024")).toBe(45356);
    expect(textReaderOf("orderDate", ["03/13/2024"])?.("03/05/2024")).toBe(45356);
    // No date of the sample tells the order: the text stays, and the check names it.
    expect(textReaderOf("orderDate", ["01/03/2024"])?.("05/03/2024")).toBe("05/03/2024");
  });

  it("leaves names and codes as they are", () => {
    expect(textReaderOf("creator", [])).toBeUndefined();
    expect(textReaderOf("code", [])).toBeUndefined();
  });

  it("reads a survey's no-answer marks and skip codes as blanks and plain answers as numbers", () => {
    const read = textReaderOf("score", []);
    expect(read?.("(跳过)")).toBe("");
    // 问卷星 codes a skipped question -3 and one it did not show -2.
    expect(read?.(-3)).toBe("");
    expect(read?.("9")).toBe(9);
    // "10 - Extremely likely" stays: the NPS figures read the labelled ends themselves.
    expect(read?.("10 - Extremely likely")).toBe("10 - Extremely likely");
    expect(read?.(7)).toBe(7);
  });

  it("finds text to read in a sample read where it is, never in the report's typed rows", () => {
    const source = (rowsSorted: boolean): MappedSource => ({
      table: {
        kind: "posts",
        sheet: "Notes",
        address: "A1:B3",
        headers: ["达人昵称", "阅读量"],
        sample: [
          ["小美", 34000],
          ["阿杰", "1.2万"],
        ],
        rowCount: 2,
        ...(rowsSorted ? { rowsSorted } : {}),
      },
      mapping: { creator: 0, impressions: 1 },
    });
    expect(hasTextToRead(source(false))).toBe(true);
    expect(hasTextToRead(source(true))).toBe(false);
  });
});

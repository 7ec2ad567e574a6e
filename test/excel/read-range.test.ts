// Reading a small range such as the user's words: from the selection, and again where it was, with
// rows typed under it; within what Excel on the web allows a response.
import { RANGE_ROWS_LIMIT, readRangeAgain, readSelectedRange } from "../../src/excel/read-range";
import { SUMMARY_MARK } from "../../src/excel/write-summary";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake/workbook";

const WORDS = [
  ["Word", "Weight"],
  ["Lumo", 2],
  ["回购", 1.5],
];

function wordsWorkbook(values: unknown[][] = WORDS): FakeExcel {
  return new FakeExcel([
    { name: "Words", data: [{ at: "B2", values }] },
    { name: "Summary", customProperties: { [SUMMARY_MARK]: "1" } },
  ]);
}

describe("readSelectedRange", () => {
  it("reads the block around a single selected cell, in two round trips", async () => {
    const excel = wordsWorkbook();
    excel.select("Words", "C3");
    const read = await readSelectedRange(excel.host());
    expect(read).toEqual({
      ok: true,
      warnings: [],
      value: { sheet: "Words", address: "B2:C4", values: WORDS },
    });
    expect(excel.syncs).toBe(2);
  });

  it("reads the filled part of whole columns", async () => {
    const excel = wordsWorkbook();
    excel.select("Words", "B1:C1048576");
    const read = await readSelectedRange(excel.host());
    expect(read.ok && read.value.address).toBe("B2:C4");
  });

  it("refuses an empty selection and the add-in's own sheets", async () => {
    const excel = wordsWorkbook();
    excel.select("Words", "F1:G9");
    expect(await readSelectedRange(excel.host())).toMatchObject({
      ok: false,
      problems: [{ code: "emptySelection" }],
    });
    excel.select("Summary", "A1");
    expect(await readSelectedRange(excel.host())).toMatchObject({
      ok: false,
      problems: [{ code: "ownSheet", sheet: "Summary", made: "summary" }],
    });
  });

  it("refuses more rows than it reads, without reading past them", async () => {
    const rows = Array.from({ length: RANGE_ROWS_LIMIT + 1 }, (_, i) => [`word ${i}`, 1]);
    const excel = wordsWorkbook(rows);
    excel.select("Words", "B2");
    const read = await readSelectedRange(excel.host());
    expect(read).toMatchObject({
      ok: false,
      problems: [{ code: "rangeTooLarge", address: `Words!B2:C${RANGE_ROWS_LIMIT + 2}` }],
    });
    expect(Math.max(...excel.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("reads a third column of a wider block, so that it can be told too wide", async () => {
    const excel = wordsWorkbook(WORDS.map((row) => [...row, "note", "more"]));
    excel.select("Words", "B2");
    const read = await readSelectedRange(excel.host());
    expect(read.ok && read.value.values[0]).toEqual(["Word", "Weight", "note"]);
  });
});

describe("readRangeAgain", () => {
  it("takes in rows typed under the range, in its own columns", async () => {
    const excel = wordsWorkbook();
    excel.sheet("Words").place("B5", [["别买", -2, "typed beside"]]);
    const read = await readRangeAgain(excel.host(), "Words", "B2:C4");
    expect(read.ok && read.value).toEqual({
      sheet: "Words",
      address: "B2:C5",
      values: [...WORDS, ["别买", -2]],
    });
  });

  it("says the range is gone with its sheet", async () => {
    const excel = wordsWorkbook();
    expect(await readRangeAgain(excel.host(), "Old words", "A1:B9")).toMatchObject({
      ok: false,
      problems: [{ code: "sourceGone", address: "'Old words'!A1:B9" }],
    });
  });
});

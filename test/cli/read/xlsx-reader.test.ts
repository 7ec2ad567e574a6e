import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { CellValue } from "../../../src/cli/read/cell-values";
import { MergeFiller, mergedRangesOf } from "../../../src/cli/read/merged-cells";
import { partOfTarget } from "../../../src/cli/read/workbook-parts";
import { readSheetRecords, SheetRecord } from "../../../src/cli/read/xlsx-reader";
import { ReportError, ReportProblem } from "../../../src/cli/problems";
import { makeFolder, removeFolder } from "../support/run-report";

const EXPORTS = path.resolve(__dirname, "../../fixtures/exports");

async function records(file: string, sheet?: string): Promise<SheetRecord[]> {
  const all: SheetRecord[] = [];
  for await (const batch of readSheetRecords(file, path.basename(file), sheet))
    all.push(...batch.records);
  return all;
}

async function problemOf(run: Promise<unknown>): Promise<ReportProblem> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!(error instanceof ReportError)) throw new Error(`expected a report problem, got ${error}`);
  return error.problem;
}

describe("relationship targets", () => {
  it("resolve relative to xl/ or from the package root", () => {
    expect(partOfTarget("worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(partOfTarget("/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(partOfTarget("./worksheets/../worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
  });
});

describe("a workbook written by openpyxl", () => {
  const book = path.join(EXPORTS, "pugongying-notes-openpyxl.xlsx");

  it("is read by its sheet's name, inline strings as text and counts as numbers", async () => {
    const rows = await records(book, "投放明细");
    // Row 1 is the merged title, row 2 the header, rows 3-10 the eight notes, row 11 合计.
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[1].cells.slice(0, 3)).toEqual(["达人昵称", "小红书号", "笔记标题"]);
    expect(rows[1].cells[15]).toBe("优惠码");
    // The first note: 曝光量 kept as the text "3.4w", 互动量 2880 = 1860 + 742 + 215 + 63.
    const first = rows[2].cells;
    expect(first[0]).toBe("小美咖啡日记");
    expect(first[1]).toBe("95270011");
    expect(first[6]).toBe("3.4w");
    expect(first.slice(8, 13)).toEqual([2880, 1860, 742, 215, 63]);
    expect(first[15]).toBe("XHS-MEI");
  });

  it("is read from its first sheet when no sheet is named", async () => {
    const rows = await records(book);
    expect(rows[2].cells[0]).toBe("小美咖啡日记");
  });

  it("names the sheets it has when the sheet asked for is missing", async () => {
    expect(await problemOf(records(book, "Sheet1"))).toEqual({
      kind: "missingSheet",
      file: book,
      sheet: "Sheet1",
      sheets: ["投放明细"],
    });
  });
});

describe("merged cells", () => {
  it("of the agency's report give 达人 and 优惠码 to every post under the merge", async () => {
    const rows = await records(path.join(EXPORTS, "agency-report.xlsx"));
    const posts = rows.filter((r) => r.row >= 5 && r.row <= 10);
    // A5:A7 and K5:K7 hold 小美咖啡日记 / XHS-MEI, A8:A9 and K8:K9 阿杰的早餐 / WB-JIE, row 10 is unmerged.
    expect(posts.map((r) => r.cells[0])).toEqual([
      "小美咖啡日记",
      "小美咖啡日记",
      "小美咖啡日记",
      "阿杰的早餐",
      "阿杰的早餐",
      "Mia Brews",
    ]);
    expect(posts.map((r) => r.cells[10])).toEqual([
      "XHS-MEI",
      "XHS-MEI",
      "XHS-MEI",
      "WB-JIE",
      "WB-JIE",
      "IG-MIA",
    ]);
    // The title merged across A1:K1 keeps its value in A1 only.
    expect(rows[0].row).toBe(1);
    expect(rows[0].cells.filter((cell) => cell !== null)).toHaveLength(1);
  });

  it("are filled down row by row, a merge within one row left alone", () => {
    const filler = new MergeFiller(
      mergedRangesOf('<mergeCell ref="A1:C1"/><mergeCell ref="B2:C4"/>')
    );
    const rows: CellValue[][] = [["title"], ["a", "x"], ["b"], [], ["e", "y"]];
    const filled = rows.map((cells, i) => filler.fill(i + 1, cells));
    expect(filled).toEqual([
      ["title"],
      ["a", "x", "x"],
      ["b", "x", "x"],
      [null, "x", "x"],
      ["e", "y"],
    ]);
  });
});

describe("workbooks the reader refuses", () => {
  let folder: string;
  beforeEach(() => (folder = makeFolder()));
  afterEach(() => removeFolder(folder));

  it("a file that is no zip is not a workbook", async () => {
    const file = path.join(folder, "book.xlsx");
    fs.writeFileSync(file, "plain text");
    expect(await problemOf(records(file))).toEqual({ kind: "notWorkbook", file: "book.xlsx" });
  });

  it("an ExcelJS workbook is still read from the sheet named", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("first").addRow(["a"]);
    book.addWorksheet("second").addRows([
      ["x", "y"],
      [1, 2],
    ]);
    const file = path.join(folder, "book.xlsx");
    await book.xlsx.writeFile(file);
    expect(await records(file, "second")).toEqual([
      { row: 1, cells: ["x", "y"] },
      { row: 2, cells: [1, 2] },
    ]);
  });
});

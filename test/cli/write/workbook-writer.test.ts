import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { zipEntries, zipEntryText } from "../../../src/cli/read/zip-entries";
import { WorkbookFile } from "../../../src/cli/write/workbook-writer";
import { SheetPlan } from "../../../src/summary";

// A small plan made by hand: a title, an input cell, formulas with figure keys, a merge, a rule and a chart.
const PLAN: SheetPlan = {
  baseName: "Campaign Summary",
  refreshStopped: "Incomplete",
  cells: [
    {
      row: 0,
      column: 0,
      content: { kind: "text", text: "Campaign summary" },
      style: { bold: true, fontSize: 16 },
    },
    { row: 1, column: 0, content: { kind: "text", text: '=HYPERLINK("http://x")' } },
    { row: 2, column: 0, content: { kind: "text", text: "CPM" } },
    {
      row: 2,
      column: 1,
      content: { kind: "number", value: 8 },
      style: { input: true },
      figure: "cpm",
    },
    {
      row: 3,
      column: 0,
      content: { kind: "text", text: "Impressions" },
      style: { fill: "#DDEBF7" },
    },
    {
      row: 3,
      column: 1,
      content: { kind: "formula", formula: "=SUM(posts!C2:C3)" },
      numberFormat: "#,##0",
      figure: "impressions",
    },
    {
      row: 4,
      column: 1,
      content: { kind: "formula", formula: "=B4/1000*B3" },
      numberFormat: "#,##0.00",
      style: { italic: true, fontColor: "#C00000", horizontalAlignment: "Right", wrapText: true },
      note: "Impressions / 1,000 × CPM.",
      figure: "emv",
    },
    { row: 5, column: 1, content: { kind: "formula", formula: "=B5*2" } },
    { row: 6, column: 1, content: { kind: "boolean", value: false }, figure: "emvAsReturn" },
  ],
  merges: [{ fromRow: 0, fromColumn: 0, toRow: 0, toColumn: 2 }],
  columnWidths: [30, 14, 10],
  rowHeights: [{ row: 4, lines: 2 }],
  conditionalFormats: [{ kind: "trafficLight", address: "B4:B5", amberFrom: 0, greenFrom: 1 }],
  charts: [
    {
      preferred: "funnel",
      fallback: "bar",
      title: "From reach to orders",
      categoriesAddress: "A4:A5",
      valuesAddress: "B4:B5",
      anchor: { row: 8, column: 0 },
      size: { rows: 10, columns: 4 },
    },
  ],
  sourceSheets: ["posts"],
};

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "wom-writer-"));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

async function writeExample(out: string): Promise<ExcelJS.Workbook> {
  const file = new WorkbookFile(out);
  const posts = file.addSourceSheet(
    "posts",
    ["creator", "date", "impressions"],
    ["text", "date", "number"]
  );
  await posts.writeRows([
    ["=cmd", 45413, 16000],
    ["Wang", 45413.5, 64000],
  ]);
  expect(posts.finish()).toBe(2);
  const cached = new Map([
    ["3,1", 80000],
    ["4,1", 640],
  ]);
  file.addSummarySheet("Campaign Summary", PLAN, cached);
  await file.save();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return workbook;
}

describe("WorkbookFile", () => {
  it("writes the source rows with their types and a bold header", async () => {
    const workbook = await writeExample(path.join(folder, "out.xlsx"));
    const posts = workbook.getWorksheet("posts")!;
    expect(posts.getRow(1).values).toEqual([undefined, "creator", "date", "impressions"]);
    expect(posts.getCell("A1").font.bold).toBe(true);
    // Text from the file stays text, even when it starts with "=".
    expect(posts.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(posts.getCell("A2").value).toBe("=cmd");
    expect(posts.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(posts.getCell("B3").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(posts.getCell("C3").value).toBe(64000);
  });

  it("writes formulas with their cached values, and leaves the others to recalculation", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    expect(summary.getCell("B4").value).toEqual({ formula: "SUM(posts!C2:C3)", result: 80000 });
    expect(summary.getCell("B5").value).toEqual({ formula: "B4/1000*B3", result: 640 });
    expect(summary.getCell("B6").value).toEqual({ formula: "B5*2" });
    expect(summary.getCell("B3").value).toBe(8);
    expect(summary.getCell("B7").value).toBe(false);
  });

  it("writes text that looks like a formula as text", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    expect(summary.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(summary.getCell("A2").value).toBe('=HYPERLINK("http://x")');
  });

  it("writes number formats, fonts, fills, alignment, notes, widths and merges", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    expect(summary.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(summary.getCell("B4").numFmt).toBe("#,##0");
    expect(summary.getCell("B5").numFmt).toBe("#,##0.00");
    expect(summary.getCell("B5").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(summary.getCell("B5").alignment).toMatchObject({ horizontal: "right", wrapText: true });
    expect(summary.getCell("A4").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(summary.getCell("B5").note).toBe("Impressions / 1,000 × CPM.");
    expect(summary.getColumn(1).width).toBe(30);
    expect(summary.getCell("C1").isMerged).toBe(true);
    expect(summary.getCell("C1").master.address).toBe("A1");
  });

  it("gives input cells Excel's Input look", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    expect(summary.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFFFCC99" } });
    expect(summary.getCell("B3").border.top).toMatchObject({ style: "thin" });
  });

  it("writes the traffic light as three rules: green from greenFrom, amber from amberFrom, red below", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    // ExcelJS reads conditional formats back but does not declare them on Worksheet.
    const [format] = (
      summary as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(format.ref).toBe("B4:B5");
    expect(
      format.rules.map((rule: ExcelJS.ConditionalFormattingRule) => [
        (rule as ExcelJS.CellIsRuleType).operator,
        (rule as ExcelJS.CellIsRuleType).formulae,
      ])
    ).toEqual([
      // The file holds the bounds as formula text.
      ["greaterThanOrEqual", ["1"]],
      ["between", ["0", "1"]],
      ["lessThan", ["0"]],
    ]);
    expect(format.rules.map((rule: ExcelJS.ConditionalFormattingRule) => rule.priority)).toEqual([
      1, 2, 3,
    ]);
  });

  it("draws the plan's chart from the summary's cells, anchored where the plan puts it", async () => {
    const out = path.join(folder, "out.xlsx");
    const summary = (await writeExample(out)).getWorksheet("Campaign Summary")!;
    const entries = zipEntries(out);
    const text = (name: string) => zipEntryText(out, entries.get(name)!);
    const chart = await text("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<c:f>&apos;Campaign Summary&apos;!$A$4:$A$5</c:f>");
    expect(chart).toContain("<c:f>&apos;Campaign Summary&apos;!$B$4:$B$5</c:f>");
    // The cached values are what the cells show: their labels and the formulas' results.
    expect(chart).toContain('<c:pt idx="0"><c:v>Impressions</c:v></c:pt>');
    expect(chart).toContain(
      '<c:pt idx="0"><c:v>80000</c:v></c:pt><c:pt idx="1"><c:v>640</c:v></c:pt>'
    );
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>"
    );
    // The summary is the second sheet: its part is sheet2.xml, and it points at the drawing.
    expect(await text("xl/worksheets/sheet2.xml")).toMatch(
      /<pageSetup[^>]*\/><drawing r:id="rIdCharts"\/>/
    );
    expect(await text("xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Target="../drawings/drawing1.xml"'
    );
    expect(await text("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    // No note stands in for the chart.
    expect(summary.getCell("A9").value).toBeNull();
    expect(summary.getCell("A9").isMerged).toBe(false);
  });

  it("makes the rows of large text, and the rows the plan makes taller, tall enough to show them", async () => {
    const summary = (await writeExample(path.join(folder, "out.xlsx"))).getWorksheet(
      "Campaign Summary"
    )!;
    expect(summary.getRow(1).height).toBeCloseTo(16 * 1.4, 5);
    // Two lines of Excel's default 15-point row.
    expect(summary.getRow(5).height).toBe(30);
    expect(summary.getRow(4).height).toBeUndefined();
  });

  it("names the default font in every font it writes, so that viewers measure text as Excel does", async () => {
    const workbook = await writeExample(path.join(folder, "out.xlsx"));
    const summary = workbook.getWorksheet("Campaign Summary")!;
    for (const address of ["A1", "B5"])
      expect(summary.getCell(address).font).toMatchObject({
        name: "Calibri",
        size: address === "A1" ? 16 : 11,
      });
    expect(workbook.getWorksheet("posts")!.getCell("A1").font).toMatchObject({
      name: "Calibri",
      bold: true,
    });
  });

  it("opens on the summary sheet and leaves no temporary file", async () => {
    const out = path.join(folder, "out.xlsx");
    const workbook = await writeExample(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["posts", "Campaign Summary"]);
    expect(workbook.views[0].activeTab).toBe(1);
    expect(fs.readdirSync(folder)).toEqual(["out.xlsx"]);
  });

  it("leaves nothing behind when discarded halfway", async () => {
    const out = path.join(folder, "out.xlsx");
    const file = new WorkbookFile(out);
    const posts = file.addSourceSheet("posts", ["a"], ["general"]);
    await posts.writeRows(Array.from({ length: 5000 }, (_, i) => [i]));
    await file.discard();
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

// The written workbook opened in LibreOffice Calc, forced to recalculate every formula: each figure it
// computes must equal what the KPI code computes for the same data, and docs/kpi.md's worked example.
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { parseArguments } from "../../src/cli/arguments";
import { ReportResult, summarise } from "../../src/cli/summarise";
import { WorkbookFile } from "../../src/cli/write/workbook-writer";
import { zipEntries, zipEntryText } from "../../src/cli/read/zip-entries";
import { convert, csvNumber, recalculatedSheet } from "./support/libreoffice";
import { EXAMPLE_ARGS, makeFolder, removeFolder } from "./support/run-report";

const quiet = { write: () => true };

// LibreOffice writes 15 significant digits.
function expectSame(
  libreOffice: number,
  expected: number,
  where: string,
  source = "the KPI code"
): void {
  const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(libreOffice - expected) <= tolerance))
    throw new Error(`${where}: LibreOffice computed ${libreOffice}, ${source} ${expected}`);
}

async function reportAndRecalculate(
  folder: string,
  argv: string[]
): Promise<[ReportResult, string[][]]> {
  const out = path.join(folder, "summary.xlsx");
  const result = await summarise(parseArguments([...argv, "--out", out]), quiet);
  // The summary sheet comes after one sheet per source file.
  const summaryIndex = result.plan.sourceSheets.length + 1;
  return [result, await recalculatedSheet(out, summaryIndex)];
}

let folder: string;
beforeAll(() => (folder = makeFolder()));
afterAll(() => removeFolder(folder));

describe("the report's workbook in LibreOffice Calc", () => {
  let result: ReportResult;
  let sheet: string[][];
  beforeAll(async () => {
    [result, sheet] = await reportAndRecalculate(folder, [...EXAMPLE_ARGS, "--emv-as-return"]);
  });

  it("recalculates every figure of the pyramid to the KPI code's value", () => {
    const figures = result.figures as unknown as Record<string, number>;
    const cells = result.plan.cells.filter(
      (cell) => cell.figure && typeof figures[cell.figure] === "number"
    );
    expect(cells.length).toBeGreaterThanOrEqual(18);
    for (const cell of cells) {
      const shown = csvNumber(sheet[cell.row]?.[cell.column]);
      expectSame(shown, figures[cell.figure!], cell.figure!);
    }
  });

  it("gives docs/kpi.md's worked example: EMV 640, social NPS 80.95, revenue 6,000, ROI 23 and 25.56", () => {
    const at = (figure: string) => {
      const cell = result.plan.cells.find((c) => c.figure === figure)!;
      return csvNumber(sheet[cell.row][cell.column]);
    };
    expectSame(at("emv"), 640, "emv");
    expectSame(at("socialNps"), (850 / 1050) * 100, "socialNps");
    expectSame(at("revenue"), 6000, "revenue");
    expectSame(at("roi"), 23, "roi");
    expectSame(at("roiWithEmv"), 25.56, "roiWithEmv");
  });

  it("recalculates every creator's row of the leaderboard to the KPI code's value", () => {
    let compared = 0;
    for (const cell of result.plan.cells) {
      const at = cell.tableCell;
      if (at?.table !== "leaderboard" || at.column === "code") continue;
      const creator = result.figures.creators[at.row];
      if (at.column === "name") {
        expect(sheet[cell.row][cell.column]).toBe(creator.name);
        continue;
      }
      const value = csvNumber(sheet[cell.row][cell.column]);
      expectSame(value, creator[at.column]!, `${creator.name} ${at.column}`);
      compared++;
    }
    // 5 creators × posts, impressions, EMV, cost, CPE, CPV, orders, revenue, ROI, doubtful orders,
    // their revenue and ROI without them
    expect(compared).toBe(60);
  });

  it("gives Mia Brews' ROI without her order placed the day before her first post", () => {
    const row = result.figures.creators.findIndex((creator) => creator.name === "Mia Brews");
    const cell = (column: string) =>
      result.plan.cells.find(
        (c) =>
          c.tableCell?.table === "leaderboard" &&
          c.tableCell.row === row &&
          c.tableCell.column === column
      )!;
    const shown = (column: string) => csvNumber(sheet[cell(column).row][cell(column).column]);
    // EB-0002 (30, 2024-03-01) is on EB-MIA before her first post on 2024-03-02: (360 − 30 − 50) / 50.
    expect(shown("doubtful")).toBe(1);
    expect(shown("doubtfulRevenue")).toBe(30);
    expectSame(shown("roi"), 6.2, "roi");
    expectSame(shown("roiWithout"), 5.6, "roiWithout");
  });

  it("caches in every formula cell the value LibreOffice computes, for viewers that do not recalculate", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(folder, "summary.xlsx"));
    const summary = workbook.getWorksheet("Campaign Summary")!;
    let formulas = 0;
    summary.eachRow((row, rowNumber) =>
      row.eachCell((cell, columnNumber) => {
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (!value || typeof value !== "object" || !("formula" in value)) return;
        // ExcelJS reports a merged block's master value in every cell of the block.
        if (cell.master.address !== cell.address) return;
        formulas++;
        const shown = sheet[rowNumber - 1][columnNumber - 1];
        // cell.value drops a cached 0 or ""; the model keeps 0 (ExcelJS reads "" back as no result).
        const cached = (cell.model as { result?: unknown }).result ?? "";
        const number = csvNumber(shown);
        if (Number.isNaN(number)) expect([cell.address, cached]).toEqual([cell.address, shown]);
        else expectSame(number, Number(cached), cell.address, "the cached value");
      })
    );
    expect(formulas).toBeGreaterThan(40);
  });

  it("shows no error value anywhere on the sheet", () => {
    const errors = sheet.flat().filter((text) => /^(#[A-Z/0!?]+|Err:\d+)/.test(text));
    expect(errors).toEqual([]);
  });
});

describe("the report's charts in LibreOffice Calc", () => {
  // LibreOffice keeps a chart it could read as an embedded chart object of the .ods it saves,
  // with the ranges it reads and the values it drew.
  let result: ReportResult;
  let objects: string[];
  let content: string;
  beforeAll(async () => {
    const out = path.join(folder, "charts.xlsx");
    result = await summarise(
      parseArguments([...EXAMPLE_ARGS, "--lang", "zh-CN", "--out", out]),
      quiet
    );
    const converted = fs.mkdtempSync(path.join(folder, "ods-"));
    const [ods] = await convert(out, "ods", converted);
    const entries = zipEntries(ods);
    content = await zipEntryText(ods, entries.get("content.xml")!);
    objects = [];
    for (const name of ["Object 1/content.xml", "Object 2/content.xml"])
      if (entries.has(name)) objects.push(await zipEntryText(ods, entries.get(name)!));
  });

  // LibreOffice writes "Sheet.A1:Sheet.A4", quoting only the names that need it in its own syntax.
  const rangeOnSummary = (address: string) =>
    address
      .split(":")
      .map((cell) => `${result.plan.baseName}.${cell}`)
      .join(":");
  const unquoted = (xml: string) => xml.replace(/&apos;/g, "");

  it("opens both charts on the summary sheet, a bar chart and a line, with their titles", () => {
    expect(content.match(/<draw:object /g)).toHaveLength(2);
    expect(objects).toHaveLength(2);
    const [bars, line] = objects;
    expect(bars).toContain('chart:class="chart:bar"');
    // Horizontal bars, the first stage at the top, as a funnel reads.
    expect(bars).toContain('chart:vertical="true"');
    expect(bars).toContain("<text:p>从曝光到订单</text:p>");
    expect(line).toContain('chart:class="chart:line"');
    expect(line).toContain("<text:p>每周订单</text:p>");
  });

  it("reads each chart's series from the plan's ranges and draws the figures", () => {
    result.plan.charts.forEach((chart, index) => {
      const object = unquoted(objects[index]);
      expect(object).toContain(
        `chart:values-cell-range-address="${rangeOnSummary(chart.valuesAddress)}"`
      );
      expect(object).toContain(
        `<chart:categories table:cell-range-address="${rangeOnSummary(chart.categoriesAddress)}"/>`
      );
    });
    const drawn = [...objects[0].matchAll(/office:value="([^"]+)"/g)].map((m) => Number(m[1]));
    const { impressions, engagements, positive, orders } = result.figures as unknown as Record<
      string,
      number
    >;
    expect(drawn).toEqual([impressions, engagements, positive, orders]);
    expect(orders).toBe(200);
  });
});

describe("survey answers in LibreOffice Calc", () => {
  it("gives the NPS and its margin of error (NORM.S.INV) as the KPI code does", async () => {
    // 6 promoters (9-10), 2 passives (7-8), 2 detractors (0-6): NPS = (6 − 2) / 10 × 100 = 40.
    const mentions = path.join(folder, "survey.csv");
    fs.writeFileSync(
      mentions,
      "Respondent,Score\n" +
        [10, 9, 9, 10, 9, 10, 8, 7, 6, 0].map((s, i) => `R${i},${s}`).join("\n")
    );
    const [result, sheet] = await reportAndRecalculate(folder, ["--mentions", mentions, "--force"]);
    const at = (figure: string) => {
      const cell = result.plan.cells.find((c) => c.figure === figure)!;
      return csvNumber(sheet[cell.row][cell.column]);
    };
    expectSame(at("nps"), 40, "nps");
    expectSame(at("npsMoe"), result.figures.npsMoe!, "npsMoe");
    // p = 0.6, d = 0.2, n = 10: 1.959964 × √((0.8 − 0.16) / 10) × 100 = 49.58
    expect(at("npsMoe")).toBeCloseTo(49.5836, 3);
  });
});

describe("survey-export answers in LibreOffice Calc", () => {
  it("shows the NPS of answers written as text, which the report computes, and its standing", async () => {
    // 10, 9, 10 promoters, 8 a passive, 3 a detractor: (3 − 1) / 5 × 100 = 40, at or above 32.
    const mentions = path.join(folder, "export.csv");
    const answers = ["10 - Extremely likely", "9 (very likely)", "8", "3 - Unlikely", "10"];
    fs.writeFileSync(
      mentions,
      "Respondent,Score\n" + answers.map((a, i) => `R${i},${a}`).join("\n")
    );
    const [result, sheet] = await reportAndRecalculate(folder, ["--mentions", mentions, "--force"]);
    const at = (figure: string) => {
      const cell = result.plan.cells.find((c) => c.figure === figure)!;
      return sheet[cell.row][cell.column];
    };
    expectSame(csvNumber(at("nps")), 40, "nps");
    expectSame(csvNumber(at("npsMoe")), result.figures.npsMoe!, "npsMoe");
    expect(at("npsStanding")).toBe("At or above the global average");
  });
});

describe("the LibreOffice check itself", () => {
  it("recalculates on load rather than showing the cached values", async () => {
    const out = path.join(folder, "stale.xlsx");
    const file = new WorkbookFile(out);
    await file.addSourceSheet("data", ["n"], ["number"]).writeRows([[1], [2]]);
    const plan = {
      baseName: "Stale",
      refreshStopped: "Incomplete",
      cells: [
        {
          row: 0,
          column: 0,
          content: { kind: "formula" as const, formula: "=SUM(data!A2:A3)" },
          figure: "orders" as const,
        },
      ],
      merges: [],
      columnWidths: [],
      conditionalFormats: [],
      charts: [],
      sourceSheets: ["data"],
    };
    file.addSummarySheet("Stale", plan, new Map([["0,0", 99]]));
    await file.save();
    expect((await recalculatedSheet(out, 2))[0][0]).toBe("3");
  });
});

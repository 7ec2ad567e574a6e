// The summary's charts as DrawingML parts, parsed back by xmllint (libxml2-utils) as any reader would.
import { spawnSync } from "child_process";
import {
  chartPartChanges,
  chartXml,
  drawingXml,
  escapeXml,
  shownValues,
  withDrawing,
} from "../../../src/cli/write/chart-parts";
import { ChartPlan, SheetPlan } from "../../../src/summary";

/** What xmllint reads at an XPath in the document, one string per node; it fails on XML that is not well formed. */
function read(xml: string, xpath: string): string[] {
  const result = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error("xmllint is missing: `npm test` installs libxml2-utils");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  // xmllint prints one node a line, text nodes as XML (escaped), attributes as ` name="value"`.
  const values = spawnSync("xmllint", ["--xpath", `${xpath}`, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (values.status !== 0) return [];
  return values.stdout.split("\n").filter((line) => line !== "");
}

const local = (name: string) => `*[local-name()='${name}']`;

const FUNNEL: ChartPlan = {
  preferred: "funnel",
  fallback: "bar",
  title: "从曝光到订单 <&>",
  categoriesAddress: "A2:A4",
  valuesAddress: "B2:B4",
  anchor: { row: 6, column: 0 },
  size: { rows: 15, columns: 6 },
};
const LINE: ChartPlan = {
  preferred: "line",
  fallback: "line",
  title: "Orders per week",
  categoriesAddress: "D2:D3",
  valuesAddress: "E2:E3",
  anchor: { row: 0, column: 6 },
  size: { rows: 12, columns: 7 },
};

// Stage labels are text; stages are formulas whose cached values are the figures; the last is blank.
const PLAN: SheetPlan = {
  baseName: "Summary",
  refreshStopped: "Incomplete",
  cells: [
    { row: 1, column: 0, content: { kind: "text", text: "Impressions" } },
    { row: 2, column: 0, content: { kind: "text", text: "Engagements & shares" } },
    { row: 3, column: 0, content: { kind: "text", text: "Orders" } },
    {
      row: 1,
      column: 1,
      content: { kind: "formula", formula: "=N24" },
      numberFormat: "#,##0",
    },
    { row: 2, column: 1, content: { kind: "formula", formula: "=N25" }, numberFormat: "#,##0" },
    { row: 3, column: 1, content: { kind: "formula", formula: "=N26" }, numberFormat: "#,##0" },
    { row: 1, column: 3, content: { kind: "text", text: "2024-W10" } },
    { row: 2, column: 3, content: { kind: "text", text: "2024-W11" } },
    { row: 1, column: 4, content: { kind: "formula", formula: "=COUNTIFS(x)" } },
    { row: 2, column: 4, content: { kind: "number", value: 7 } },
  ],
  merges: [],
  columnWidths: [],
  conditionalFormats: [],
  charts: [FUNNEL, LINE],
  sourceSheets: [],
};
const CACHED = new Map<string, number | string>([
  ["1,1", 80000],
  ["2,1", 5640],
  ["3,1", ""],
  ["1,4", 12],
]);
const SHEET = "Bob's 摘要";

describe("chartXml", () => {
  const shown = shownValues(PLAN, CACHED);
  const funnel = chartXml(FUNNEL, SHEET, shown, "#,##0");
  const line = chartXml(LINE, SHEET, shown);

  it("draws the funnel as horizontal clustered bars and the weeks as a line", () => {
    expect(read(funnel, `//${local("barChart")}/${local("barDir")}/@val`)).toEqual([' val="bar"']);
    expect(read(funnel, `//${local("grouping")}/@val`)).toEqual([' val="clustered"']);
    expect(read(line, `count(//${local("lineChart")}/${local("ser")})`)).toEqual(["1"]);
    expect(read(line, `count(//${local("barChart")})`)).toEqual(["0"]);
  });

  it("reads the plan's ranges on the sheet, quoted with its quote doubled", () => {
    expect(read(funnel, `//${local("f")}/text()`)).toEqual([
      "'Bob''s 摘要'!$A$2:$A$4",
      "'Bob''s 摘要'!$B$2:$B$4",
    ]);
    expect(read(line, `//${local("f")}/text()`)).toEqual([
      "'Bob''s 摘要'!$D$2:$D$3",
      "'Bob''s 摘要'!$E$2:$E$3",
    ]);
  });

  it("caches the texts and values the cells show, leaving out a blank", () => {
    const cache = (xml: string, kind: string, what: string) =>
      read(xml, `//${local(kind)}/${local("pt")}/${local("v")}/${what}`);
    expect(cache(funnel, "strCache", "text()")).toEqual([
      "Impressions",
      "Engagements &amp; shares",
      "Orders",
    ]);
    expect(cache(funnel, "numCache", "text()")).toEqual(["80000", "5640"]);
    expect(read(funnel, `//${local("numCache")}/${local("ptCount")}/@val`)).toEqual([' val="3"']);
    expect(read(funnel, `//${local("numCache")}/${local("formatCode")}/text()`)).toEqual(["#,##0"]);
    expect(cache(line, "strCache", "text()")).toEqual(["2024-W10", "2024-W11"]);
    expect(cache(line, "numCache", "text()")).toEqual(["12", "7"]);
  });

  it("titles the chart with its text escaped", () => {
    expect(read(funnel, `string(//${local("title")}//${local("t")})`)).toEqual([
      "从曝光到订单 <&>",
    ]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and quotes and drops what XML cannot hold", () => {
    expect(escapeXml(`Bob's "A" <b>&\u0001\u000b\tx`)).toBe(
      "Bob&apos;s &quot;A&quot; &lt;b&gt;&amp;\tx"
    );
  });
});

describe("drawingXml", () => {
  it("anchors each chart from its anchor cell to anchor + size", () => {
    const drawing = drawingXml([FUNNEL, LINE]);
    const at = (tag: string, field: string) =>
      read(drawing, `//${local(tag)}/${local(field)}/text()`);
    expect(at("from", "row")).toEqual(["6", "0"]);
    expect(at("from", "col")).toEqual(["0", "6"]);
    expect(at("to", "row")).toEqual(["21", "12"]);
    expect(at("to", "col")).toEqual(["6", "13"]);
    expect(read(drawing, `//${local("chart")}/@*[local-name()='id']`)).toEqual([
      ' r:id="rId1"',
      ' r:id="rId2"',
    ]);
  });
});

describe("withDrawing", () => {
  const open = `<worksheet xmlns="urn:x" xmlns:r="urn:r"><sheetData/>`;

  it("puts <drawing> after the page setup and before the notes' legacyDrawing", () => {
    expect(
      withDrawing(
        `${open}<pageMargins left="0.7"/><pageSetup/><legacyDrawing r:id="rId2"/></worksheet>`,
        "rIdC"
      )
    ).toBe(
      `${open}<pageMargins left="0.7"/><pageSetup/><drawing r:id="rIdC"/><legacyDrawing r:id="rId2"/></worksheet>`
    );
  });

  it("ignores an extLst inside a rule and goes before the sheet's own, or at the end", () => {
    const rule = `<conditionalFormatting><cfRule><extLst><ext a=">"/></extLst></cfRule></conditionalFormatting>`;
    expect(withDrawing(`${open}${rule}<pageMargins/></worksheet>`, "rIdC")).toBe(
      `${open}${rule}<pageMargins/><drawing r:id="rIdC"/></worksheet>`
    );
    expect(withDrawing(`${open}${rule}<extLst><ext/></extLst></worksheet>`, "rIdC")).toBe(
      `${open}${rule}<drawing r:id="rIdC"/><extLst><ext/></extLst></worksheet>`
    );
  });
});

describe("chartPartChanges", () => {
  it("adds a part per chart, the drawing, their relationships and content types", () => {
    const changes = chartPartChanges(PLAN, SHEET, "xl/worksheets/sheet2.xml", CACHED);
    expect([...changes.keys()].sort()).toEqual([
      "[Content_Types].xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/worksheets/sheet2.xml",
    ]);
    const edit = (name: string, current?: string) => {
      const change = changes.get(name)!;
      return typeof change === "string" ? change : change(current);
    };
    // A sheet without relationships gets its own part for the drawing.
    const sheetRels = edit("xl/worksheets/_rels/sheet2.xml.rels");
    expect(read(sheetRels, `//@Target`)).toEqual([' Target="../drawings/drawing1.xml"']);
    expect(read(edit("xl/drawings/_rels/drawing1.xml.rels"), `//@Target`)).toEqual([
      ' Target="../charts/chart1.xml"',
      ' Target="../charts/chart2.xml"',
    ]);
    const types = edit(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"/></Types>`
    );
    expect(read(types, `//@PartName`)).toEqual([
      ' PartName="/xl/charts/chart1.xml"',
      ' PartName="/xl/charts/chart2.xml"',
      ' PartName="/xl/drawings/drawing1.xml"',
    ]);
    expect(read(types, `//@ContentType`)).toEqual([
      ' ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
      ' ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
      ' ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    ]);
  });

  it("adds nothing for a plan without charts", () => {
    expect(
      chartPartChanges({ ...PLAN, charts: [] }, SHEET, "xl/worksheets/sheet2.xml", CACHED).size
    ).toBe(0);
  });
});

/**
 * The summary's charts as the parts of an .xlsx package, which ExcelJS cannot write: one DrawingML
 * chart per plan, a drawing that anchors them on the summary sheet, their relationships, and the
 * changes to the sheet, its relationships and the content types that make them part of the workbook.
 */
import path from "path/posix";
import { blockAddress, onSheet, parseBlock } from "../../cells/a1";
import { ChartPlan, SheetPlan } from "../../summary";
import { CachedValue, CachedValues, cellKey } from "./cached-values";
import type { PartChange } from "./zip-parts";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// The pane's accent colour, so both writers' charts look alike.
const SERIES_COLOR = "4472C4";
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** The summary sheet's relationship to its drawing; ExcelJS numbers its own rId1, rId2… */
export const DRAWING_RELATIONSHIP = "rIdCharts";

// Characters XML 1.0 cannot hold at all, even escaped: controls other than tab, line feed and return.
function isXmlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code >= 0x20
    ? code !== 0xfffe && code !== 0xffff
    : code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlCharacter)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** What a cell of the summary sheet shows, for a chart's cache: its text, number or cached result. */
export type ShownValue = (row: number, column: number) => CachedValue | undefined;

/** What each cell of the plan shows to a viewer that does not recalculate. */
export function shownValues(plan: SheetPlan, cached: CachedValues): ShownValue {
  const shown = new Map<string, CachedValue>();
  for (const cell of plan.cells) {
    const key = cellKey(cell.row, cell.column);
    const { content } = cell;
    if (content.kind === "text") shown.set(key, content.text);
    else if (content.kind === "number") shown.set(key, content.value);
    else if (content.kind === "formula" && cached.has(key)) shown.set(key, cached.get(key)!);
  }
  return (row, column) => shown.get(cellKey(row, column));
}

/** The cells of a one-column or one-row address, in order. */
function cellsOf(address: string): { row: number; column: number }[] {
  const block = parseBlock(address);
  if (!block) throw new Error(`A chart's range ${address} is not an A1 address`);
  const cells = [];
  for (let row = block.fromRow; row <= block.toRow; row++)
    for (let column = block.fromColumn; column <= block.toColumn; column++)
      cells.push({ row, column });
  return cells;
}

/** A chart's reference to a range of the summary sheet, absolute, with the sheet quoted as Excel needs. */
function reference(sheetName: string, address: string): string {
  return escapeXml(onSheet(sheetName, blockAddress(parseBlock(address)!, true)));
}

function points(values: (string | number | undefined)[]): string {
  const count = `<c:ptCount val="${values.length}"/>`;
  return (
    count +
    values
      .map((value, index) =>
        value === undefined
          ? ""
          : `<c:pt idx="${index}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`
      )
      .join("")
  );
}

// The categories are labels (stages, ISO weeks): every shown value is written as text.
function categoriesXml(chart: ChartPlan, sheetName: string, shown: ShownValue): string {
  const labels = cellsOf(chart.categoriesAddress).map(({ row, column }) => {
    const value = shown(row, column);
    return value === undefined ? undefined : String(value);
  });
  return (
    `<c:cat><c:strRef><c:f>${reference(sheetName, chart.categoriesAddress)}</c:f>` +
    `<c:strCache>${points(labels)}</c:strCache></c:strRef></c:cat>`
  );
}

// A blank ("" for a zero denominator) or text is no point: the chart leaves a gap there.
function valuesXml(
  chart: ChartPlan,
  sheetName: string,
  shown: ShownValue,
  formatCode: string
): string {
  const values = cellsOf(chart.valuesAddress).map(({ row, column }) => {
    const value = shown(row, column);
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  });
  return (
    `<c:val><c:numRef><c:f>${reference(sheetName, chart.valuesAddress)}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>${points(values)}` +
    `</c:numCache></c:numRef></c:val>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr>` +
    `<a:r><a:rPr sz="1400" b="0"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function axesXml(chart: ChartPlan, formatCode: string): string {
  // The funnel's bars run from its first stage at the top, so the categories go from max to min,
  // and the value axis crosses at the last (the bottom) category.
  const funnel = chart.preferred === "funnel";
  const tickMarks = `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${funnel ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${funnel ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${tickMarks}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${funnel ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(formatCode)}" sourceLinked="1"/>${tickMarks}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${funnel ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * One chart as a DrawingML chart part: the funnel as horizontal bars (a true funnel is a chartex
 * part, which LibreOffice and older Excel do not draw), the weeks as a line. The series read the
 * plan's ranges and carry what those cells show, for viewers that draw from the cache.
 */
export function chartXml(
  chart: ChartPlan,
  sheetName: string,
  shown: ShownValue,
  formatCode = "General"
): string {
  const fill = `<a:solidFill><a:srgbClr val="${SERIES_COLOR}"/></a:solidFill>`;
  const head = `<c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.title)}</c:v></c:tx>`;
  const data =
    categoriesXml(chart, sheetName, shown) + valuesXml(chart, sheetName, shown, formatCode);
  const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const plot =
    chart.preferred === "funnel"
      ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `<c:ser>${head}<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>` +
        `<c:gapWidth val="50"/>${axisIds}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}</c:spPr></c:marker>` +
        `${data}<c:smooth val="0"/></c:ser><c:marker val="1"/>${axisIds}</c:lineChart>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axesXml(chart, formatCode)}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", row: number, column: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing that holds the charts, each from its anchor cell to anchor + size, as the pane places them. */
export function drawingXml(charts: ChartPlan[]): string {
  const anchors = charts.map((chart, index) => {
    const { row, column } = chart.anchor;
    return (
      `<xdr:twoCellAnchor>${marker("from", row, column)}` +
      marker("to", row + chart.size.rows, column + chart.size.columns) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/>` +
      `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="rId${index + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${RELATIONSHIPS_NS}/${type}" Target="${escapeXml(target)}"/>`;
}

function relationshipsXml(relationships: string[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">${relationships.join("")}</Relationships>`
  );
}

// The worksheet's children after <drawing> in the schema's order (CT_Worksheet).
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * The worksheet with <drawing r:id=…/> where the schema puts it: before the first root child that
 * must follow it (legacyDrawing holds the notes, extLst newer rules), else at the end. Only the
 * root's children count: an extLst inside a rule is not one.
 */
export function withDrawing(worksheet: string, relationshipId: string): string {
  const element = `<drawing r:id="${escapeXml(relationshipId)}"/>`;
  let depth = 0;
  for (const match of worksheet.matchAll(TAG)) {
    const [, closing, name, , empty] = match;
    if (closing) {
      depth--;
      if (depth === 0) return insertAt(worksheet, match.index!, element);
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(name)) return insertAt(worksheet, match.index!, element);
    if (!empty) depth++;
  }
  throw new Error("The summary sheet's XML has no end");
}

function insertAt(text: string, at: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at);
}

function insertBefore(xml: string, closingTag: string, inserted: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`No ${closingTag} to add parts before`);
  return insertAt(xml, at, inserted);
}

/** The relationships part of a part: xl/worksheets/sheet4.xml → xl/worksheets/_rels/sheet4.xml.rels. */
function relationshipsPart(part: string): string {
  return path.join(path.dirname(part), "_rels", `${path.basename(part)}.rels`);
}

/**
 * Every change to a finished workbook that draws the plan's charts on its summary sheet: the chart
 * and drawing parts, their relationships, the sheet's <drawing>, and their content types.
 * `sheetPart` is the summary sheet's part, e.g. "xl/worksheets/sheet4.xml".
 */
export function chartPartChanges(
  plan: SheetPlan,
  sheetName: string,
  sheetPart: string,
  cached: CachedValues
): Map<string, PartChange> {
  const changes = new Map<string, PartChange>();
  if (plan.charts.length === 0) return changes;
  const shown = shownValues(plan, cached);
  const formats = new Map(
    plan.cells.map((cell) => [cellKey(cell.row, cell.column), cell.numberFormat])
  );
  const chartParts = plan.charts.map((chart, index) => {
    const part = `xl/charts/chart${index + 1}.xml`;
    const first = cellsOf(chart.valuesAddress)[0];
    const formatCode = formats.get(cellKey(first.row, first.column)) ?? "General";
    changes.set(part, chartXml(chart, sheetName, shown, formatCode));
    return part;
  });
  const drawingPart = "xl/drawings/drawing1.xml";
  changes.set(drawingPart, drawingXml(plan.charts));
  changes.set(
    relationshipsPart(drawingPart),
    relationshipsXml(
      chartParts.map((part, index) =>
        relationship(`rId${index + 1}`, "chart", path.relative(path.dirname(drawingPart), part))
      )
    )
  );
  const sheetRelationship = relationship(
    DRAWING_RELATIONSHIP,
    "drawing",
    path.relative(path.dirname(sheetPart), drawingPart)
  );
  changes.set(sheetPart, (worksheet) => {
    if (worksheet === undefined) throw new Error(`The workbook has no ${sheetPart}`);
    return withDrawing(worksheet, DRAWING_RELATIONSHIP);
  });
  changes.set(relationshipsPart(sheetPart), (relationships) => {
    if (relationships === undefined) return relationshipsXml([sheetRelationship]);
    if (relationships.includes(`Id="${DRAWING_RELATIONSHIP}"`))
      throw new Error(`${sheetPart} already has a relationship ${DRAWING_RELATIONSHIP}`);
    return insertBefore(relationships, "</Relationships>", sheetRelationship);
  });
  const override = (part: string, type: string) =>
    `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  changes.set("[Content_Types].xml", (types) => {
    if (types === undefined) throw new Error("The workbook has no [Content_Types].xml");
    const added =
      chartParts.map((part) => override(part, CHART_TYPE)).join("") +
      override(drawingPart, DRAWING_TYPE);
    return insertBefore(types, "</Types>", added);
  });
  return changes;
}

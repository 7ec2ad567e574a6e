/**
 * The per-creator (KOC/KOL) leaderboard. Sorting with native formulas is not Excel 2016-friendly,
 * so the rows come in the order the figure calculator ranked them (names and codes written as
 * text), and every figure of a row is a COUNTIFS or SUMIFS over the source columns.
 */
import { a1, blockAddress } from "../../cells/a1";
import { SheetWords } from "../../i18n/sheet-words";
import { creatorEmvFormula } from "../formulas/emv-formulas";
import {
  cardOf,
  engagementsFormula,
  FormulaContext,
  ratio,
  roiFormula,
} from "../formulas/formulas";
import {
  engagementMeasures,
  hasColumn,
  leaderboardKeying,
  LeaderboardKeying,
} from "../model/availability";
import { LeaderboardEntry } from "../model/figures";
import { LEADERBOARD_FORMATS } from "../model/formats";
import { Measure } from "../model/measures";
import { CellContent, TrafficLightRule } from "../model/plan";
import { LeaderboardColumn } from "../model/tables";
import { formula, number, SheetBuilder, text } from "./sheet-builder";

// Red below 0 (the creator cost more than they sold), amber below 1, green from 1 (100 %) up.
const RED_BELOW = 0;
const GREEN_FROM = 1;

const HEADER_STYLE = { bold: true, fontColor: "#FFFFFF", fill: "#404040" };

/** The leaderboard's columns, in order, for these sources and rows. */
function boardColumns(
  context: FormulaContext,
  keying: LeaderboardKeying,
  entries: LeaderboardEntry[]
): LeaderboardColumn[] {
  const has = (kind: "posts" | "orders", measure: "impressions" | "cost" | "code" | "revenue") =>
    hasColumn(context.sources, kind, measure);
  const columns: LeaderboardColumn[] = ["name"];
  const coded = keying.key === "code" || has("posts", "code");
  if (keying.key === "creator" && has("posts", "code")) columns.push("code");
  if (keying.from === "posts") {
    columns.push("posts");
    if (has("posts", "impressions")) columns.push("impressions", "emv");
    if (has("posts", "cost")) {
      columns.push("cost");
      // As the volume layer's CPE and CPV, over the creator's posts.
      if (engagementMeasures(context.sources).length > 0) columns.push("costPerEngagement");
      if (has("posts", "impressions")) columns.push("costPerView");
    }
  }
  if (coded && has("orders", "code")) {
    columns.push("orders");
    if (has("orders", "revenue")) columns.push("revenue");
  }
  if (columns.includes("revenue") && columns.includes("cost")) columns.push("roi");
  // The doubtful orders on codes, when the orders were audited against the posts.
  if (columns.includes("orders") && entries.some((entry) => entry.doubtful !== undefined)) {
    columns.push("doubtful");
    if (columns.includes("revenue")) columns.push("doubtfulRevenue");
    if (columns.includes("roi")) columns.push("roiWithout");
  }
  return columns;
}

/**
 * Writes the leaderboard from `top`, its columns starting at `left`; returns the ROI column's
 * traffic-light rule (when there is one) and the last row used.
 */
export function drawLeaderboard(
  builder: SheetBuilder,
  top: number,
  left: number,
  entries: LeaderboardEntry[],
  context: FormulaContext,
  labels: SheetWords
): { rule?: TrafficLightRule; lastRow: number } | undefined {
  const keying = leaderboardKeying(context.sources);
  if (!keying || entries.length === 0) return undefined;
  const columns = boardColumns(context, keying, entries);
  const right = left + columns.length - 1;
  builder.merged(top, left, right, text(labels.leaderboard), { style: HEADER_STYLE });
  const headers = columns.map((column) =>
    column === "name" && keying.key === "code"
      ? labels.leaderboardColumns.code
      : labels.leaderboardColumns[column]
  );
  // Names and codes are text, the rest figures: their headers sit over the numbers, on the right.
  builder.headerRow(top + 1, left, headers, (index) => index > 0 && columns[index] !== "code");
  const at = (column: LeaderboardColumn, row: number) => a1(row, left + columns.indexOf(column));
  entries.forEach((entry, index) => {
    const row = top + 2 + index;
    columns.forEach((column, offset) => {
      const content = boardCell(column, row, entry, keying, context, at);
      const numberFormat = LEADERBOARD_FORMATS[column];
      const tableCell = { table: "leaderboard" as const, row: index, column };
      builder.put(row, left + offset, content, {
        tableCell,
        ...(numberFormat ? { numberFormat } : {}),
      });
    });
  });
  const lastRow = top + 1 + entries.length;
  if (!columns.includes("roi")) return { lastRow };
  return { rule: roiRule(top + 2, lastRow, left + columns.indexOf("roi")), lastRow };
}

function roiRule(firstRow: number, lastRow: number, column: number): TrafficLightRule {
  const address = blockAddress({
    fromRow: firstRow,
    fromColumn: column,
    toRow: lastRow,
    toColumn: column,
  });
  return { kind: "trafficLight", address, amberFrom: RED_BELOW, greenFrom: GREEN_FROM };
}

type CellAt = (column: LeaderboardColumn, row: number) => string;

function boardCell(
  column: LeaderboardColumn,
  row: number,
  entry: LeaderboardEntry,
  keying: LeaderboardKeying,
  context: FormulaContext,
  at: CellAt
): CellContent {
  // Criteria cells keep their column absolute so each row reads its own name or code.
  const name = `$${at("name", row)}`;
  const code = keying.key === "code" ? name : `$${at("code", row)}`;
  const ordersCode = () => context.column("orders", "code");
  const noCode = entry.code === undefined;
  switch (column) {
    case "name":
      return text(entry.name);
    case "code":
      return noCode ? { kind: "empty" } : text(entry.code as string);
    case "orders":
      return noCode ? { kind: "empty" } : formula(`=COUNTIFS(${ordersCode()},${code})`);
    case "revenue":
      return noCode
        ? { kind: "empty" }
        : formula(`=SUMIFS(${context.column("orders", "revenue")},${ordersCode()},${code})`);
    case "roi":
      return noCode
        ? { kind: "empty" }
        : formula(`=${roiFormula(at("revenue", row), at("cost", row))}`);
    // Values computed when the summary is made: no Excel 2016 formula tells a doubtful order.
    case "doubtful":
      return noCode ? { kind: "empty" } : number(entry.doubtful ?? 0);
    case "doubtfulRevenue":
      return noCode ? { kind: "empty" } : number(entry.doubtfulRevenue ?? 0);
    case "roiWithout": {
      if (noCode) return { kind: "empty" };
      const kept = `(${at("revenue", row)}-${at("doubtfulRevenue", row)})`;
      return formula(`=${roiFormula(kept, at("cost", row))}`);
    }
    default:
      return formula(`=${postsFormula(column, row, name, keying, context, at)}`);
  }
}

/** A figure of the creator's posts, without its "=": a count or sum by name, EMV, CPE or CPV. */
function postsFormula(
  column: "posts" | "impressions" | "emv" | "cost" | "costPerEngagement" | "costPerView",
  row: number,
  name: string,
  keying: LeaderboardKeying,
  context: FormulaContext,
  at: CellAt
): string {
  const postsKey = context.column("posts", keying.key);
  const sumByCreator = (measure: Measure) =>
    `SUMIFS(${context.column("posts", measure)},${postsKey},${name})`;
  switch (column) {
    case "posts":
      return `COUNTIFS(${postsKey},${name})`;
    case "impressions":
    case "cost":
      return sumByCreator(column);
    case "emv":
      return creatorEmvFormula({ ...context, card: cardOf(context) }, postsKey, name);
    case "costPerEngagement":
      return ratio(at("cost", row), `(${engagementsFormula(context.sources, sumByCreator)})`);
    case "costPerView":
      return ratio(at("cost", row), at("impressions", row));
  }
}

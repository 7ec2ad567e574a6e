/**
 * What a formula cell of the summary shows, according to the figure calculator: for writers that
 * store a formula's result beside it (viewers that do not recalculate show that) and for tests.
 */
import { Locale } from "../../i18n/locale";
import { sheetWordsOf } from "../../i18n/sheets";
import { CalculatedFigure, SummaryFigures } from "../model/figures";
import { CellPlan } from "../model/plan";
import { TableCell } from "../model/tables";

/**
 * The value a formula cell shows: a number, "" where its formula shows a blank (nothing to divide,
 * a figure the data cannot give), or a label; undefined for a cell the figures do not determine
 * (text, values, inputs, references to other cells).
 */
export function formulaCellValue(
  cell: CellPlan,
  figures: SummaryFigures,
  locale: Locale
): number | string | undefined {
  if (cell.content.kind !== "formula") return undefined;
  if (cell.tableCell) return tableCellValue(cell.tableCell, figures);
  if (cell.figure === undefined) return undefined;
  if (cell.figure === "npsStanding") {
    const standing = figures.npsStanding;
    return standing === undefined ? "" : sheetWordsOf(locale).standings[standing];
  }
  const value = figures[cell.figure as CalculatedFigure];
  return typeof value === "number" ? value : "";
}

// A formula the data gives nothing for shows "" (IF(denominator=0,"",…)); an empty leaderboard cell has no formula.
function tableCellValue(cell: TableCell, figures: SummaryFigures): number | string | undefined {
  switch (cell.table) {
    case "rateCard":
      return cell.column === "emv" ? figures.channelEmv?.[cell.row]?.emv : undefined;
    case "weeks": {
      const week = figures.weeks?.[cell.row];
      if (cell.column === "week" || cell.column === "weekStart" || !week) return undefined;
      return week[cell.column] ?? "";
    }
    case "leaderboard": {
      const creator = figures.creators[cell.row];
      if (cell.column === "name" || cell.column === "code" || !creator) return undefined;
      return creator[cell.column] ?? "";
    }
  }
}

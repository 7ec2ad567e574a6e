/** One line of a pyramid tier: its label on the left, its value from the value column to the tier's edge. */
import { CellContent, CellStyle } from "../model/plan";
import { VALUE_COLUMN } from "./grid";
import { CellExtras, SheetBuilder, text } from "./sheet-builder";

/** A tier's first and last column, 0-based. */
export type Span = [number, number];

/**
 * Writes a label and a value across the tier's span, both on the tier's fill, the value in bold at
 * the tier's right edge, where numbers sit; words (where NPS stands) then line up with them.
 */
export function drawTierRow(
  builder: SheetBuilder,
  row: number,
  [from, to]: Span,
  label: string,
  value: CellContent,
  body: CellStyle,
  extras: CellExtras = {}
): void {
  builder.merged(row, from, VALUE_COLUMN - 1, text(label), { style: body });
  const style: CellStyle = { ...body, bold: true, horizontalAlignment: "Right" };
  builder.merged(row, VALUE_COLUMN, to, value, { ...extras, style });
}

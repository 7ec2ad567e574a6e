/** Collects the cells and merges of a sheet plan. */
import { CellContent, CellPlan, CellStyle, MergePlan, RowHeightPlan } from "../model/plan";

/** What a cell carries besides its content. */
export type CellExtras = Omit<CellPlan, "row" | "column" | "content">;

/** A text cell: user text stays text, whatever it starts with. */
export const text = (value: string): CellContent => ({ kind: "text", text: value });

/** A formula cell. */
export const formula = (value: string): CellContent => ({ kind: "formula", formula: value });

/** A number cell. */
export const number = (value: number): CellContent => ({ kind: "number", value });

/** Builds a sheet plan's cells, merges and row heights. */
export class SheetBuilder {
  readonly cells: CellPlan[] = [];
  readonly merges: MergePlan[] = [];
  readonly rowHeights: RowHeightPlan[] = [];

  /** One cell. */
  put(row: number, column: number, content: CellContent, extras: CellExtras = {}): void {
    this.cells.push({ row, column, content, ...extras });
  }

  /**
   * Cells fromColumn..toColumn of a row merged into one: the content in the first, and the style on
   * every cell so that each writer shows the whole block in it.
   */
  merged(
    row: number,
    fromColumn: number,
    toColumn: number,
    content: CellContent,
    extras: CellExtras = {}
  ): void {
    this.put(row, fromColumn, content, extras);
    if (toColumn <= fromColumn) return;
    for (let column = fromColumn + 1; column <= toColumn; column++) {
      this.put(row, column, { kind: "empty" }, extras.style ? { style: extras.style } : {});
    }
    this.merges.push({ fromRow: row, fromColumn, toRow: row, toColumn });
  }

  /**
   * A row of table headers, bold, wrapped, and two lines tall so that each viewer shows them whole;
   * the headers `overNumbers` picks sit on the right, as the numbers under them do.
   */
  headerRow(
    row: number,
    firstColumn: number,
    texts: string[],
    overNumbers: (index: number) => boolean
  ): void {
    texts.forEach((header, index) => {
      const alignment = overNumbers(index) ? { horizontalAlignment: "Right" as const } : {};
      this.put(row, firstColumn + index, text(header), {
        style: { bold: true, wrapText: true, ...alignment },
      });
    });
    this.rowHeights.push({ row, lines: 2 });
  }

  /** A label in bold. */
  heading(row: number, column: number, value: string, style: CellStyle = {}): void {
    this.put(row, column, text(value), { style: { bold: true, ...style } });
  }
}

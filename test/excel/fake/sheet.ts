// A sheet of the stand-in workbook: its cells, the blocks placed or written on it, and what it was told.
import { Rect, formatRect, intersect, parseRect } from "./geometry";

/** A sheet as a test gives it, or as a snapshot of the workbook gives it back. */
export interface SheetSpec {
  name: string;
  /** Blocks of values, each placed with its top-left cell, e.g. { at: "A1", values }. */
  data?: { at: string; values: unknown[][] }[];
  protected?: boolean;
  merged?: string[];
  /** Worksheet custom properties, such as the marks of the sheets this add-in created. */
  customProperties?: Record<string, string>;
}

export class FakeSheet {
  readonly grid: unknown[][] = [];
  readonly blocks: Rect[] = [];
  readonly customProperties = new Map<string, string>();
  /** Writes to single cells of this sheet, in order, by address. */
  readonly cells = new Map<string, { property: string; value: unknown }[]>();
  /** The add() calls of the charts, notes and comments on this sheet, until deleted. */
  readonly charts: string[] = [];
  readonly notes: string[] = [];
  readonly comments: string[] = [];

  constructor(
    public name: string,
    readonly id: string,
    readonly isProtected = false,
    readonly merged: Rect[] = []
  ) {}

  place(at: string, values: unknown[][]): void {
    const { top, left } = parseRect(at);
    values.forEach((row, r) => {
      const target = (this.grid[top + r] ??= []);
      row.forEach((value, c) => (target[left + c] = value));
    });
    this.blocks.push({ top, left, rows: values.length, columns: values[0].length });
  }

  /** Values written over several cells at once: they land in the grid, as a block one can select. */
  fill(rect: Rect, values: unknown[][]): void {
    values.forEach((row, r) => {
      const target = (this.grid[rect.top + r] ??= []);
      row.forEach((value, c) => (target[rect.left + c] = value));
    });
    const joined = this.blocks.find(
      (block) => block.left === rect.left && block.top + block.rows === rect.top
    );
    if (joined) joined.rows += rect.rows;
    else this.blocks.push({ ...rect });
  }

  valuesIn(rect: Rect): unknown[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => this.grid[rect.top + r]?.[rect.left + c] ?? "")
    );
  }

  /**
   * Excel's current region of a range's top-left cell: grown while any cell next to it (diagonals
   * included) holds a value, so it stops at blank rows and columns; an empty cell alone is itself.
   */
  regionAround(rect: Rect): Rect {
    let [top, left, bottom, right] = [rect.top, rect.left, rect.top, rect.left];
    const rowFilled = (row: number) => this.anyFilled(row, row, left - 1, right + 1);
    const columnFilled = (column: number) => this.anyFilled(top - 1, bottom + 1, column, column);
    for (let grown = true; grown;) {
      grown = false;
      for (; top > 0 && rowFilled(top - 1); grown = true) top--;
      for (; rowFilled(bottom + 1); grown = true) bottom++;
      for (; left > 0 && columnFilled(left - 1); grown = true) left--;
      for (; columnFilled(right + 1); grown = true) right++;
    }
    return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  private anyFilled(fromRow: number, toRow: number, fromColumn: number, toColumn: number): boolean {
    for (let r = Math.max(0, fromRow); r <= toRow; r++) {
      const row = this.grid[r];
      if (!row) continue;
      for (let c = Math.max(0, fromColumn); c <= Math.min(toColumn, row.length - 1); c++)
        if (row[c] !== undefined && row[c] !== null && row[c] !== "") return true;
    }
    return false;
  }

  /** Empties the cells of `rect`: their values and every write recorded against them. */
  clear(rect: Rect): void {
    this.grid.forEach((row, r) => {
      if (r < rect.top || r >= rect.top + rect.rows) return;
      for (let c = rect.left; c < Math.min(row.length, rect.left + rect.columns); c++)
        delete row[c];
    });
    for (const address of [...this.cells.keys()])
      if (intersect(parseRect(address), rect)) this.cells.delete(address);
  }

  /**
   * The sheet as a spec: each block's values as they stand, then each cell written on its own with
   * its last value or formula (a formula as its text: the stand-in computes nothing).
   */
  spec(): SheetSpec {
    const data = this.blocks.map((block) => ({
      at: formatRect({ ...block, rows: 1, columns: 1 }),
      values: this.valuesIn(block),
    }));
    for (const [address, writes] of this.cells) {
      const content = writes.filter((w) => w.property === "values" || w.property === "formulas");
      const last = content[content.length - 1];
      if (last) data.push({ at: address, values: last.value as unknown[][] });
    }
    return {
      name: this.name,
      data,
      protected: this.isProtected,
      merged: this.merged.map(formatRect),
      customProperties: Object.fromEntries(this.customProperties),
    };
  }

  write(address: string, property: string, value: unknown): void {
    const writes = this.cells.get(address) ?? [];
    writes.push({ property, value });
    this.cells.set(address, writes);
  }
}

// Helpers that let tests speak of cells and Excel errors as a worksheet user would.

/** A column range from a list of cell values, as Excel passes a one-column range. */
export function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

/** The Excel error a custom function produced, or undefined when it produced a value. */
export function excelError(result: unknown): { code: string; message: string } | undefined {
  if (result instanceof CustomFunctions.Error)
    return { code: result.code, message: result.message ?? "" };
  return undefined;
}

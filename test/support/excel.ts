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

/** Runs `run` as if Excel's display language were `language`, then takes the stand-in Office away. */
export function withDisplayLanguage(language: string | undefined, run: () => void): void {
  const global = globalThis as { Office?: unknown };
  global.Office = { context: { displayLanguage: language } };
  try {
    run();
  } finally {
    delete global.Office;
  }
}

// The summary sheet the page wrote, evaluated by HyperFormula (an independent spreadsheet engine) over
// the example campaign's sheets, as Excel would recalculate it.
import { RawCellContent } from "hyperformula";
import { loadExample } from "../../summary/support/example";
import { WrittenCell } from "../stand-in/contract";

/** Row and column, 0-based, of an A1 address such as "AB12". */
function position(address: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  if (!letters) throw new Error(`not a cell address: ${address}`);
  const col = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

// A leading apostrophe keeps text literal, as a text cell of Excel does; the last write of a cell wins.
function contentOf({ property, value }: WrittenCell): RawCellContent | undefined {
  const first = (value as unknown[][])[0][0];
  if (property === "formulas") return String(first);
  if (property !== "values") return undefined;
  return typeof first === "string" ? `'${first}` : (first as RawCellContent);
}

/** The value each address of the written summary shows once the engine has calculated it. */
export function evaluateSummary(
  cells: WrittenCell[],
  sheetName: string
): (address: string) => unknown {
  const { engine } = loadExample();
  engine.addSheet(sheetName);
  const sheet = engine.getSheetId(sheetName) as number;
  engine.batch(() => {
    for (const cell of cells) {
      const content = contentOf(cell);
      if (content !== undefined)
        engine.setCellContents({ sheet, ...position(cell.address) }, [[content]]);
    }
  });
  return (address) => engine.getCellValue({ sheet, ...position(address) });
}

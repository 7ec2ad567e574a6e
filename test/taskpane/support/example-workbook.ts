// The example campaign (examples/*.csv) as a stand-in workbook: one sheet per table, as Excel would open them.
import { readFileSync } from "fs";
import { join } from "path";
import { isoDateSerial } from "../../../src/cells/dates";
import { valueOfText } from "../../../src/cli/read/cell-values";
import { FakeExcel, SheetSpec } from "../../excel/fake/workbook";
import { parseCsv } from "../../summary/support/csv";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");

/** A cell as Excel holds it after opening the CSV: numbers as numbers, ISO dates as date serials. */
function asExcelValue(field: string): unknown {
  const date = isoDateSerial(field);
  return date === date ? date : valueOfText(field);
}

/** One example table with Excel's values, header row first. */
export function exampleTable(name: "posts" | "mentions" | "mentions-text" | "orders"): unknown[][] {
  const [header, ...body] = parseCsv(readFileSync(join(EXAMPLES, `${name}.csv`), "utf8"));
  return [header, ...body.map((row) => row.map(asExcelValue))];
}

/**
 * A workbook with the example's three tables on the sheets Posts, Mentions and Orders; `mentions`
 * picks the comments with their labels or their text alone.
 */
export function exampleWorkbook(
  extra: SheetSpec[] = [],
  mentions: "mentions" | "mentions-text" = "mentions"
): FakeExcel {
  const sheet = (name: string, table: unknown[][]): SheetSpec => ({
    name,
    data: [{ at: "A1", values: table }],
  });
  return new FakeExcel([
    sheet("Posts", exampleTable("posts")),
    sheet("Mentions", exampleTable(mentions)),
    sheet("Orders", exampleTable("orders")),
    ...extra,
  ]);
}

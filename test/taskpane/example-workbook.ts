// The example campaign (examples/*.csv) as a stand-in workbook: one sheet per table, as Excel would open them.
import { readFileSync } from "fs";
import { join } from "path";
import { FakeExcel, SheetSpec } from "../excel/fake/workbook";

const EXAMPLES = join(__dirname, "..", "..", "examples");

/** Splits CSV text into rows of fields, honouring quoted fields with commas and doubled quotes. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split(/\r?\n/).filter((l) => l !== "")) {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = !quoted;
      else if (c === "," && !quoted) (fields.push(field), (field = ""));
      else field += c;
    }
    rows.push([...fields, field]);
  }
  return rows;
}

/** A cell as Excel holds it after opening the CSV: numbers as numbers, ISO dates as date serials. */
function asExcelValue(field: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(field)) return Number(field);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field);
  // Excel's serial 1 is 1900-01-01; counting from 1899-12-30 absorbs its 1900 leap-year bug.
  if (date)
    return (Date.UTC(+date[1], +date[2] - 1, +date[3]) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return field;
}

/** One example table with Excel's values, header row first. */
export function exampleTable(name: "posts" | "mentions" | "orders"): unknown[][] {
  const [header, ...body] = parseCsv(readFileSync(join(EXAMPLES, `${name}.csv`), "utf8"));
  return [header, ...body.map((row) => row.map(asExcelValue))];
}

/** A workbook with the example's three tables on the sheets Posts, Mentions and Orders. */
export function exampleWorkbook(extra: SheetSpec[] = []): FakeExcel {
  const sheet = (name: string, table: unknown[][]): SheetSpec => ({
    name,
    data: [{ at: "A1", values: table }],
  });
  return new FakeExcel([
    sheet("Posts", exampleTable("posts")),
    sheet("Mentions", exampleTable("mentions")),
    sheet("Orders", exampleTable("orders")),
    ...extra,
  ]);
}

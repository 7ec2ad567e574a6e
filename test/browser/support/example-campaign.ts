// The example campaign (examples/*.csv) as the stand-in workbook of the page, and facts about it
// worked out here, from the files, without the add-in's code.
import { exampleTable } from "../../taskpane/support/example-workbook";
import { StandInSetup } from "../stand-in/contract";

export const SOURCE_SHEETS = ["Posts", "Mentions", "Orders"] as const;
const FILES = { Posts: "posts", Mentions: "mentions", Orders: "orders" } as const;

/** The three example tables, each at A1 of a sheet of its own, in Office of this language and theme. */
export function exampleCampaign(
  displayLanguage: string,
  bodyBackgroundColor?: string
): StandInSetup {
  return {
    displayLanguage,
    bodyBackgroundColor,
    sheets: SOURCE_SHEETS.map((name) => ({
      name,
      data: [{ at: "A1", values: exampleTable(FILES[name]) }],
    })),
  };
}

/** Every text held in a cell of the example, headers included. */
export function exampleCellTexts(): string[] {
  const texts = SOURCE_SHEETS.flatMap((name) => exampleTable(FILES[name]).flat());
  const filled = texts.filter(
    (value): value is string => typeof value === "string" && value !== ""
  );
  return [...new Set(filled)];
}

/** The 0-based position of a header in an example table: "Likes" in Posts is 7. */
export function exampleColumnIndex(sheet: (typeof SOURCE_SHEETS)[number], header: string): number {
  const index = (exampleTable(FILES[sheet])[0] as string[]).indexOf(header);
  if (index < 0 || index > 25) throw new Error(`no single-letter column ${header} in ${sheet}`);
  return index;
}

/** The column letter of a header of an example table: "Likes" in Posts is H. */
export function exampleColumn(sheet: (typeof SOURCE_SHEETS)[number], header: string): string {
  return String.fromCharCode(65 + exampleColumnIndex(sheet, header));
}

/** Customers with two or more orders / customers with one or more, counted from orders.csv. */
export function exampleRepeatRate(): number {
  const [header, ...orders] = exampleTable("orders");
  const customer = (header as string[]).indexOf("Customer ID");
  const counts = new Map<unknown, number>();
  for (const order of orders) counts.set(order[customer], (counts.get(order[customer]) ?? 0) + 1);
  return [...counts.values()].filter((count) => count >= 2).length / counts.size;
}

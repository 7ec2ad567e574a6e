/** One column, one currency: amounts written with two currencies' symbols cannot be added up. */
import { currencyOfText } from "../../cells/numbers";
import { fail } from "../problems";
import { CellValue, ColumnType } from "./cell-values";
import { FileRecord } from "./source-file";

// A character no plain number holds: anything but digits, points, commas, spaces and signs.
const NOT_IN_PLAIN_NUMBER = /[^\d.,\s+-]/;

/** Remembers the currency each number column was first written in, and stops at a second one. */
export class ColumnCurrencies {
  private readonly first: (string | undefined)[];
  private readonly numberColumns: number[];

  constructor(
    types: ColumnType[],
    private readonly headers: string[],
    private readonly label: string
  ) {
    this.first = new Array(types.length);
    this.numberColumns = types.flatMap((type, column) => (type === "number" ? [column] : []));
  }

  check(record: FileRecord): void {
    for (const column of this.numberColumns) {
      const raw: CellValue = record.cells[column] ?? null;
      // A number cell (a workbook's, or plain digits) names no currency: only text is looked at.
      if (typeof raw !== "string" || (raw.charCodeAt(0) <= 57 && !NOT_IN_PLAIN_NUMBER.test(raw)))
        continue;
      const currency = currencyOfText(raw);
      if (currency === undefined) continue;
      const first = this.first[column];
      if (first === undefined) this.first[column] = currency;
      else if (first !== currency)
        fail({
          kind: "mixedCurrency",
          file: this.label,
          row: record.row,
          header: this.headers[column],
          value: raw,
          currencies: [first, currency],
        });
    }
  }
}

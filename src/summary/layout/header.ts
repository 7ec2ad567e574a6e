/** The top of the summary sheet: title, campaign, data sources, creation time and assumptions. */
import { a1, onSheet } from "../../cells/a1";
import { SheetWords } from "../../i18n/sheet-words";
import { figureFormat, FigureKey } from "../model/figures";
import { CellContent } from "../model/plan";
import { Assumptions, MappedSource } from "../model/source";
import { LEFT_OUT_REASONS, RowAccount } from "../model/row-account";
import { LABEL_COLUMN, SIDE_LABEL, VALUE_COLUMN } from "./grid";
import { number, SheetBuilder, text } from "./sheet-builder";

/** What became of a source's rows, in words: how many were used, and each reason others were not. */
export function rowAccountText(account: RowAccount, labels: SheetWords): string {
  const parts = LEFT_OUT_REASONS.filter((reason) => account.leftOut[reason]).map((reason) =>
    labels.leftOut[reason](account.leftOut[reason] as number)
  );
  const used = labels.rowsUsed(account.seen, account.used);
  return parts.length > 0 ? used + labels.rowsLeftOut(parts) : used;
}

/** Writes the title, campaign, sources (with what became of their rows) and creation time; returns the row after them. */
export function writeHeader(
  builder: SheetBuilder,
  sources: MappedSource[],
  campaignName: string,
  createdAt: string,
  labels: SheetWords
): number {
  builder.put(0, LABEL_COLUMN, text(labels.title), { style: { bold: true, fontSize: 18 } });
  builder.put(1, LABEL_COLUMN, text(labels.campaign), { style: { bold: true } });
  builder.put(1, VALUE_COLUMN, text(campaignName));
  let row = 2;
  for (const { table } of sources) {
    const address = onSheet(table.sheet, table.address);
    const found = table.usedRowsOf
      ? labels.usedRowsSource(address, table.usedRowsOf)
      : table.tableName
        ? labels.tableSource(table.tableName, address)
        : address;
    const where = table.commentLabels ? labels.labelledSource(found) : found;
    builder.put(
      row,
      LABEL_COLUMN,
      text(`${labels.dataSources}: ${labels.sourceKinds[table.kind]}`)
    );
    builder.put(row, VALUE_COLUMN, text(where));
    // Beside the pyramid's side panel, which starts lower down: every row of the source is told.
    if (table.account) builder.put(row, SIDE_LABEL, text(rowAccountText(table.account, labels)));
    row++;
  }
  builder.put(row, LABEL_COLUMN, text(labels.createdAt));
  builder.put(row++, VALUE_COLUMN, text(createdAt));
  return row;
}

/**
 * Writes the assumptions' heading and input cells from `top`, recording their addresses; returns
 * the row after them. The CPM lives on the EMV rate card, drawn below these.
 */
export function writeAssumptions(
  builder: SheetBuilder,
  top: number,
  assumptions: Assumptions,
  labels: SheetWords,
  addresses: Map<FigureKey, string>
): number {
  builder.heading(top, LABEL_COLUMN, labels.assumptions);
  const { staff } = assumptions;
  const inputs: [FigureKey, string, CellContent, string | undefined][] = [
    ["windowDays", labels.windowDays, number(assumptions.windowDays), figureFormat("windowDays")],
    [
      "emvAsReturn",
      labels.emvAsReturn,
      { kind: "boolean", value: assumptions.emvAsReturn },
      undefined,
    ],
    ["staffHours", labels.staffHours, number(staff?.hours ?? 0), figureFormat("staffHours")],
    ["hourlyRate", labels.hourlyRate, number(staff?.hourlyRate ?? 0), figureFormat("hourlyRate")],
  ];
  inputs.forEach(([figure, label, content, numberFormat], index) => {
    const row = top + 1 + index;
    builder.put(row, LABEL_COLUMN, text(label));
    const extras = numberFormat ? { numberFormat } : {};
    builder.put(row, VALUE_COLUMN, content, { figure, style: { input: true }, ...extras });
    // Absolute, so that the formulas read the same input wherever they are copied.
    addresses.set(figure, a1(row, VALUE_COLUMN, true));
  });
  return top + 1 + inputs.length;
}

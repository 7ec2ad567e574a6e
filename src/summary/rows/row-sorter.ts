/**
 * Which rows of a source are used, and why each other row is left out: totals and blank rows of
 * any source; line items, repeated, voided, cancelled and refunded orders; responses without an
 * answer and mentions without a label or without comment text. Every row passes through once, so every row is counted.
 */
import { idKey } from "../../cells/keys";
import { sentimentOf } from "../../cells/sentiment-labels";
import { isBlank } from "../../cells/values";
import { SourceKind } from "../model/measures";
import { LeftOutReason, RowAccount } from "../model/row-account";
import { ColumnMapping } from "../model/source";
import { TableStart } from "./table-start";

// Compared after NFKC folding, trimming, lower-casing and dropping a trailing colon.
const TOTALS_WORDS = new Set([
  "合计",
  "合計",
  "总计",
  "總計",
  "小计",
  "小計",
  "共计",
  "共計",
  "总和",
  "總和",
  "total",
  "totals",
  "grand total",
  "subtotal",
  "sum",
]);

// Statuses of orders that are not orders (docs/kpi.md): Shopify's financial statuses, Chinese back offices'.
const ORDER_STATUS_OUT = new Map<string, LeftOutReason>([
  ["voided", "voided"],
  ["refunded", "refunded"],
  ["cancelled", "cancelled"],
  ["canceled", "cancelled"],
  ["已取消", "cancelled"],
  ["交易关闭", "cancelled"],
  ["交易關閉", "cancelled"],
  ["订单关闭", "cancelled"],
  ["訂單關閉", "cancelled"],
  ["已退款", "refunded"],
  ["退款成功", "refunded"],
  ["全额退款", "refunded"],
  ["全額退款", "refunded"],
]);

function folded(value: unknown): string {
  return String(value)
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[:：]$/, "");
}

// "grand total:" with a space or two around it.
const LONGEST_TOTALS_TEXT = 16;

// The first letters of the totals words, in both cases; full-width forms and spaces fold first.
const TOTALS_FIRST = new Set([...TOTALS_WORDS].flatMap((word) => [word[0], word[0].toUpperCase()]));

// Most cells are ruled out by their first character, without folding them (a million rows).
function mayBeTotalsWord(text: string): boolean {
  const first = text.charCodeAt(0);
  return first <= 32 || first >= 0xff00 || TOTALS_FIRST.has(text[0]);
}

/** True for a totals row: one of its first two filled cells says 合计, Total, Sum… */
export function isTotalsRow(cells: readonly unknown[]): boolean {
  let looked = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    // The longest totals word is 11 characters: longer text (every post's title) is never folded.
    if (
      typeof cell === "string" &&
      cell.length <= LONGEST_TOTALS_TEXT &&
      mayBeTotalsWord(cell) &&
      TOTALS_WORDS.has(folded(cell))
    )
      return true;
    if (++looked === 2) return false;
  }
  return false;
}

/** True for a row that holds nothing but blanks and spaces. */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => isBlank(cell) || (typeof cell === "string" && cell.trim() === ""));
}

/** The reason an order's status leaves it out; undefined for an order that counts. */
export function orderStatusOut(status: unknown): LeftOutReason | undefined {
  return isBlank(status) ? undefined : ORDER_STATUS_OUT.get(folded(status));
}

/** A new account of a source whose table starts as found. */
export function newAccount(start: TableStart): RowAccount {
  const leftOut: RowAccount["leftOut"] = {};
  if (start.aboveHeader > 0) leftOut.aboveHeader = start.aboveHeader;
  if (start.blankAbove > 0) leftOut.blank = start.blankAbove;
  if (start.extraHeaderRows > 0) leftOut.extraHeaderRows = start.extraHeaderRows;
  const seen = start.aboveHeader + start.blankAbove + start.extraHeaderRows;
  return { headerRow: start.header + 1, seen, used: 0, leftOut };
}

function count(account: RowAccount, reason: LeftOutReason): void {
  account.leftOut[reason] = (account.leftOut[reason] ?? 0) + 1;
}

/**
 * Sorts the data rows of one table, given for one or more kinds of source, into used and left out.
 * A row that is no data (blank, totals, a line item, a voided order) leaves every kind's figures; a
 * response without an answer stays in the table and is left out of the mentions' figures only.
 */
export class RowSorter {
  private readonly kinds: SourceKind[];
  private readonly byKind: Partial<Record<SourceKind, RowAccount>> = {};
  private readonly orders?: ColumnMapping;
  private readonly mentions?: ColumnMapping;
  // Order IDs as 53-bit hashes of their COUNTIFS key: a million text IDs would hold some 60 MB, their
  // hashes far less. Two IDs share a hash about once in 10^16 pairs: a file of a million orders
  // shows a false repeat about once in 18,000 files, and it is counted as a duplicate, not hidden.
  private readonly orderIds = new KeySet();

  constructor(start: TableStart, mappings: Partial<Record<SourceKind, ColumnMapping>>) {
    this.kinds = Object.keys(mappings) as SourceKind[];
    for (const kind of this.kinds) this.byKind[kind] = newAccount(start);
    this.orders = mappings.orders;
    this.mentions = mappings.mentions;
  }

  /** The account of the rows for one kind of source the table was given as. */
  account(kind: SourceKind): RowAccount {
    return this.byKind[kind] as RowAccount;
  }

  /** A row as read, before its cells are typed: false (and counted) for a blank or totals row. */
  screen(cells: readonly unknown[]): boolean {
    if (isBlankRow(cells)) return this.leaveOut("blank");
    if (isTotalsRow(cells)) return this.leaveOut("totals");
    return true;
  }

  /**
   * A screened row with its cells typed: false (and counted) when it is no data. An order's revenue
   * becomes its total less its refunded amount, in `values` itself.
   */
  keep(values: unknown[]): boolean {
    const orderOut = this.orders && this.orderReason(values, this.orders);
    if (orderOut) return this.leaveOut(orderOut);
    const mentionOut = this.mentions && mentionReason(values, this.mentions);
    for (const kind of this.kinds) {
      const account = this.account(kind);
      account.seen++;
      if (kind === "mentions" && mentionOut) count(account, mentionOut);
      else account.used++;
    }
    return true;
  }

  private leaveOut(reason: LeftOutReason): false {
    for (const kind of this.kinds) {
      this.account(kind).seen++;
      count(this.account(kind), reason);
    }
    return false;
  }

  private orderReason(values: unknown[], mapping: ColumnMapping): LeftOutReason | undefined {
    const id = mapping.orderId === undefined ? undefined : values[mapping.orderId];
    if (!isBlank(id)) {
      if (!this.orderIds.add(hashKey(idKey(id as number | string))))
        return mapping.lineItem === undefined ? "duplicates" : "lineItems";
    } else if (mapping.lineItem !== undefined && this.orderIds.size > 0) return "lineItems";
    const cancelledAt = mapping.cancelledAt === undefined ? null : values[mapping.cancelledAt];
    const status = mapping.status === undefined ? null : values[mapping.status];
    const out = orderStatusOut(status) ?? (isBlank(cancelledAt) ? undefined : "cancelled");
    if (out) return out;
    netRevenue(values, mapping);
    return undefined;
  }
}

// A number that is a safe integer is its own key; other keys are hashed (FNV-1a over two lanes).
function hashKey(key: number | string): number {
  if (typeof key === "number" && Number.isSafeInteger(key)) return key;
  const text = typeof key === "number" ? `#${key}` : key;
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193) ^ (low >>> 15);
  }
  // 21 bits of one lane above 32 of the other: an integer below 2^53, and negative apart from numbers.
  return -((high >>> 11) * 0x100000000 + (low >>> 0)) - 1;
}

/**
 * A set of safe integers in one typed array (open addressing, NaN for an empty slot): a Set of a
 * million such numbers boxes each one on the heap, and a capped heap spends its time collecting them.
 */
class KeySet {
  private slots = new Float64Array(1024).fill(NaN);
  // Slots are picked by the top bits of a multiplicative hash: 32 less the bits of the table's length.
  private shift = 22;
  size = 0;

  /** Adds a key; false when it was there already. */
  add(key: number): boolean {
    const slot = this.slotOf(key, this.slots);
    if (this.slots[slot] === key) return false;
    this.slots[slot] = key;
    if (++this.size * 2 > this.slots.length) this.grow();
    return true;
  }

  // The key's slot, or the empty slot where it belongs.
  private slotOf(key: number, slots: Float64Array): number {
    const mask = slots.length - 1;
    const high = Math.floor(key / 0x100000000) | 0;
    let slot = Math.imul((key | 0) ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) >>> this.shift;
    while (slots[slot] === slots[slot] && slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Float64Array(old.length * 2).fill(NaN);
    this.shift--;
    for (const key of old) if (key === key) slots[this.slotOf(key, slots)] = key;
    this.slots = slots;
  }
}

// What the customer finally paid: the total less any refund (a partial refund; a full one is left out).
function netRevenue(values: unknown[], mapping: ColumnMapping): void {
  if (mapping.revenue === undefined || mapping.refunded === undefined) return;
  const total = values[mapping.revenue];
  const refunded = values[mapping.refunded];
  if (typeof total === "number" && typeof refunded === "number" && refunded !== 0)
    values[mapping.revenue] = Math.round((total - refunded) * 1e6) / 1e6;
}

function mentionReason(values: unknown[], mapping: ColumnMapping): LeftOutReason | undefined {
  if (mapping.score !== undefined)
    return isBlank(values[mapping.score]) ? "skippedAnswers" : undefined;
  if (mapping.sentiment === undefined) return undefined;
  const label = values[mapping.sentiment];
  if (typeof label === "string" && sentimentOf(label) !== undefined) return undefined;
  // A comment the add-in could not label because there was none to read.
  const noText = mapping.text !== undefined && isBlank(values[mapping.text]);
  return noText && isBlank(label) ? "noText" : "notRated";
}

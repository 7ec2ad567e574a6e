// Doubtful discount-code orders in an order log. Each JSDoc is the function's help in Excel (see functions.ts).
import { optionalThreshold } from "../cells/arguments";
import { calendarDateAt } from "../cells/dates";
import { idKey } from "../cells/keys";
import { badArguments, badCell, divideByZero, Failed, Problem } from "../cells/problem";
import { negative, notNumber, positionOf } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { columnCount, isBlank, isOmitted, Matrix, sameShape, toNumber } from "../cells/values";
import {
  auditCodeOrders,
  CodeFlag,
  CodeOrder,
  CodeThresholds,
  Creator,
  DEFAULT_CODE_THRESHOLDS,
} from "../kpi/order-log/code-flags";
import { CreatorsByCode } from "../kpi/order-log/creators";
import { excelTable } from "./excel-result";

// A clean order's cell: Excel shows a null as 0 (office-js issue 1503), "" as empty.
const CLEAN = "";
const FLAG_SEPARATOR = ", ";
// A blank cell of the log: no code, no customer, no date.
const NO_ORDER: CodeOrder = {};

/**
 * Flags doubtful discount-code orders, one cell per order: self (the creator bought), concentration (one customer's many orders), reach (orders beyond the impressions), before-post, unknown-code; "" when clean. The words are English in every language.
 * @customfunction CODEFLAGS
 * @helpurl https://localhost:3000/help.html#womcodeflags
 * @param {any[][]} order_codes The order log's discount code column, one row per order; a blank code is an order on no code. Case and spaces around a code do not matter: "MIA10" is " mia10 ".
 * @param {any[][]} order_customers The customer beside each order, in a range of the same shape: an ID, e-mail or phone, also compared with the creators' contacts.
 * @param {any[][]} order_dates The order date beside each order, in a range of the same shape; an order without a date is never before a post.
 * @param {any[][]} post_codes The posts table's code column, one row per post: a creator's posts share a code and count together. A post without a code is left out.
 * @param {any[][]} [post_contacts] Optional: the creator's e-mail, phone or name beside each post's code, same shape as post_codes. An order whose customer is one of them is self.
 * @param {any[][]} [post_dates] Optional: each post's date, same shape as post_codes. An order dated before the earliest post of its code is before-post.
 * @param {any[][]} [post_impressions] Optional: each post's impressions, same shape as post_codes, added up per code. A code with more orders than max_orders_per_impression × these is reach.
 * @param {any} [min_orders] Optional: a customer's orders on one code that are concentration, with min_share; a whole number of 1 or more, 3 when left out.
 * @param {any} [min_share] Optional: the share of the code's orders that those orders must also reach, from 0 to 1; 0.2 (20 %) when left out.
 * @param {any} [max_orders_per_impression] Optional: orders per impression beyond which a code has leaked, above 0; 0.01 (one order per 100 impressions) when left out.
 * @returns {string[][]} For each order, in the shape of order_codes: "" when clean or without a code, else its flags joined by ", " ("self, concentration"). The flags are these English words in every language.
 */
export function codeFlags(
  order_codes: any[][],
  order_customers: any[][],
  order_dates: any[][],
  post_codes: any[][],
  post_contacts?: any[][],
  post_dates?: any[][],
  post_impressions?: any[][],
  min_orders?: any,
  min_share?: any,
  max_orders_per_impression?: any
) {
  return excelTable(() => {
    const thresholds = thresholdsOf(min_orders, min_share, max_orders_per_impression);
    if (!thresholds.ok) return thresholds;
    const log = orderLogOf(order_codes, order_customers, order_dates);
    if (!log.ok) return log;
    if (log.value.filled === 0) return divideByZero({ kind: "noData", arg: "order_codes" });
    const creators = creatorsOf(post_codes, post_contacts, post_dates, post_impressions);
    if (!creators.ok) return creators;
    const { flags } = auditCodeOrders(log.value.orders, creators.value, thresholds.value);
    return success(flagCells(flags, log.value.width));
  });
}

/** The three thresholds, each its default when blank or left out. */
function thresholdsOf(
  minOrders: unknown,
  minShare: unknown,
  maxOrdersPerImpression: unknown
): Result<CodeThresholds, Problem> {
  const defaults = DEFAULT_CODE_THRESHOLDS;
  const orders = optionalThreshold(minOrders, "min_orders", defaults.minOrders, "count");
  if (!orders.ok) return orders;
  const share = optionalThreshold(minShare, "min_share", defaults.minShare, "share");
  if (!share.ok) return share;
  const rate = optionalThreshold(
    maxOrdersPerImpression,
    "max_orders_per_impression",
    defaults.maxOrdersPerImpression,
    "rate"
  );
  if (!rate.ok) return rate;
  return success({
    minOrders: orders.value,
    minShare: share.value,
    maxOrdersPerImpression: rate.value,
  });
}

/** The order log cell by cell: one order per cell of order_codes, blank ones included, so that flags line up. */
interface OrderLog {
  orders: CodeOrder[];
  /** The width of order_codes, the spill's. */
  width: number;
  /** Cells with a code, a customer or a date. */
  filled: number;
}

/** Reads the order log; every cell is checked, even on an order without a code. */
function orderLogOf(codes: Matrix, customers: Matrix, dates: Matrix): Result<OrderLog, Problem> {
  if (!sameShape(codes, customers))
    return badArguments({ kind: "shapeMismatch", arg: "order_customers", expected: "order_codes" });
  if (!sameShape(codes, dates))
    return badArguments({ kind: "shapeMismatch", arg: "order_dates", expected: "order_codes" });
  const width = columnCount(codes);
  const orders: CodeOrder[] = [];
  let filled = 0;
  for (let r = 0; r < codes.length; r++) {
    for (let c = 0; c < width; c++) {
      const code = codeAt(codes, "order_codes", r, c);
      if (typeof code === "object") return code;
      const customer = customerAt(customers, r, c);
      if (typeof customer === "object") return customer;
      const date = calendarDateAt(dates, "order_dates", r, c);
      if (typeof date === "object") return date;
      if (code === undefined && customer === undefined && date !== date) {
        orders.push(NO_ORDER);
        continue;
      }
      filled++;
      const when = date === date ? date : undefined;
      // The customer is also a contact: an e-mail or a phone meets the creator's own.
      if (customer === undefined) orders.push({ code, date: when });
      else orders.push({ code, date: when, customer: idKey(customer), contacts: [customer] });
    }
  }
  return success({ orders, width, filled });
}

// A code as idKey keys it; undefined when blank or only spaces, a problem when neither text nor a number.
function codeAt(
  range: Matrix,
  arg: string,
  r: number,
  c: number
): number | string | undefined | Failed {
  const cell = range[r][c];
  if (isBlank(cell)) return undefined;
  if (typeof cell !== "number" && typeof cell !== "string")
    return badCell({ kind: "notText", value: cell, at: positionOf(arg, range, r, c) });
  const key = idKey(cell);
  return key === "" ? undefined : key;
}

// An order's customer as the order gives it (an ID, an e-mail, a phone); undefined when blank or only spaces.
function customerAt(customers: Matrix, r: number, c: number): number | string | undefined | Failed {
  const cell = customers[r][c];
  if (isBlank(cell) || (typeof cell === "string" && cell.trim() === "")) return undefined;
  if (typeof cell === "number" || typeof cell === "string") return cell;
  return badCell({
    kind: "badId",
    value: cell,
    at: positionOf("order_customers", customers, r, c),
  });
}

/** Gathers the posts into one creator per code; every cell is checked, a post without a code is left out. */
function creatorsOf(
  codes: Matrix,
  contacts: Matrix | null | undefined,
  dates: Matrix | null | undefined,
  impressions: Matrix | null | undefined
): Result<Creator[], Problem> {
  const contactCells = postColumn(codes, contacts, "post_contacts");
  if (!contactCells.ok) return contactCells;
  const dateCells = postColumn(codes, dates, "post_dates");
  if (!dateCells.ok) return dateCells;
  const impressionCells = postColumn(codes, impressions, "post_impressions");
  if (!impressionCells.ok) return impressionCells;
  const creators = new CreatorsByCode();
  for (let r = 0; r < codes.length; r++) {
    for (let c = 0; c < codes[r].length; c++) {
      const code = codeAt(codes, "post_codes", r, c);
      if (typeof code === "object") return code;
      const contact = contactCells.value && contactAt(contactCells.value, r, c);
      if (typeof contact === "object") return contact;
      const date = dateCells.value ? calendarDateAt(dateCells.value, "post_dates", r, c) : NaN;
      if (typeof date === "object") return date;
      const seen = impressionCells.value && impressionsAt(impressionCells.value, r, c);
      if (typeof seen === "object") return seen;
      if (code === undefined) continue;
      creators.add({ code, contact, date: date === date ? date : undefined, impressions: seen });
    }
  }
  return success(creators.list());
}

// An optional column of the posts table: undefined when left out, else in the shape of post_codes.
function postColumn(
  codes: Matrix,
  range: Matrix | null | undefined,
  arg: string
): Result<Matrix | undefined, Problem> {
  if (isOmitted(range)) return success(undefined);
  if (!sameShape(codes, range))
    return badArguments({ kind: "shapeMismatch", arg, expected: "post_codes" });
  return success(range);
}

// A creator's e-mail, phone or name as the post gives it; undefined when blank.
function contactAt(contacts: Matrix, r: number, c: number): number | string | undefined | Failed {
  const cell = contacts[r][c];
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number" || typeof cell === "string") return cell;
  return badCell({ kind: "notText", value: cell, at: positionOf("post_contacts", contacts, r, c) });
}

// A post's impressions: a number of 0 or more, undefined when blank.
function impressionsAt(impressions: Matrix, r: number, c: number): number | undefined | Failed {
  const cell = impressions[r][c];
  if (isBlank(cell)) return undefined;
  const value = toNumber(cell);
  if (value !== value) return notNumber(cell, "post_impressions", impressions, r, c);
  if (value < 0) return negative(value, "post_impressions", impressions, r, c);
  return value;
}

/** The spill: each order's flags joined, "" for none, in rows as wide as order_codes. */
function flagCells(flags: readonly (readonly CodeFlag[])[], width: number): string[][] {
  const rows: string[][] = new Array(flags.length / width);
  for (let r = 0; r < rows.length; r++) {
    const row: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const own = flags[r * width + c];
      row[c] = own.length === 0 ? CLEAN : own.join(FLAG_SEPARATOR);
    }
    rows[r] = row;
  }
  return rows;
}

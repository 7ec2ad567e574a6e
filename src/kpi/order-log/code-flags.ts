/**
 * Doubtful discount-code orders ("data pollution"): orders on a creator's code that may not come
 * from the creator's influence, each with the reasons it is doubted (docs/kpi.md). The log is read
 * twice: once to count each code's orders and customers, then once to flag each order.
 */
import { contactKey, contactKeys } from "./contacts";

/** Why an order on a code is doubted; stable English words, the same in every language. */
export type CodeFlag = "self" | "concentration" | "reach" | "before-post" | "unknown-code";

/** The flags in the order they are listed on an order. */
export const CODE_FLAGS: readonly CodeFlag[] = [
  "self",
  "concentration",
  "reach",
  "before-post",
  "unknown-code",
];

/** One order: who placed it, on which code, when. Keys are as idKey gives them. */
export interface CodeOrder {
  /** The customer's key: orders of one customer share it. Undefined when the order names nobody. */
  customer?: number | string;
  /** What the order says of its customer (e-mail, phone, name), compared with the creator's contacts; [customer] when left out. */
  contacts?: readonly (number | string)[];
  code?: number | string;
  /** The order's date serial. */
  date?: number;
  /** The order's revenue, for the revenue of the flagged orders. */
  revenue?: number;
}

/** A creator and their code; a code given twice keeps its first creator. */
export interface Creator {
  code: number | string;
  /** The creator's own e-mails, phone numbers and names. */
  contacts?: readonly (number | string)[];
  /** The date serial of the creator's first post of the campaign. */
  firstPost?: number;
  /** Impressions of the creator's posts. */
  impressions?: number;
}

/** When orders on a code are doubted. */
export interface CodeThresholds {
  /** One customer's orders on a code that are concentrated, with minShare... */
  minOrders: number;
  /** ...when they are also at least this share of the code's orders. */
  minShare: number;
  /** Orders per impression above which a code's orders cannot all come from the posts. */
  maxOrdersPerImpression: number;
}

/** 3 orders and 20 % of the code; one order per 100 impressions, far beyond any conversion. */
export const DEFAULT_CODE_THRESHOLDS: CodeThresholds = {
  minOrders: 3,
  minShare: 0.2,
  maxOrdersPerImpression: 0.01,
};

/** A code's orders and how many of them are doubted, and why. */
export interface CodeSummary {
  code: number | string;
  /** The index of the code's creator among the creators; undefined for a code of no creator. */
  creator?: number;
  orders: number;
  /** The orders' revenue. */
  revenue: number;
  /** Orders with at least one flag. */
  flagged: number;
  /** The revenue of the flagged orders. */
  flaggedRevenue: number;
  /** Orders with each flag: an order with two flags counts under both. */
  byFlag: Record<CodeFlag, number>;
}

interface CodeTally {
  creator?: number;
  orders: number;
  /** Orders of each customer on the code. */
  byCustomer: Map<number | string, number>;
}

// Every combination of flags once, by a bit per flag in CODE_FLAGS' order: a million flagged
// orders share a few arrays rather than holding one each.
const COMBINATIONS: readonly (readonly CodeFlag[])[] = Array.from(
  { length: 1 << CODE_FLAGS.length },
  (_, mask) => CODE_FLAGS.filter((_, bit) => mask & (1 << bit))
);
const NO_FLAGS = COMBINATIONS[0];
const UNKNOWN = COMBINATIONS[1 << CODE_FLAGS.indexOf("unknown-code")];
const BIT = Object.fromEntries(CODE_FLAGS.map((flag, bit) => [flag, 1 << bit])) as Record<
  CodeFlag,
  number
>;

/** Flags the orders on creators' codes: count every order first, then ask for each one's flags. */
class CodeOrderAudit {
  private readonly creators: readonly Creator[];
  private readonly contacts: Set<string>[];
  private readonly tallies = new Map<number | string, CodeTally>();

  constructor(
    creators: readonly Creator[],
    private readonly thresholds: CodeThresholds = DEFAULT_CODE_THRESHOLDS
  ) {
    this.creators = creators;
    this.contacts = creators.map((creator) => contactKeys(creator.contacts ?? []));
    creators.forEach((creator, index) => {
      if (!this.tallies.has(creator.code)) this.tallies.set(creator.code, emptyTally(index));
    });
  }

  /** Counts one order; every order is counted before any is flagged. */
  count(order: CodeOrder): void {
    if (order.code === undefined) return;
    let tally = this.tallies.get(order.code);
    if (tally === undefined) {
      tally = emptyTally(undefined);
      this.tallies.set(order.code, tally);
    }
    tally.orders++;
    const customer = order.customer;
    if (customer !== undefined)
      tally.byCustomer.set(customer, (tally.byCustomer.get(customer) ?? 0) + 1);
  }

  /** The flags of a counted order, in CODE_FLAGS' order; none for an order without a code. */
  flagsOf(order: CodeOrder): readonly CodeFlag[] {
    if (order.code === undefined) return NO_FLAGS;
    const tally = this.tallies.get(order.code);
    if (tally === undefined || tally.creator === undefined) return UNKNOWN;
    let mask = 0;
    if (this.isSelf(order, tally.creator)) mask |= BIT.self;
    const orders = order.customer === undefined ? 0 : (tally.byCustomer.get(order.customer) ?? 0);
    if (this.isConcentrated(orders, tally.orders)) mask |= BIT.concentration;
    if (this.isBeyondReach(tally)) mask |= BIT.reach;
    if (this.isBeforePost(order, tally.creator)) mask |= BIT["before-post"];
    return COMBINATIONS[mask];
  }

  /** An empty summary of every code counted: each creator's in the creators' order, then the rest as they came. */
  emptySummaries(): Map<number | string, CodeSummary> {
    const summaries = new Map<number | string, CodeSummary>();
    for (const [code, { creator }] of this.tallies) {
      const byFlag = { self: 0, concentration: 0, reach: 0, "before-post": 0, "unknown-code": 0 };
      summaries.set(code, {
        code,
        creator,
        orders: 0,
        revenue: 0,
        flagged: 0,
        flaggedRevenue: 0,
        byFlag,
      });
    }
    return summaries;
  }

  private isSelf(order: CodeOrder, creator: number): boolean {
    const own = this.contacts[creator];
    if (own.size === 0) return false;
    const given = order.contacts ?? (order.customer === undefined ? [] : [order.customer]);
    return given.some((contact) => {
      const key = contactKey(contact);
      return key !== undefined && own.has(key);
    });
  }

  // Both must hold: 3 orders of a fan among 1,000 are no concentration, nor is 1 order of 5.
  private isConcentrated(customerOrders: number, codeOrders: number): boolean {
    const { minOrders, minShare } = this.thresholds;
    // A share divided, not multiplied: 0.07 × 100 rounds above 7, while 7 / 100 is 0.07 exactly.
    return customerOrders >= minOrders && customerOrders / codeOrders >= minShare;
  }

  // Orders on a creator with no impressions at all are beyond any reach.
  private isBeyondReach(tally: CodeTally): boolean {
    const impressions = this.creators[tally.creator as number].impressions;
    if (impressions === undefined || tally.orders === 0) return false;
    return tally.orders > this.thresholds.maxOrdersPerImpression * impressions;
  }

  private isBeforePost(order: CodeOrder, creator: number): boolean {
    const post = this.creators[creator].firstPost;
    if (post === undefined || order.date === undefined) return false;
    return isEarlier(order.date, post);
  }
}

/**
 * Each code's summary. `orders` is read twice (an array, or anything that can be iterated again):
 * once to count, once to flag; `each` is given every order's flags in the orders' order.
 */
export function summariseCodeOrders(
  orders: Iterable<CodeOrder>,
  creators: readonly Creator[],
  thresholds: CodeThresholds = DEFAULT_CODE_THRESHOLDS,
  each?: (flags: readonly CodeFlag[]) => void
): CodeSummary[] {
  const audit = new CodeOrderAudit(creators, thresholds);
  for (const order of orders) audit.count(order);
  const summaries = audit.emptySummaries();
  for (const order of orders) {
    const orderFlags = audit.flagsOf(order);
    each?.(orderFlags);
    const summary = order.code === undefined ? undefined : summaries.get(order.code);
    if (summary === undefined) continue;
    const revenue = order.revenue ?? 0;
    summary.orders++;
    summary.revenue += revenue;
    if (orderFlags.length === 0) continue;
    summary.flagged++;
    summary.flaggedRevenue += revenue;
    for (const flag of orderFlags) summary.byFlag[flag]++;
  }
  return [...summaries.values()];
}

/** The flags of every order, in the orders' order, and each code's summary. */
export function auditCodeOrders(
  orders: Iterable<CodeOrder>,
  creators: readonly Creator[],
  thresholds: CodeThresholds = DEFAULT_CODE_THRESHOLDS
): { flags: (readonly CodeFlag[])[]; codes: CodeSummary[] } {
  const flags: (readonly CodeFlag[])[] = [];
  const codes = summariseCodeOrders(orders, creators, thresholds, (orderFlags) =>
    flags.push(orderFlags)
  );
  return { flags, codes };
}

// A date without a time (a whole serial) is its whole day: an order that day is not earlier.
function isEarlier(date: number, than: number): boolean {
  if (Number.isInteger(date) || Number.isInteger(than)) return Math.floor(date) < Math.floor(than);
  return date < than;
}

function emptyTally(creator: number | undefined): CodeTally {
  return { creator, orders: 0, byCustomer: new Map() };
}

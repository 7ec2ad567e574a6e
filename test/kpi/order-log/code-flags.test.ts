// Doubtful code orders (docs/kpi.md) on a hand-made order log, each flag reasoned in the comments.
import { auditCodeOrders, CodeOrder, Creator } from "../../../src/kpi/order-log/code-flags";
import { contactKey } from "../../../src/kpi/order-log/contacts";

// Creators: Mia (code "mia10", first post on day 100, 10,000 impressions) and Leo ("leo5",
// 1,000 impressions, no date). A code's leak: "leo5" gets 12 orders, 12 > 0.01 × 1,000 = 10.
const creators: Creator[] = [
  {
    code: "mia10",
    contacts: ["Mia.Chen@Example.com ", "+86 138-0013-8000", "Mia  Chen"],
    firstPost: 100,
    impressions: 10000,
  },
  { code: "leo5", contacts: ["leo@example.com"], impressions: 1000 },
];

const mia: CodeOrder[] = [
  // 0: Mia herself by e-mail, in other case and spaces → self.
  {
    customer: "c1",
    contacts: ["c1", " mia.chen@example.com"],
    code: "mia10",
    date: 101,
    revenue: 50,
  },
  // 1: Mia by phone, written with other separators: digits 8613800138000 equal → self.
  { customer: "c2", contacts: ["c2", "(86) 13800138000"], code: "mia10", date: 102, revenue: 50 },
  // 2: the day before the first post → before-post.
  { customer: "c3", code: "mia10", date: 99, revenue: 80 },
  // 3: the day of the post, earlier in the day than a post without a time: not before it.
  { customer: "c4", code: "mia10", date: 100.25, revenue: 100 },
  // 4-6: c5's three orders of the code's 10 are 30 % ≥ 20 % and 3 ≥ 3 → concentration.
  { customer: "c5", code: "mia10", date: 110, revenue: 20 },
  { customer: "c5", code: "mia10", date: 111, revenue: 20 },
  { customer: "c5", code: "mia10", date: 112, revenue: 20 },
  // 7-8: c6's two orders are 20 % but fewer than 3: clean.
  { customer: "c6", code: "mia10", date: 113, revenue: 100 },
  { customer: "c6", code: "mia10", date: 114, revenue: 100 },
  // 9: no customer, clean; 10: no code at all, not counted.
  { code: "mia10", date: 115, revenue: 100 },
  { customer: "c7", date: 115 },
];
const leo: CodeOrder[] = Array.from({ length: 12 }, (_, i) => ({
  customer: `fan${i}`,
  code: "leo5",
  date: 120,
}));
const stray: CodeOrder[] = [{ customer: "c8", code: "free20", date: 130 }];

describe("doubtful discount-code orders", () => {
  const { flags, codes } = auditCodeOrders([...mia, ...leo, ...stray], creators);

  it("flags a creator who bought with their own code, by e-mail and by phone", () => {
    expect(flags[0]).toEqual(["self"]);
    expect(flags[1]).toEqual(["self"]);
  });

  it("flags an order dated before the creator's first post, not one on its day", () => {
    expect(flags[2]).toEqual(["before-post"]);
    expect(flags[3]).toEqual([]);
  });

  it("flags a concentrated customer only when both the count and the share are reached", () => {
    expect(flags.slice(4, 7)).toEqual([["concentration"], ["concentration"], ["concentration"]]);
    expect(flags.slice(7, 11)).toEqual([[], [], [], []]);
  });

  it("flags every order of a code whose orders are far beyond its creator's reach", () => {
    const leoFlags = flags.slice(11, 23);
    expect(leoFlags).toEqual(Array(12).fill(["reach"]));
  });

  it("reports a code of no creator apart", () => {
    expect(flags[23]).toEqual(["unknown-code"]);
  });

  it("summarises each code: orders, orders flagged and orders by reason", () => {
    // mia10: orders 0-9 (10); self 2 (0, 1), before-post 1 (2), concentration 3 (4-6): 6 flagged.
    // Revenue 50 + 50 + 80 + 100 + 3 × 20 + 2 × 100 + 100 = 640, of which flagged 50 + 50 + 80 + 60 = 240.
    expect(codes).toEqual([
      {
        code: "mia10",
        creator: 0,
        orders: 10,
        revenue: 640,
        flagged: 6,
        flaggedRevenue: 240,
        byFlag: { self: 2, concentration: 3, reach: 0, "before-post": 1, "unknown-code": 0 },
      },
      {
        code: "leo5",
        creator: 1,
        orders: 12,
        revenue: 0,
        flagged: 12,
        flaggedRevenue: 0,
        byFlag: { self: 0, concentration: 0, reach: 12, "before-post": 0, "unknown-code": 0 },
      },
      {
        code: "free20",
        creator: undefined,
        orders: 1,
        revenue: 0,
        flagged: 1,
        flaggedRevenue: 0,
        byFlag: { self: 0, concentration: 0, reach: 0, "before-post": 0, "unknown-code": 1 },
      },
    ]);
  });

  it("counts an order with two flags once among the flagged", () => {
    // Mia buys 3 of her own code's 3 orders: self and concentration (3 ≥ 3, 100 % ≥ 20 %).
    const own = Array.from({ length: 3 }, () => ({
      customer: "mia",
      contacts: ["Mia Chen"],
      code: "mia10",
      date: 105,
    }));
    const result = auditCodeOrders(own, creators);
    expect(result.flags[0]).toEqual(["self", "concentration"]);
    expect(result.codes[0].flagged).toBe(3);
  });
});

describe("a share of a code's orders", () => {
  it("flags 7 of 100 orders at a share of 0.07, though 0.07 × 100 is a hair above 7 in floating point", () => {
    const orders: CodeOrder[] = Array.from({ length: 100 }, (_, i) => ({
      customer: i < 7 ? "same" : `c${i}`,
      code: "mia10",
    }));
    const thresholds = { minOrders: 3, minShare: 0.07, maxOrdersPerImpression: 0.01 };
    const { flags } = auditCodeOrders(orders, [{ code: "mia10" }], thresholds);
    expect(flags.filter((f) => f.includes("concentration"))).toHaveLength(7);
  });
});

describe("contacts compared as people write them", () => {
  it("folds e-mails to lower case, phones to digits and names to NFKC with spaces collapsed", () => {
    expect(contactKey(" A@B.com ")).toBe("email:a@b.com");
    expect(contactKey("+1 (555) 010-9999")).toBe("phone:15550109999");
    expect(contactKey(15550109999)).toBe("phone:15550109999");
    expect(contactKey("ＭＩＡ   Chen")).toBe("name:mia chen");
    // A bracketed country code with its plus: the same digits as +86 138 0013 8000.
    expect(contactKey("(+86) 138-0013-8000")).toBe("phone:8613800138000");
    // A short number is an ID or a name, never a phone.
    expect(contactKey(1001)).toBe("name:1001");
  });
});

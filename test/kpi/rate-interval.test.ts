// The Wilson interval against its definition: the rates whose score test would not reject the observed share.
import fc from "fast-check";
import { twoSidedZ } from "../../src/kpi/normal";
import { wilsonInterval } from "../../src/kpi/rate-interval";

const counts = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([total, share]) => ({ total, successes: Math.round(share * total) }));
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

// The score statistic of a rate r for x of n: (x/n − r) / √(r(1 − r)/n).
function scoreStatistic(successes: number, total: number, rate: number): number {
  return (successes / total - rate) / Math.sqrt((rate * (1 - rate)) / total);
}

describe("the Wilson score interval", () => {
  it("has bounds where the score statistic is exactly ±z, the definition of the interval", () => {
    fc.assert(
      fc.property(counts, confidence, ({ successes, total }, c) => {
        const z = twoSidedZ(c);
        const [lower, upper] = wilsonInterval(successes, total, c);
        if (successes > 0) expect(scoreStatistic(successes, total, lower)).toBeCloseTo(z, 6);
        if (successes < total) expect(scoreStatistic(successes, total, upper)).toBeCloseTo(-z, 6);
      })
    );
  });

  it("holds the observed share and stays within 0 to 1", () => {
    fc.assert(
      fc.property(counts, confidence, ({ successes, total }, c) => {
        const [lower, upper] = wilsonInterval(successes, total, c);
        const share = successes / total;
        return 0 <= lower && lower <= share && share <= upper && upper <= 1;
      })
    );
  });

  it("mirrors: the interval of the failures is 1 minus the interval of the successes", () => {
    fc.assert(
      fc.property(counts, confidence, ({ successes, total }, c) => {
        const [lower, upper] = wilsonInterval(successes, total, c);
        const [failLower, failUpper] = wilsonInterval(total - successes, total, c);
        expect(failLower).toBeCloseTo(1 - upper, 12);
        expect(failUpper).toBeCloseTo(1 - lower, 12);
      })
    );
  });

  it("stays finite for the largest totals Excel holds", () => {
    const [lower, upper] = wilsonInterval(1e307, 1e308, 0.95);
    expect(lower).toBeCloseTo(0.1, 12);
    expect(upper).toBeCloseTo(0.1, 12);
  });
});

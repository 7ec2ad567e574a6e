// The NPS test against the relations any two-sample z test must keep.
import fc from "fast-check";
import { NpsCounts, npsScore } from "../../src/kpi/nps";
import { npsMarginOfError, NpsMethod } from "../../src/kpi/nps-margin";
import { compareNps, NpsComparison } from "../../src/kpi/nps-test";

const sample: fc.Arbitrary<NpsCounts> = fc
  .record({
    promoters: fc.integer({ min: 0, max: 500 }),
    passives: fc.integer({ min: 0, max: 500 }),
    detractors: fc.integer({ min: 0, max: 500 }),
  })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const method = fc.constantFrom<NpsMethod>("wald", "adjustedWald");
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

function compared(a: NpsCounts, b: NpsCounts, c: number, m: NpsMethod): NpsComparison | undefined {
  return compareNps(a, b, c, m);
}

describe("comparing two NPS", () => {
  it("agrees with its own margin: |B − A| > margin exactly when p < 1 − confidence", () => {
    fc.assert(
      fc.property(sample, sample, confidence, method, (a, b, c, m) => {
        const result = compared(a, b, c, m);
        if (!result) return;
        // Ties within rounding are left out: either answer is right there.
        fc.pre(Math.abs(Math.abs(result.difference) - result.margin) > 1e-9 * result.margin);
        expect(Math.abs(result.difference) > result.margin).toBe(result.pValue < 1 - c);
      })
    );
  });

  it("has a difference's margin no wider than the two margins added, nor narrower than either", () => {
    // SE of B − A = √(SE A² + SE B²), which lies between max(SE A, SE B) and SE A + SE B.
    fc.assert(
      fc.property(sample, sample, confidence, method, (a, b, c, m) => {
        const result = compared(a, b, c, m);
        if (!result) return;
        const [marginA, marginB] = [npsMarginOfError(a, c, m), npsMarginOfError(b, c, m)];
        expect(result.margin).toBeLessThanOrEqual((marginA + marginB) * (1 + 1e-12));
        expect(result.margin).toBeGreaterThanOrEqual(Math.max(marginA, marginB) * (1 - 1e-12));
      })
    );
  });

  it("gives a p-value from 0 to 1 and the scores WOM.NPS gives in the plain form", () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const result = compared(a, b, 0.95, "wald");
        if (!result) return;
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect([result.scoreA, result.scoreB]).toEqual([npsScore(a), npsScore(b)]);
      })
    );
  });

  it("always answers in the adjusted form, which puts answers in every group", () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => compareNps(a, b, 0.95, "adjustedWald") !== undefined)
    );
  });

  it("refuses only samples without spread in the plain form", () => {
    const allPromoters = { promoters: 4, passives: 0, detractors: 0 };
    const allPassives = { promoters: 0, passives: 7, detractors: 0 };
    expect(compareNps(allPromoters, allPassives)).toBeUndefined();
    expect(compareNps(allPromoters, { promoters: 3, passives: 1, detractors: 0 })).toBeDefined();
  });
});

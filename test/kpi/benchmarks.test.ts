import { NPS_BENCHMARKS, npsStanding, socialNpsMarginOfError } from "../../src/kpi/benchmarks";

describe("the NPS benchmark band", () => {
  it("is SurveyMonkey's published global average and top-quartile threshold, with its source", () => {
    expect(NPS_BENCHMARKS).toEqual({
      source: "SurveyMonkey NPS benchmarks",
      average: 32,
      topQuartile: 72,
    });
  });

  it("places a score: from 72 the top quartile, from 32 at or above the average, else below", () => {
    expect([72, 100, 71.9, 32, 31.99, -10].map(npsStanding)).toEqual([
      "topQuartile",
      "topQuartile",
      "aboveAverage",
      "aboveAverage",
      "belowAverage",
      "belowAverage",
    ]);
  });
});

describe("the social NPS margin of error", () => {
  it("treats positive mentions as promoters and negative ones as detractors, with no passives", () => {
    // n = 1050, p − d = 850 / 1050; 1.959964 × √((1 − 0.809524²) / 1050) × 100
    expect(socialNpsMarginOfError(950, 100)).toBeCloseTo(3.551043, 6);
    // 3 positive, 1 negative: p − d = 0.5; 1.959964 × √(0.75 / 4) × 100 = 84.87
    expect(socialNpsMarginOfError(3, 1)).toBeCloseTo(84.8689, 4);
    // Every mention positive: no spread, no margin.
    expect(socialNpsMarginOfError(5, 0)).toBe(0);
  });
});

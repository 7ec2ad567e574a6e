import { checkAgainstEngine } from "../support/evaluate";
import { loadExample } from "../support/example";
import { figureCell, figuresFor, planFor, textsOf } from "../support/plans";
import { mapped, table } from "../support/tables";

describe("the social NPS margin of error on the example", () => {
  it("is what the figure calculator gives for the example, whose 80.95 is in the top quartile", () => {
    const example = loadExample();
    const figures = figuresFor(example.sources, example.rows);
    expect(figures.socialNpsMoe).toBeCloseTo(3.551043, 6);
    expect(figures.npsStanding).toBe("topQuartile");
  });
});

describe("the benchmark band on the summary sheet", () => {
  const example = loadExample();

  it("sits under the social NPS and its margin, naming its source in three languages", () => {
    const { plan } = planFor(example.sources, example.rows);
    const rowOf = (figure: Parameters<typeof figureCell>[1]) => figureCell(plan, figure)?.row;
    const moe = rowOf("socialNpsMoe") ?? 0;
    expect([rowOf("npsBenchmarkAverage"), rowOf("npsBenchmarkTopQuartile")]).toEqual([
      moe + 1,
      moe + 2,
    ]);
    expect(figureCell(plan, "npsBenchmarkAverage")).toMatchObject({
      content: { kind: "number", value: 32 },
      numberFormat: "+0;-0;0",
    });
    expect(textsOf(plan)).toEqual(
      expect.arrayContaining([
        "Global average NPS (SurveyMonkey NPS benchmarks)",
        "Top-quartile NPS (SurveyMonkey NPS benchmarks)",
        "Social NPS against the benchmarks",
      ])
    );
    // A social NPS is compared with care: the note says the benchmarks are for survey NPS.
    expect(figureCell(plan, "npsBenchmarkAverage")?.note).toContain("for survey NPS");
    const simplified = textsOf(planFor(example.sources, example.rows, "zh-CN").plan);
    expect(simplified).toContain("全球平均 NPS（SurveyMonkey NPS benchmarks）");
    const traditional = textsOf(planFor(example.sources, example.rows, "zh-TW").plan);
    expect(traditional).toContain("社群媒體 NPS 與基準相比");
  });

  it("compares the survey NPS when there is one, and follows benchmarks the user edits", () => {
    // 8 promoters, 1 passive, 1 detractor: (8 − 1) / 10 × 100 = 70, just under the top quartile.
    const answers = [10, 10, 9, 9, 9, 9, 10, 9, 8, 3].map((score) => [score, "positive"]);
    const mentions = table("mentions", ["Score", "Sentiment"], answers);
    const checked = checkAgainstEngine([mentions]);
    expect(checked.shown("nps")).toBeCloseTo(70, 9);
    expect(checked.shown("npsStanding")).toBe("At or above the global average");
    expect(textsOf(checked.plan)).toContain("Survey NPS against the benchmarks");
    expect(figureCell(checked.plan, "npsBenchmarkAverage")?.note).not.toContain("for survey NPS");
    checked.setInput("npsBenchmarkTopQuartile", 65);
    expect(checked.shown("npsStanding")).toBe("In the top quartile");
    checked.setInput("npsBenchmarkAverage", 75);
    checked.setInput("npsBenchmarkTopQuartile", 80);
    expect(checked.shown("npsStanding")).toBe("Below the global average");
  });

  it("is left out when there is no score to compare", () => {
    const posts = mapped(table("posts", ["Impressions"], [[1000]]));
    const { plan } = planFor([posts], { posts: [[1000]] });
    expect(figureCell(plan, "npsBenchmarkAverage")).toBeUndefined();
    expect(figureCell(plan, "npsStanding")).toBeUndefined();
  });
});

import { npsBreakdown, npsMoe, socialNps } from "../../src/functions/sentiment";
import { column, excelError } from "../support/excel";

describe("WOM.SOCIALNPS", () => {
  it("gives the worked example's social NPS from counts: (950 − 100) / (950 + 100) × 100 = 80.95, not 81.8", () => {
    expect(socialNps([[950]], [[100]])).toBeCloseTo(80.952380952, 8);
  });

  it("sums ranges of counts, one row per post", () => {
    // positive 600 + 350 = 950, negative 60 + 40 = 100: the same 80.95
    expect(socialNps(column(600, null, 350), column(60, 40))).toBeCloseTo(80.952380952, 8);
  });

  it("counts labels in English, simplified and traditional Chinese, ignoring case and spaces", () => {
    // positive: positive, 正面, 好评, 好評 = 4; negative: NEGATIVE, 负面, 負面, 差评, 差評 = 5; neutral left out
    const labels = column(
      "positive",
      " 正面 ",
      "好评",
      "好評",
      "NEGATIVE",
      "负面",
      "負面",
      "差评",
      "差評",
      "Neutral",
      "中性",
      "中评",
      "中評"
    );
    // (4 − 5) / 9 × 100 = −11.11…
    expect(socialNps(labels)).toBeCloseTo(-100 / 9, 12);
  });

  it("skips blank label cells and reads a 2-D range of labels", () => {
    // 3 positive, 1 negative: (3 − 1) / 4 × 100 = 50
    expect(
      socialNps([
        ["positive", null, "positive"],
        ["", "negative", "positive"],
      ])
    ).toBe(50);
  });

  it("names an unknown label and its row", () => {
    expect(excelError(socialNps(column("positive", "negative", "great")))).toEqual({
      code: "#VALUE!",
      message:
        '"great" in row 3 of positive_or_labels is not a sentiment label (positive, neutral or negative)',
    });
  });

  it("treats numbers in a range of labels as unknown labels", () => {
    expect(excelError(socialNps(column("positive", 5)))?.message).toBe(
      "5 in row 2 of positive_or_labels is not a sentiment label (positive, neutral or negative)"
    );
  });

  it("gives #DIV/0! when there are only neutral mentions, or no counts", () => {
    expect(excelError(socialNps(column("neutral", "中性")))?.code).toBe("#DIV/0!");
    expect(excelError(socialNps([[0]], [[0]]))?.code).toBe("#DIV/0!");
    expect(excelError(socialNps(column(null), [[3]]))?.code).toBe("#DIV/0!");
  });

  it("is +100 with no negative mention and −100 with no positive one", () => {
    expect(socialNps([[12]], [[0]])).toBe(100);
    expect(socialNps([[0]], [[7]])).toBe(-100);
  });

  it("counts a blank negative cell as given but empty, not as a switch to labels", () => {
    // A blank cell arrives as [[null]]: the counts mode holds, and no negative number is #DIV/0!.
    expect(excelError(socialNps([[10]], [[null]]))?.code).toBe("#DIV/0!");
  });

  it("rejects negative counts and text in counts", () => {
    expect(excelError(socialNps(column(10, -1), [[2]]))?.message).toBe(
      "-1 in row 2 of positive_or_labels is negative"
    );
    expect(excelError(socialNps([[10]], column("many")))?.message).toBe(
      '"many" in row 1 of negative is not a number'
    );
  });
});

// z for 95 % as Excel's NORM.S.INV(0.975) gives it.
const Z95 = 1.959963984540054;

describe("WOM.NPSMOE", () => {
  it("gives z × √((p + d − (p − d)²) / n) × 100 at 95 % by default", () => {
    // 10, 9, 8, 6: n = 4, p = 0.5, d = 0.25; p + d − (p − d)² = 0.75 − 0.0625 = 0.6875
    expect(npsMoe(column(10, 9, 8, 6))).toBeCloseTo(Z95 * Math.sqrt(0.6875 / 4) * 100, 10);
  });

  it("uses the exact z, not a rounded 1.96", () => {
    // 100 answers, 50 promoters and 20 detractors: p + d − (p − d)² = 0.7 − 0.09 = 0.61
    const answers = column(...Array(50).fill(10), ...Array(30).fill(7), ...Array(20).fill(0));
    const expected = Z95 * Math.sqrt(0.61 / 100) * 100; // 15.3077…
    expect(npsMoe(answers)).toBeCloseTo(expected, 10);
    expect(Math.abs((npsMoe(answers) as number) - 1.96 * Math.sqrt(0.0061) * 100)).toBeGreaterThan(
      1e-4
    );
  });

  it("takes another confidence level, as a fraction or as percent text", () => {
    // z at 90 % is NORM.S.INV(0.95) = 1.6448536269514722; 99 % is NORM.S.INV(0.995) = 2.5758293035489004
    const answers = column(10, 9, 8, 6);
    expect(npsMoe(answers, 0.9)).toBeCloseTo(1.6448536269514722 * Math.sqrt(0.6875 / 4) * 100, 10);
    expect(npsMoe(answers, "99%")).toBeCloseTo(
      2.5758293035489004 * Math.sqrt(0.6875 / 4) * 100,
      10
    );
  });

  it("uses 95 % when the confidence cell is blank", () => {
    expect(npsMoe(column(10, 9, 8, 6), null)).toBeCloseTo(Z95 * Math.sqrt(0.6875 / 4) * 100, 10);
  });

  it("is zero when every answer is in one group", () => {
    expect(npsMoe(column(10, 9, 10))).toBe(0);
    expect(npsMoe(column(7, 8))).toBe(0);
  });

  it("gives #NUM! for a confidence of 1.5, 0 or 1, and #VALUE! naming a confidence that is text", () => {
    for (const bad of [1.5, 0, 1, -0.1]) {
      expect(excelError(npsMoe(column(10, 6), bad))?.code).toBe("#NUM!");
    }
    expect(excelError(npsMoe(column(10, 6), "high"))).toEqual({
      code: "#VALUE!",
      message: 'confidence "high" is not a number',
    });
  });

  it("gives #DIV/0! with no answers and names a bad answer", () => {
    expect(excelError(npsMoe(column(null, "")))?.code).toBe("#DIV/0!");
    expect(excelError(npsMoe(column(9, 11)))?.message).toBe(
      "answer 11 in row 2 of answers is outside 0-10"
    );
  });
});

describe("WOM.NPSMOE with adjusted_wald", () => {
  it("adds 3 answers and 3/4 promoter and detractor (Rocks 2016) when TRUE", () => {
    // 10, 9, 8, 6 → P = 2.75, D = 1.75, n = 7: p = 2.75/7, d = 1.75/7, p − d = 1/7
    // p + d − (p − d)² = 4.5/7 − 1/49 = 30.5/49; margin = z × √(30.5/49 / 7) × 100 = z × √(30.5/343) × 100
    expect(npsMoe(column(10, 9, 8, 6), null, true)).toBeCloseTo(
      Z95 * Math.sqrt(30.5 / 343) * 100,
      10
    );
  });

  it("gives 15.08 for 50 promoters, 30 passives and 20 detractors", () => {
    // P = 50.75, D = 20.75, n = 103: p + d − (p − d)² = 71.5/103 − (30/103)²; z × √(that / 103) × 100
    const answers = column(...Array(50).fill(10), ...Array(30).fill(7), ...Array(20).fill(0));
    const variance = 71.5 / 103 - (30 / 103) ** 2;
    expect(npsMoe(answers, 0.95, true)).toBeCloseTo(Z95 * Math.sqrt(variance / 103) * 100, 10);
    expect(npsMoe(answers, 0.95, true)).toBeCloseTo(15.075, 3);
  });

  it("is not zero when every answer is in one group, unlike the plain form", () => {
    // 10, 9, 10 → P = 3.75, D = 0.75, n = 6: p + d − (p − d)² = 4.5/6 − (3/6)² = 0.5; z × √(0.5/6) × 100
    expect(npsMoe(column(10, 9, 10), null, true)).toBeCloseTo(Z95 * Math.sqrt(0.5 / 6) * 100, 10);
  });

  it('stays plain with FALSE, 0 or a blank cell, and reads 1, "TRUE" and "true" as TRUE', () => {
    const answers = column(10, 9, 8, 6);
    const plain = Z95 * Math.sqrt(0.6875 / 4) * 100;
    for (const flag of [false, 0, null, [[null]], "FALSE"])
      expect(npsMoe(answers, null, flag)).toBeCloseTo(plain, 10);
    for (const flag of [true, 1, "TRUE", " true ", [[true]]])
      expect(npsMoe(answers, null, flag)).toBeCloseTo(Z95 * Math.sqrt(30.5 / 343) * 100, 10);
  });

  it("names an adjusted_wald that is not TRUE or FALSE", () => {
    expect(excelError(npsMoe(column(10, 6), null, "yes"))).toEqual({
      code: "#VALUE!",
      message: 'adjusted_wald "yes" is not TRUE or FALSE',
    });
  });
});

describe("WOM.NPSBREAKDOWN", () => {
  it("spills promoter, passive and detractor shares, then the NPS, in one row", () => {
    // 10, 9, 8, 6: 2 promoters, 1 passive, 1 detractor of 4; NPS (2 − 1) / 4 × 100 = 25
    expect(npsBreakdown(column(10, 9, 8, 6))).toEqual([[0.5, 0.25, 0.25, 25]]);
  });

  it("has shares that add up to 1 and an NPS equal to (promoters − detractors) × 100", () => {
    // 9, 9, 7, 3, 0: 2/5 promoters, 1/5 passives, 2/5 detractors; NPS 0
    expect(npsBreakdown([[9, 9, 7, 3, 0]])).toEqual([[0.4, 0.2, 0.4, 0]]);
  });

  it("reads survey-export answers as WOM.NPS does", () => {
    // "10 - Extremely likely" and "9 (very likely)" promoters, "8 – good" passive, "0 = not at all" detractor
    expect(
      npsBreakdown(column("10 - Extremely likely", "9 (very likely)", "8 – good", "0 = not at all"))
    ).toEqual([[0.5, 0.25, 0.25, 25]]);
    expect(
      npsMoe(column("10 - Extremely likely", "9 (very likely)", "8 – good", "6: meh"))
    ).toBeCloseTo(Z95 * Math.sqrt(0.6875 / 4) * 100, 10);
  });

  it("is one Excel error, not a row, when the answers are bad or missing", () => {
    expect(excelError(npsBreakdown(column(7.5)))?.code).toBe("#VALUE!");
    expect(excelError(npsBreakdown([[]]))?.code).toBe("#DIV/0!");
  });
});

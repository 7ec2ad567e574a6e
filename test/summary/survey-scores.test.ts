// Survey exports write answers as "10 - Extremely likely": the summary reads them as WOM.NPS does, and
// since Excel's COUNTIFS cannot count such text, shows NPS and its margin as computed values.
import { nps as womNps, npsMoe as womNpsMoe } from "../../src/functions/sentiment";
import { wordsOf } from "../../src/i18n";
import { cellIssue } from "../../src/summary/check/cell-checks";
import { sourceProblems } from "../../src/summary/check/source-problems";
import { sourcesNeedingFullData } from "../../src/summary/model/availability";
import { recognizeColumns } from "../../src/summary/recognise/columns";
import { checkAgainstEngine, engineWith, evaluated } from "./support/evaluate";
import { COMPUTED_AT, figureCell, formulasOf, planFor } from "./support/plans";
import { mapped, table } from "./support/tables";

// 10, 9 and 10 are promoters, 8 a passive, 3 a detractor: NPS = (3 − 1) / 5 × 100 = 40.
// Margin: p = 0.6, d = 0.2, n = 5: 1.959964 × √((0.8 − 0.16) / 5) × 100 = 70.12.
const ANSWERS = ["10 - Extremely likely", "9 (very likely)", 8, "3 - Unlikely", "10"];
const survey = () =>
  table(
    "mentions",
    ["Respondent", "Score"],
    [...ANSWERS.map((answer, i) => [`R${i + 1}`, answer]), [null, null]]
  );

describe("a score column of survey-export answers", () => {
  it("is read cell by cell as the NPS functions read it, and refused where they refuse", () => {
    const issue = (value: unknown) => cellIssue("mentions", "score", value);
    expect(
      ["10 - Extremely likely", "9 (very likely)", "7", " 0 – Not at all", 6].map(issue)
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(issue("very likely")).toBe("notNumber");
    expect(issue("7.5 - somewhat")).toBe("notNumber");
    expect(issue("11 - more than likely")).toBe("notScore");
    expect(issue(7.5)).toBe("notScore");
    expect(issue(true)).toBe("notNumber");
  });

  it("is recognised as the score column, with no problem reported", () => {
    const source = survey();
    expect(recognizeColumns(source)).toEqual({ score: 1 });
    expect(sourceProblems([mapped(source)])).toEqual([]);
  });

  it("needs every row read, so that answers written as text anywhere are seen", () => {
    expect(sourcesNeedingFullData([mapped(survey())])).toEqual(["mentions"]);
  });

  it("shows NPS and its margin as the values WOM.NPS and WOM.NPSMOE give for the same cells", () => {
    const checked = checkAgainstEngine([survey()]);
    const cells = survey().sample.map((row) => [row[1]]);
    expect(checked.shown("nps")).toBe(40);
    expect(checked.shown("nps")).toBe(womNps(cells));
    expect(checked.shown("npsMoe")).toBeCloseTo(70.12, 2);
    expect(checked.shown("npsMoe")).toBeCloseTo(womNpsMoe(cells) as number, 9);
    // 40 ≥ the global average of 32: the standing formula reads the value.
    expect(checked.shown("npsStanding")).toBe("At or above the global average");
    expect(checked.compared).toEqual({ figures: 1, tables: 0 });
  });

  it("writes those two figures as values with a note, and no formula over the score column", () => {
    const { plan } = planFor([mapped(survey())], { mentions: survey().sample });
    const note = wordsOf("en").sheet.surveyNpsNote(COMPUTED_AT, 5);
    expect(figureCell(plan, "nps")).toMatchObject({ content: { kind: "number", value: 40 } });
    expect(figureCell(plan, "nps")?.note).toBe(note);
    expect(figureCell(plan, "npsMoe")?.content.kind).toBe("number");
    expect(figureCell(plan, "npsMoe")?.note).toContain(note);
    expect(formulasOf(plan).filter((formula) => formula.includes("Mentions!"))).toEqual([]);
  });

  it("keeps native formulas when every answer is a number", () => {
    const numbers = table("mentions", ["Score"], [[10], [9], [8], [3], [10]]);
    const { plan } = planFor([mapped(numbers)], { mentions: numbers.sample });
    expect(figureCell(plan, "nps")?.content.kind).toBe("formula");
    const engine = engineWith([numbers]);
    // Same answers as numbers: (3 − 1) / 5 × 100 = 40, now counted by COUNTIFS.
    expect(evaluated(engine, plan).shown("nps")).toBe(40);
  });

  it("words the note in 简体中文 and 繁體中文", () => {
    const zh = (locale: "zh-CN" | "zh-TW") =>
      figureCell(planFor([mapped(survey())], { mentions: survey().sample }, locale).plan, "nps")
        ?.note;
    expect(zh("zh-CN")).toContain("根据 5 个回答计算");
    expect(zh("zh-TW")).toContain("根據 5 個回答計算");
  });
});

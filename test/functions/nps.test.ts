import { nps } from "../../src/functions/sentiment";
import { column, excelError } from "../support/excel";

describe("WOM.NPS", () => {
  it("counts 9 and 10 as promoters and 0-6 as detractors", () => {
    // promoters 10, 9; passive 8; detractor 6: (2 − 1) / 4 × 100 = 25
    expect(nps(column(10, 9, 8, 6))).toBe(25);
  });

  it("counts 7 and 8 as passives, in the denominator only", () => {
    // promoter 9; passives 7, 8; no detractor: 1 / 3 × 100 = 33.33…
    expect(nps(column(9, 7, 8))).toBeCloseTo(100 / 3, 12);
  });

  it("skips blank cells: they are not answers", () => {
    // answers 10, 0 (blank, "" and undefined skipped): (1 − 1) / 2 = 0
    expect(nps(column(10, null, "", 0, undefined))).toBe(0);
  });

  it("reads numbers stored as text", () => {
    // "9", " 10 " promoters, "3" detractor: (2 − 1) / 3 × 100
    expect(nps(column("9", " 10 ", "3"))).toBeCloseTo(100 / 3, 12);
  });

  it("scores a single answer", () => {
    expect(nps([[9]])).toBe(100);
    expect(nps([[7]])).toBe(0);
  });

  it("gives +100 when all are promoters and -100 when all are detractors", () => {
    expect(nps(column(9, 10, 10, 9))).toBe(100);
    expect(nps(column(0, 3, 6))).toBe(-100);
  });

  it("reads a 2-D range row by row", () => {
    // 10, 10, 0, 8, 9, 5: promoters 3, detractors 2, 6 answers → 100/6
    expect(
      nps([
        [10, 10, 0],
        [8, 9, 5],
      ])
    ).toBeCloseTo(100 / 6, 12);
  });

  it("names an answer of 11 and its row", () => {
    expect(excelError(nps(column(9, 8, 10, 11)))).toEqual({
      code: "#VALUE!",
      message: "answer 11 in row 4 of answers is outside 0-10",
    });
  });

  it("rejects -1, 7.5, text and booleans as bad answers", () => {
    expect(excelError(nps(column(-1)))?.message).toBe(
      "answer -1 in row 1 of answers is outside 0-10"
    );
    expect(excelError(nps(column(9, 7.5)))?.message).toBe(
      "answer 7.5 in row 2 of answers is not a whole number from 0 to 10"
    );
    expect(excelError(nps(column("abc")))?.message).toBe(
      '"abc" in row 1 of answers is not a number'
    );
    expect(excelError(nps(column(true)))?.message).toBe("TRUE in row 1 of answers is not a number");
  });

  it("names row and column in a 2-D range", () => {
    expect(
      excelError(
        nps([
          [9, 9],
          [9, 12],
        ])
      )?.message
    ).toBe("answer 12 in row 2, column 2 of answers is outside 0-10");
  });

  it("reads survey-export answers as the whole number they start with", () => {
    // 10 and 9 promoters, 8 and 7 passives, 0 detractor: (2 − 1) / 5 × 100 = 20
    expect(
      nps(
        column("10 - Extremely likely", "9 (very likely)", "8 – good", "7: fine", "0 = not at all")
      )
    ).toBe(20);
  });

  it("reads a label after a space, an em dash, a full-width bracket or a line break", () => {
    // 10, 9 promoters; 6, 3 detractors: (2 − 2) / 4 = 0, and 10, 10 alone give 100
    expect(nps(column("10 Extremely likely", "9（非常可能）", "6 — meh", "3\nunlikely"))).toBe(0);
    expect(nps(column(" 10 - 极有可能 ", "10-Extremely likely"))).toBe(100);
  });

  it("names survey text that is not a whole number 0-10 followed by a separator and a label", () => {
    expect(excelError(nps(column(9, "10abc")))).toEqual({
      code: "#VALUE!",
      message: '"10abc" in row 2 of answers is not a number',
    });
    expect(excelError(nps(column("7.5 - x")))?.message).toBe(
      '"7.5 - x" in row 1 of answers is not a number'
    );
    expect(excelError(nps(column(9, 9, "11 - too much")))).toEqual({
      code: "#VALUE!",
      message: 'answer "11 - too much" in row 3 of answers is outside 0-10',
    });
  });

  it("rejects a number with a separator but no label, or with a number where the label should be", () => {
    for (const text of ["9 - ", "9 -", "0 - 6", "1 0 - x", "-1 - bad", "x 9"]) {
      expect([text, excelError(nps(column(text)))?.code]).toEqual([text, "#VALUE!"]);
    }
  });

  it("gives #DIV/0! when there are no answers at all", () => {
    expect(excelError(nps(column(null, "")))?.code).toBe("#DIV/0!");
    expect(excelError(nps([[]]))?.code).toBe("#DIV/0!");
  });
});

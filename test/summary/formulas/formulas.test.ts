import { SheetPlan } from "../../../src/summary/model/plan";
import { MappedSource } from "../../../src/summary/model/source";
import { loadExample } from "../support/example";
import { formulasOf, planFor } from "../support/plans";
import { mapped, table } from "../support/tables";

// Functions every Excel since 2010 has (NORM.S.INV arrived in 2010), as do LibreOffice and Google Sheets.
const EXCEL_2016 = new Set([
  "SUM",
  "SUMIFS",
  "COUNT",
  "COUNTIF",
  "COUNTIFS",
  "COUNTBLANK",
  "ROWS",
  "SUMPRODUCT",
  "ISNUMBER",
  "IF",
  "MAX",
  "SQRT",
  "NORM.S.INV",
]);

/** A formula without its string literals and quoted sheet names, so only syntax is left. */
function syntaxOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "Sheet!");
}

/** The functions a formula calls. */
function functionsOf(formula: string): string[] {
  return [...syntaxOf(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1]);
}

/** The formula with every SUMPRODUCT(…) call removed, brackets balanced. */
function outsideSumproduct(formula: string): string {
  let rest = syntaxOf(formula);
  for (let at = rest.indexOf("SUMPRODUCT("); at >= 0; at = rest.indexOf("SUMPRODUCT(")) {
    let depth = 0;
    let end = at + "SUMPRODUCT".length;
    do {
      if (rest[end] === "(") depth++;
      if (rest[end] === ")") depth--;
      end++;
    } while (depth > 0);
    rest = rest.slice(0, at) + "0" + rest.slice(end);
  }
  return rest;
}

// A range (Sheet!$A$2:$A$100) or a table column (Posts[Impressions], Orders[[Order-date]]).
const RANGE =
  /[A-Za-z_][\w.]*!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+|[\p{L}_][\p{L}\p{N}_.]*\[(?:\[[^\]]*\]|[^\]])*\]/gu;

/** Ranges used in arithmetic or comparisons, which Excel 2016 evaluates only as array formulas. */
function rangesInArithmetic(formula: string): string[] {
  const rest = outsideSumproduct(formula);
  return [...rest.matchAll(RANGE)]
    .filter((match) => {
      const before = rest[(match.index ?? 0) - 1];
      const after = rest[(match.index ?? 0) + match[0].length];
      return !/[(,]/.test(before ?? "(") || !/[),]/.test(after ?? ")");
    })
    .map((match) => match[0]);
}

function plansToScan(): SheetPlan[] {
  const example = loadExample();
  const tables = example.sources.map(({ table: t, mapping }) => ({
    table: { ...t, tableName: t.sheet },
    mapping,
  }));
  const survey = table("mentions", ["Score", "Positive", "Neutral", "Negative"], [[9, 3, 1, 1]]);
  const codesOnly = table("orders", ["Code", "Revenue", "Order date"], [["EB-MEI", 30, 45352]]);
  const partial: MappedSource[] = [mapped(survey), mapped(codesOnly)];
  return [
    planFor(example.sources, example.rows).plan,
    planFor(tables, example.rows).plan,
    planFor(partial, { mentions: survey.sample, orders: codesOnly.sample }).plan,
  ];
}

describe("the summary's formulas", () => {
  const plans = plansToScan();
  const formulas = plans.flatMap(formulasOf);

  it("cover every figure kind, so the scans below see them all", () => {
    const called = new Set(formulas.flatMap(functionsOf));
    expect([...EXCEL_2016].filter((name) => !called.has(name))).toEqual([]);
  });

  it("use only functions that Excel 2016 has", () => {
    const outside = formulas.flatMap(functionsOf).filter((name) => !EXCEL_2016.has(name));
    expect(outside).toEqual([]);
  });

  it("use arrays only inside SUMPRODUCT, so no formula needs Ctrl+Shift+Enter", () => {
    expect(formulas.flatMap(rangesInArithmetic)).toEqual([]);
    // The scan does catch an array outside SUMPRODUCT.
    expect(rangesInArithmetic("SUM(Posts!$A$2:$A$9*2)")).toEqual(["Posts!$A$2:$A$9"]);
    expect(rangesInArithmetic("SUMPRODUCT((Posts[Cost]>0)*1)+SUM(Posts[Cost])")).toEqual([]);
  });

  it("are English A1 formulas starting with =", () => {
    for (const plan of plans)
      for (const cell of plan.cells)
        if (cell.content.kind === "formula") expect(cell.content.formula).toMatch(/^=[A-Z$(]/);
  });
});

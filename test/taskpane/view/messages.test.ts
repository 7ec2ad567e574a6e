import { WorkbookProblem } from "../../../src/excel/port";
import { Locale } from "../../../src/i18n";
import { messageText, workbookProblemText } from "../../../src/taskpane/view/messages";

// One problem of every code; the record type makes the compiler insist on each.
const EVERY_PROBLEM: Record<WorkbookProblem["code"], WorkbookProblem> = {
  emptySelection: { code: "emptySelection" },
  singleRow: { code: "singleRow", address: "B2:I2" },
  tableWithoutHeader: { code: "tableWithoutHeader", table: "Posts" },
  mergedHeader: { code: "mergedHeader", address: "C1:D1" },
  protectedSheet: { code: "protectedSheet", sheet: "Posts" },
  protectedWorkbook: { code: "protectedWorkbook" },
  sourceGone: { code: "sourceGone", address: "Posts!A1:H11" },
  summaryGone: { code: "summaryGone", sheet: "Campaign Summary" },
  notOurSheet: { code: "notOurSheet", sheet: "Campaign Summary" },
  refreshStopped: { code: "refreshStopped", sheet: "Campaign Summary", detail: "GeneralException" },
  unsupportedExcel: { code: "unsupportedExcel", requirement: "ExcelApi 1.12" },
  cellEditMode: { code: "cellEditMode" },
  excelError: { code: "excelError", detail: "GeneralException" },
  partOfBlock: { code: "partOfBlock", selected: "A1:G50", block: "A1:G201" },
  ownSheet: { code: "ownSheet", sheet: "Campaign Summary", made: "summary" },
  cancelled: { code: "cancelled" },
  rangeTooLarge: { code: "rangeTooLarge", address: "Words!A1:B9000", rows: 500 },
};

const LOCALES: Locale[] = ["en", "zh-CN", "zh-TW"];

describe("workbook problems, as the pane words them", () => {
  it.each(
    Object.values(EVERY_PROBLEM).flatMap((problem) =>
      LOCALES.map((locale) => [problem.code, locale, problem])
    )
  )("%s in %s has every placeholder filled", (_code, locale, problem) => {
    for (const during of ["read", "write"] as const) {
      const said = workbookProblemText(problem as WorkbookProblem, during, locale as Locale);
      expect(said).not.toMatch(/[{}]/);
      // What the add-in made picks the words; it is not itself shown.
      for (const [name, value] of Object.entries(problem as object).slice(1))
        if (name !== "made") expect(said).toContain(String(value));
    }
  });

  it("takes a protected sheet as fine while reading it, and as a stop while writing to it", () => {
    const problem = EVERY_PROBLEM.protectedSheet;
    expect(workbookProblemText(problem, "read", "en")).toBe(
      "The sheet “Posts” is protected. The add-in only reads it, so that is fine."
    );
    expect(workbookProblemText(problem, "write", "zh-TW")).toBe(
      "工作表「Posts」受保護。請取消保護後再試一次。"
    );
  });
});

describe("the add-in's own sheets refused as sources", () => {
  it("say which kind of sheet the add-in made there", () => {
    const usedRows = {
      code: "ownSheet" as const,
      sheet: "Orders (rows used)",
      made: "usedRows" as const,
    };
    const summary = workbookProblemText(EVERY_PROBLEM.ownSheet, "read", "en");
    const rows = workbookProblemText(usedRows, "read", "en");
    expect(summary).toContain("“Campaign Summary” is the summary");
    expect(rows).toContain("“Orders (rows used)”");
    expect(rows).not.toContain("summary this add-in made");
  });
});

describe("source problems, as the pane words them", () => {
  it("say which source they are about, in the pane's language", () => {
    const problem = {
      severity: "error" as const,
      code: "notNumber" as const,
      source: "posts" as const,
      params: { cell: "Posts!E5", value: "twelve", measure: "impressions" as const },
    };
    expect(messageText({ kind: "source", problem }, "en")).toMatch(/^Posts: .*Posts!E5/);
    expect(messageText({ kind: "source", problem }, "zh-CN")).toMatch(/^帖子：.*Posts!E5/);
    expect(messageText({ kind: "source", problem }, "zh-TW")).toMatch(/^貼文：.*Posts!E5/);
  });

  it("name the source a message is about, and the kind it fits better, by their titles", () => {
    const message = {
      kind: "text" as const,
      key: "status.betterKind" as const,
      params: { count: 2 },
      about: "posts" as const,
      other: "orders" as const,
    };
    expect(messageText(message, "zh-TW")).toBe("貼文：這些資料看起來是訂單，而不是貼文。");
    expect(messageText(message, "en")).toBe("Posts: this data looks like Orders, not Posts.");
  });
});

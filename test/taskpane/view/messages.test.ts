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
      for (const value of Object.values(problem as object).slice(1))
        expect(said).toContain(String(value));
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

  it("name the source of a read report by its title", () => {
    const message = {
      kind: "text" as const,
      key: "status.read" as const,
      params: { count: 8 },
      about: "orders" as const,
    };
    expect(messageText(message, "zh-TW")).toBe("訂單：辨識出 8 欄。");
  });
});

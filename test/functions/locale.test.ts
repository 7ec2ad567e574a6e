// Error messages follow Excel's display language, naming arguments as the localized tooltip does.
import { attributed } from "../../src/functions/action";
import { churn, clv } from "../../src/functions/retention";
import { nps, npsMoe, npsTest, socialNps } from "../../src/functions/sentiment";
import { rateCi } from "../../src/functions/intervals";
import { column, excelError, withDisplayLanguage } from "../support/excel";

describe("error messages in the user's language", () => {
  it("speaks simplified Chinese in zh-CN Excel, with the simplified argument names", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(excelError(nps(column(9, 11)))?.message).toBe("评分 第 2 行的答案 11 不在 0-10 之间");
      expect(excelError(socialNps(column("great")))?.message).toBe(
        '正面数或标签 第 1 行的 "great" 不是情感标签（正面、中性或负面）'
      );
      expect(excelError(clv(30, null, 3))?.message).toBe("必须提供 年购买次数");
    });
  });

  it("speaks traditional Chinese in zh-TW and zh-HK Excel, where a row is 列 and a column 欄", () => {
    withDisplayLanguage("zh-TW", () => {
      expect(excelError(churn([[100]], [[120]]))?.message).toBe(
        "流失客戶數 120 大於 期初客戶數 100"
      );
      expect(
        excelError(
          nps([
            [9, 9],
            [9, 12],
          ])
        )?.message
      ).toBe("評分 第 2 列第 2 欄的答案 12 不在 0-10 之間");
    });
    withDisplayLanguage("zh-HK", () => {
      expect(excelError(attributed(column("soon"), column(1)))?.message).toBe(
        '曝光日期 第 1 列的 "soon" 不是日期'
      );
    });
  });

  it("names the arguments of the interval and test functions in both Chinese scripts", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(excelError(npsMoe(column(10, 6), null, "yes"))?.message).toBe(
        '调整Wald法 的值 "yes" 不是 TRUE 或 FALSE'
      );
      expect(excelError(rateCi([[120]], [[100]]))?.message).toBe("成功数 120 大于 总数 100");
    });
    withDisplayLanguage("zh-TW", () => {
      expect(excelError(npsTest(column(9), column(9, "11 - too much")))?.message).toBe(
        'B組評分 第 2 列的答案 "11 - too much" 不在 0-10 之間'
      );
    });
  });

  it("speaks English in any other language, or when the runtime does not say", () => {
    for (const language of ["de-DE", "en-GB", undefined]) {
      withDisplayLanguage(language, () => {
        expect(excelError(nps(column(11)))?.message).toBe(
          "answer 11 in row 1 of answers is outside 0-10"
        );
      });
    }
  });

  it("keeps the error code whatever the language", () => {
    withDisplayLanguage("zh-CN", () => {
      expect(excelError(churn([[0]], [[0]]))).toEqual({ code: "#DIV/0!", message: "" });
    });
  });
});

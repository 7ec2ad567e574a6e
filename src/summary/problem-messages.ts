/** What the pane says about a source problem, in English, 简体中文 and 繁體中文. */
import { Locale } from "../cells/messages";
import { CalculatedFigure } from "./availability";
import { summaryLabels } from "./labels";
import { measureLabel } from "./measures";
import { Measure } from "./source";
import { SourceProblem, SourceProblemCode } from "./source-problems";

type Params = Record<string, string>;
type Texts = Record<SourceProblemCode, (p: Params) => string>;

const english: Texts = {
  sourceKindTwice: () => "picked more than once: keep one block for it.",
  emptySelection: () => "the selection is empty. Select a cell inside your data and try again.",
  noHeader: (p) =>
    `the first row (${p.cell}) holds numbers, not headers. Add a header row that names each column.`,
  noData: () => "there are no data rows under the header.",
  blankHeader: (p) =>
    `header cell ${p.cell} is blank or merged, but its column holds data. Give every column its own header in one row.`,
  noRecognisedColumn: () => "no column was recognised. Choose what each column holds.",
  columnOutsideBlock: (p) => `the ${p.measure} column is outside the selected block.`,
  columnMappedTwice: (p) =>
    `column "${p.header}" is chosen as both ${p.measure} and ${p.otherMeasure}. Choose one.`,
  measureMappedTwice: (p) =>
    `${p.measure} is chosen for two columns, "${p.header}" and "${p.otherHeader}". Choose one.`,
  notNumber: (p) => `${p.cell} holds ${p.value}, which is not a number (${p.measure}).`,
  numberAsText: (p) =>
    `${p.cell} holds ${p.value}, a number stored as text, which Excel's SUM skips. Convert the column to numbers.`,
  negativeNumber: (p) => `${p.cell} holds ${p.value}, but ${p.measure} cannot be negative.`,
  notScore: (p) => `${p.cell} holds ${p.value}, but survey scores are whole numbers from 0 to 10.`,
  notDate: (p) => `${p.cell} holds ${p.value}, which is not a date (${p.measure}).`,
  dateAsText: (p) =>
    `${p.cell} holds ${p.value}, a date stored as text, which formulas cannot compare. Convert the column to dates.`,
  notId: (p) => `${p.cell} holds ${p.value}, which cannot be a ${p.measure}.`,
  paddedText: (p) =>
    `${p.cell} holds ${p.value} with spaces around it, which Excel's COUNTIFS would not match. Remove the spaces.`,
  criteriaText: (p) =>
    `${p.cell} holds ${p.value}: Excel's COUNTIFS reads *, ?, ~ and a leading =, < or > as a rule, so the leaderboard or the rate card could not count it. Rename it.`,
  missingColumn: (p) => `no ${p.measures} column, so the summary leaves out ${p.figures}.`,
  unknownLabels: (p) =>
    `${p.count} labels are not positive, neutral or negative (the first is ${p.value} in ${p.cell}); they are left out.`,
  severalCodes: (p) =>
    `${p.creator} has more than one discount code (${p.code}, ${p.otherCode}); the leaderboard counts orders with ${p.code} only.`,
};

function chinese(locale: "zh-CN" | "zh-TW"): Texts {
  const t = (simplified: string, traditional: string) =>
    locale === "zh-CN" ? simplified : traditional;
  return {
    sourceKindTwice: () =>
      t("被选了不止一次：只保留一个区域。", "被選了不只一次：只保留一個範圍。"),
    emptySelection: () =>
      t(
        "所选区域为空。请选中数据中的一个单元格后重试。",
        "所選範圍是空的。請選取資料中的一個儲存格後再試。"
      ),
    noHeader: (p) =>
      t(
        `第一行（${p.cell}）是数字而不是标题。请添加一行标题，为每列命名。`,
        `第一列（${p.cell}）是數字而不是標題。請加入一列標題，為每欄命名。`
      ),
    noData: () => t("标题下没有数据行。", "標題下沒有資料列。"),
    blankHeader: (p) =>
      t(
        `标题单元格 ${p.cell} 为空或已合并，但该列有数据。请在同一行为每列设置单独的标题。`,
        `標題儲存格 ${p.cell} 是空白或已合併，但該欄有資料。請在同一列為每欄設定單獨的標題。`
      ),
    noRecognisedColumn: () =>
      t("没有识别出任何列。请选择每列的内容。", "沒有辨識出任何欄。請選擇每欄的內容。"),
    columnOutsideBlock: (p) =>
      t(`「${p.measure}」列不在所选区域内。`, `「${p.measure}」欄不在所選範圍內。`),
    columnMappedTwice: (p) =>
      t(
        `「${p.header}」列同时被选为「${p.measure}」和「${p.otherMeasure}」。请只选一个。`,
        `「${p.header}」欄同時被選為「${p.measure}」和「${p.otherMeasure}」。請只選一個。`
      ),
    measureMappedTwice: (p) =>
      t(
        `「${p.measure}」被选给了两列：「${p.header}」和「${p.otherHeader}」。请只选一列。`,
        `「${p.measure}」被選給了兩欄：「${p.header}」和「${p.otherHeader}」。請只選一欄。`
      ),
    notNumber: (p) =>
      t(
        `${p.cell} 的 ${p.value} 不是数字（${p.measure}）。`,
        `${p.cell} 的 ${p.value} 不是數字（${p.measure}）。`
      ),
    numberAsText: (p) =>
      t(
        `${p.cell} 的 ${p.value} 是以文本存储的数字，Excel 的 SUM 会跳过它。请把该列转换为数字。`,
        `${p.cell} 的 ${p.value} 是以文字儲存的數字，Excel 的 SUM 會略過它。請把該欄轉換為數字。`
      ),
    negativeNumber: (p) =>
      t(
        `${p.cell} 的 ${p.value} 是负数，但${p.measure}不能为负。`,
        `${p.cell} 的 ${p.value} 是負數，但${p.measure}不能為負。`
      ),
    notScore: (p) =>
      t(
        `${p.cell} 的 ${p.value} 不是 0 到 10 的整数评分。`,
        `${p.cell} 的 ${p.value} 不是 0 到 10 的整數評分。`
      ),
    notDate: (p) =>
      t(
        `${p.cell} 的 ${p.value} 不是日期（${p.measure}）。`,
        `${p.cell} 的 ${p.value} 不是日期（${p.measure}）。`
      ),
    dateAsText: (p) =>
      t(
        `${p.cell} 的 ${p.value} 是以文本存储的日期，公式无法比较。请把该列转换为日期。`,
        `${p.cell} 的 ${p.value} 是以文字儲存的日期，公式無法比較。請把該欄轉換為日期。`
      ),
    notId: (p) =>
      t(
        `${p.cell} 的 ${p.value} 不能作为${p.measure}。`,
        `${p.cell} 的 ${p.value} 不能作為${p.measure}。`
      ),
    paddedText: (p) =>
      t(
        `${p.cell} 的 ${p.value} 前后有空格，Excel 的 COUNTIFS 无法匹配。请删除空格。`,
        `${p.cell} 的 ${p.value} 前後有空格，Excel 的 COUNTIFS 無法比對。請刪除空格。`
      ),
    criteriaText: (p) =>
      t(
        `${p.cell} 的 ${p.value}：Excel 的 COUNTIFS 会把 *、?、~ 以及开头的 =、<、> 当作条件，排行榜或 EMV 价值表无法统计它。请重命名。`,
        `${p.cell} 的 ${p.value}：Excel 的 COUNTIFS 會把 *、?、~ 以及開頭的 =、<、> 當作條件，排行榜或 EMV 價值表無法統計它。請重新命名。`
      ),
    missingColumn: (p) =>
      t(
        `没有${p.measures}列，总结将不含${p.figures}。`,
        `沒有${p.measures}欄，總結將不含${p.figures}。`
      ),
    unknownLabels: (p) =>
      t(
        `${p.count} 个标签不是正面、中性或负面（第一个是 ${p.cell} 的 ${p.value}），未计入。`,
        `${p.count} 個標籤不是正面、中性或負面（第一個是 ${p.cell} 的 ${p.value}），未計入。`
      ),
    severalCodes: (p) =>
      t(
        `${p.creator} 有多个优惠码（${p.code}、${p.otherCode}），排行榜只统计使用 ${p.code} 的订单。`,
        `${p.creator} 有多個折扣碼（${p.code}、${p.otherCode}），排行榜只統計使用 ${p.code} 的訂單。`
      ),
  };
}

const TEXTS: Record<Locale, Texts> = {
  en: english,
  "zh-CN": chinese("zh-CN"),
  "zh-TW": chinese("zh-TW"),
};

const MEASURE_PARAMS = new Set(["measure", "otherMeasure"]);

/** Params as the message shows them: measure keys and figure keys turned into their names. */
function localParams(params: SourceProblem["params"], locale: Locale): Params {
  const figures = summaryLabels(locale).figures;
  const separator = locale === "en" ? ", " : "、";
  const or = locale === "en" ? " or " : "或";
  const measure = (key: string) => inSentence(measureLabel(key as Measure, locale));
  const shown: Params = {};
  for (const [name, value] of Object.entries(params)) {
    const text = String(value);
    if (MEASURE_PARAMS.has(name)) shown[name] = measure(text);
    else if (name === "measures") shown[name] = text.split(",").map(measure).join(or);
    else if (name === "figures")
      shown[name] = text
        .split(",")
        .map((key) => inSentence(figures[key as CalculatedFigure]))
        .join(separator);
    else shown[name] = text;
  }
  return shown;
}

// "Revenue" reads "revenue" inside an English sentence; "UTM source" and "EMV" keep their capitals.
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

/** The pane's message for a problem, starting with the source it is about. */
export function sourceProblemMessage(problem: SourceProblem, locale: Locale): string {
  const source = summaryLabels(locale).sourceKinds[problem.source];
  const body = TEXTS[locale][problem.code](localParams(problem.params, locale));
  return locale === "en" ? `${source}: ${body}` : `${source}：${body}`;
}

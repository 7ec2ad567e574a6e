/** The problems of the functions' arguments and cells, in 繁體中文. */
import type { CellPosition } from "../../cells/problem";
import { describeValue } from "../describe-value";
import type { CellWords } from "../words";

// Excel's 繁體中文 names rows "列" and columns "欄".
function where(at: CellPosition): string {
  return at.columns > 1
    ? `${at.arg} 第 ${at.row} 列第 ${at.column} 欄`
    : `${at.arg} 第 ${at.row} 列`;
}

export const cells: CellWords = {
  notNumber: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是數字`,
  negative: (d) => `${where(d.at)}的 ${d.value} 是負數`,
  npsOutOfRange: (d) => `${where(d.at)}的答案 ${describeValue(d.value)} 不在 0-10 之間`,
  notWholeAnswer: (d) => `${where(d.at)}的答案 ${d.value} 不是 0 到 10 的整數`,
  badId: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是客戶編號`,
  notDate: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是日期`,
  missingPair: (d) => `${where(d.at)}為空，但 ${d.partner} 在該處有值`,
  shapeMismatch: (d) =>
    d.expected === "one cell"
      ? `${d.arg} 必須是一個儲存格`
      : `${d.arg} 必須是單一值，或與 ${d.expected} 形狀相同`,
  requires: (d) => `使用 ${d.partner} 時必須提供 ${d.arg}`,
  scalarOutOfRange: (d) => `${d.arg} ${d.value} 超出範圍 ${d.range}`,
  noData: (d) => `${d.arg} 沒有資料`,
  zeroDenominator: (d) => `${d.arg} 合計為零`,
  windowReversed: () => "start_date 晚於 end_date",
  unknownLabel: (d) =>
    `${where(d.at)}的 ${describeValue(d.value)} 不是情感標籤（正面、中性或負面）`,
  notText: (d) => `${where(d.at)}既不是文字也不是數字`,
  lexiconColumns: (d) => `${d.arg} 必須有兩欄：詞語或片語，然後是權重`,
  lexiconBlankWord: (d) => `${d.arg} 第 ${d.row} 列有權重，但沒有詞語`,
  lexiconNoWeight: (d) => `${d.arg} 第 ${d.row} 列有詞語，但沒有權重`,
  lexiconWeight: (d) => `${d.arg} 第 ${d.row} 列的權重 ${describeValue(d.value)} 不是數字`,
  lexiconNoWords: (d) =>
    `${d.arg} 第 ${d.row} 列的 ${describeValue(d.term)} 只有標點或符號，沒有可比對的詞語`,
  lexiconSpansClauses: (d) =>
    `${d.arg} 第 ${d.row} 列的 ${describeValue(d.term)} 含有逗號或句號，會斷開子句：每列只寫一個詞語或片語`,
  lexiconDuplicate: (d) =>
    `${d.arg} 第 ${d.row} 列的 ${describeValue(d.term)} 已在第 ${d.firstRow} 列出現，但權重不同`,
  argNotNumber: (d) => `${d.arg} 的值 ${describeValue(d.value)} 不是數字`,
  required: (d) => `必須提供 ${d.arg}`,
  exceeds: (d) => `${d.arg} ${d.value} 大於 ${d.limitArg} ${d.limit}`,
  notLine: (d) => `${d.arg} 必須是單列或單欄`,
  tooFew: (d) => `${d.arg} 至少需要 ${d.needed} 個數字`,
  earlierThanPartner: (d) => `${where(d.at)}早於同一列的 ${d.partner}`,
  noPolarMentions: () => "沒有正面或負面提及（中性提及不計入）",
  argNotLogical: (d) => `${d.arg} 的值 ${describeValue(d.value)} 不是 TRUE 或 FALSE`,
  noVariance: () => "每個樣本的回答都在同一組，一般 Wald 檢定沒有離散程度可言：請改用調整 Wald 法",
  unknownPeriod: (d) =>
    `${d.arg} 的值 ${describeValue(d.value)} 不是 "month"、"week" 或 "quarter"（月、週、季）`,
  notWholeNumber: (d) => `${d.arg} 的值 ${d.value} 不是 ${d.least} 或以上的整數`,
  notPositive: (d) => `${d.arg} 的值 ${d.value} 不大於 0`,
};

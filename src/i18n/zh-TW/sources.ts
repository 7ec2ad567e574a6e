/** What the pane and the report say about a source problem, in 繁體中文. */
import type { SourceWords } from "../words";
import { glossary } from "./glossary";

export const sources: SourceWords = {
  sourceKindTwice: () => "被選了不只一次：只保留一個範圍。",
  emptySelection: () => "所選範圍是空的。請選取資料中的一個儲存格後再試。",
  noHeader: (p) => `第一列（${p.cell}）是數字而不是標題。請加入一列標題，為每欄命名。`,
  noData: () => "標題下沒有資料列。",
  blankHeader: (p) =>
    `標題儲存格 ${p.cell} 是空白或已合併，但該欄有資料。請在同一列為每欄設定單獨的標題。`,
  noRecognisedColumn: () => "沒有辨識出任何欄。請選擇每欄的內容。",
  columnOutsideBlock: (p) => `「${p.measure}」欄不在所選範圍內。`,
  columnMappedTwice: (p) =>
    `「${p.header}」欄同時被選為「${p.measure}」和「${p.otherMeasure}」。請只選一個。`,
  measureMappedTwice: (p) =>
    `「${p.measure}」被選給了兩欄：「${p.header}」和「${p.otherHeader}」。請只選一欄。`,
  notNumber: (p) => `${p.cell} 的 ${p.value} 不是數字（${p.measure}）。`,
  numberAsText: (p) =>
    `${p.cell} 的 ${p.value} 是以文字儲存的數字，Excel 的 SUM 會略過它。請把該欄轉換為數字。`,
  negativeNumber: (p) => `${p.cell} 的 ${p.value} 是負數，但${p.measure}不能為負。`,
  notScore: (p) => `${p.cell} 的 ${p.value} 不是 0 到 10 的整數評分。`,
  notDate: (p) => `${p.cell} 的 ${p.value} 不是日期（${p.measure}）。`,
  dateAsText: (p) =>
    `${p.cell} 的 ${p.value} 是以文字儲存的日期，公式無法比較。請把該欄轉換為日期。`,
  notId: (p) => `${p.cell} 的 ${p.value} 不能作為${p.measure}。`,
  paddedText: (p) => `${p.cell} 的 ${p.value} 前後有空格，Excel 的 COUNTIFS 無法比對。請刪除空格。`,
  criteriaText: (p) =>
    `${p.cell} 的 ${p.value}：Excel 的 COUNTIFS 會把 *、?、~ 以及開頭的 =、<、> 當作條件，排行榜或 EMV 價值表無法統計它。請重新命名。`,
  missingColumn: (p) => `沒有${p.measures}欄，${glossary.summary}將不含${p.figures}。`,
  unknownLabels: (p) =>
    `${p.count} 個標籤不是正面、中性或負面（第一個是 ${p.cell} 的 ${p.value}），未計入。`,
  severalCodes: (p) =>
    `${p.creator} 有多個折扣碼（${p.code}、${p.otherCode}），排行榜只統計使用 ${p.code} 的訂單。`,
  ordersNeedSorting: (p) =>
    `此表有${p.measures}欄，商品明細以及已作廢、已取消或已退款的訂單不應算作訂單。建立時窗格會讀取每一列，剔除這些列（部分退款按淨額計），把採用的列寫到單獨的工作表，再據此產生${glossary.summary}。`,
};

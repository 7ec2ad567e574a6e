/** What the pane and the report say about a source problem, in 简体中文. */
import type { SourceWords } from "../words";
import { glossary } from "./glossary";

export const sources: SourceWords = {
  sourceKindTwice: () => "被选了不止一次：只保留一个区域。",
  emptySelection: () => "所选区域为空。请选中数据中的一个单元格后重试。",
  noHeader: (p) => `第一行（${p.cell}）是数字而不是标题。请添加一行标题，为每列命名。`,
  noData: () => "标题下没有数据行。",
  blankHeader: (p) =>
    `标题单元格 ${p.cell} 为空或已合并，但该列有数据。请在同一行为每列设置单独的标题。`,
  noRecognisedColumn: () => "没有识别出任何列。请选择每列的内容。",
  columnOutsideBlock: (p) => `「${p.measure}」列不在所选区域内。`,
  columnMappedTwice: (p) =>
    `「${p.header}」列同时被选为「${p.measure}」和「${p.otherMeasure}」。请只选一个。`,
  measureMappedTwice: (p) =>
    `「${p.measure}」被选给了两列：「${p.header}」和「${p.otherHeader}」。请只选一列。`,
  notNumber: (p) => `${p.cell} 的 ${p.value} 不是数字（${p.measure}）。`,
  numberAsText: (p) =>
    `${p.cell} 的 ${p.value} 是以文本存储的数字，Excel 的 SUM 会跳过它。请把该列转换为数字。`,
  negativeNumber: (p) => `${p.cell} 的 ${p.value} 是负数，但${p.measure}不能为负。`,
  notScore: (p) => `${p.cell} 的 ${p.value} 不是 0 到 10 的整数评分。`,
  notDate: (p) => `${p.cell} 的 ${p.value} 不是日期（${p.measure}）。`,
  dateAsText: (p) =>
    `${p.cell} 的 ${p.value} 是以文本存储的日期，公式无法比较。请把该列转换为日期。`,
  notId: (p) => `${p.cell} 的 ${p.value} 不能作为${p.measure}。`,
  paddedText: (p) => `${p.cell} 的 ${p.value} 前后有空格，Excel 的 COUNTIFS 无法匹配。请删除空格。`,
  criteriaText: (p) =>
    `${p.cell} 的 ${p.value}：Excel 的 COUNTIFS 会把 *、?、~ 以及开头的 =、<、> 当作条件，排行榜或 EMV 价值表无法统计它。请重命名。`,
  missingColumn: (p) => `没有${p.measures}列，${glossary.summary}将不含${p.figures}。`,
  unknownLabels: (p) =>
    `${p.count} 个标签不是正面、中性或负面（第一个是 ${p.cell} 的 ${p.value}），未计入。`,
  severalCodes: (p) =>
    `${p.creator} 有多个优惠码（${p.code}、${p.otherCode}），排行榜只统计使用 ${p.code} 的订单。`,
  ordersNeedSorting: (p) =>
    `此表有${p.measures}列，商品明细以及已作废、已取消或已退款的订单不应算作订单。创建时窗格会读取每一行，剔除这些行（部分退款按净额计），把采用的行写到单独的工作表，再据此生成${glossary.summary}。`,
};

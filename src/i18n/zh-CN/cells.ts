/** The problems of the functions' arguments and cells, in 简体中文. */
import type { CellPosition } from "../../cells/problem";
import { describeValue } from "../describe-value";
import type { CellWords } from "../words";

// Excel's 简体中文 names rows "行" and columns "列".
function where(at: CellPosition): string {
  return at.columns > 1
    ? `${at.arg} 第 ${at.row} 行第 ${at.column} 列`
    : `${at.arg} 第 ${at.row} 行`;
}

export const cells: CellWords = {
  notNumber: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是数字`,
  negative: (d) => `${where(d.at)}的 ${d.value} 是负数`,
  npsOutOfRange: (d) => `${where(d.at)}的答案 ${describeValue(d.value)} 不在 0-10 之间`,
  notWholeAnswer: (d) => `${where(d.at)}的答案 ${d.value} 不是 0 到 10 的整数`,
  badId: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是客户编号`,
  notDate: (d) => `${where(d.at)}的 ${describeValue(d.value)} 不是日期`,
  missingPair: (d) => `${where(d.at)}为空，但 ${d.partner} 在该处有值`,
  shapeMismatch: (d) =>
    d.expected === "one cell"
      ? `${d.arg} 必须是一个单元格`
      : `${d.arg} 必须是单个值，或与 ${d.expected} 形状相同`,
  requires: (d) => `使用 ${d.partner} 时必须提供 ${d.arg}`,
  scalarOutOfRange: (d) => `${d.arg} ${d.value} 超出范围 ${d.range}`,
  noData: (d) => `${d.arg} 没有数据`,
  zeroDenominator: (d) => `${d.arg} 合计为零`,
  windowReversed: () => "start_date 晚于 end_date",
  unknownLabel: (d) =>
    `${where(d.at)}的 ${describeValue(d.value)} 不是情感标签（正面、中性或负面）`,
  notText: (d) => `${where(d.at)}既不是文本也不是数字`,
  lexiconColumns: (d) => `${d.arg} 必须有两列：词语或短语，然后是权重`,
  lexiconBlankWord: (d) => `${d.arg} 第 ${d.row} 行有权重，但没有词语`,
  lexiconNoWeight: (d) => `${d.arg} 第 ${d.row} 行有词语，但没有权重`,
  lexiconWeight: (d) => `${d.arg} 第 ${d.row} 行的权重 ${describeValue(d.value)} 不是数字`,
  lexiconNoWords: (d) =>
    `${d.arg} 第 ${d.row} 行的 ${describeValue(d.term)} 只有标点或符号，没有可匹配的词语`,
  lexiconSpansClauses: (d) =>
    `${d.arg} 第 ${d.row} 行的 ${describeValue(d.term)} 含有逗号或句号，会断开分句：每行只写一个词语或短语`,
  lexiconDuplicate: (d) =>
    `${d.arg} 第 ${d.row} 行的 ${describeValue(d.term)} 已在第 ${d.firstRow} 行出现，但权重不同`,
  argNotNumber: (d) => `${d.arg} 的值 ${describeValue(d.value)} 不是数字`,
  required: (d) => `必须提供 ${d.arg}`,
  exceeds: (d) => `${d.arg} ${d.value} 大于 ${d.limitArg} ${d.limit}`,
  notLine: (d) => `${d.arg} 必须是单行或单列`,
  tooFew: (d) => `${d.arg} 至少需要 ${d.needed} 个数字`,
  earlierThanPartner: (d) => `${where(d.at)}早于同一行的 ${d.partner}`,
  noPolarMentions: () => "没有正面或负面提及（中性提及不计入）",
  argNotLogical: (d) => `${d.arg} 的值 ${describeValue(d.value)} 不是 TRUE 或 FALSE`,
  noVariance: () => "每个样本的回答都在同一组，普通 Wald 检验没有离散程度可言：请改用调整 Wald 法",
  unknownPeriod: (d) =>
    `${d.arg} 的值 ${describeValue(d.value)} 不是 "month"、"week" 或 "quarter"（月、周、季）`,
  notWholeNumber: (d) => `${d.arg} 的值 ${d.value} 不是 ${d.least} 或以上的整数`,
  notPositive: (d) => `${d.arg} 的值 ${d.value} 不大于 0`,
};

/** The report's own words in 简体中文: its problems, its progress and where the workbook went. */
import { describeValue } from "../describe-value";
import type { ReportWords } from "../words";
import { DayOrder, otherDayOrder as other } from "../../cells/dates";
import { DATE_ORDER_FLAGS, DayOrderBasis } from "../../cli/problems";
import { dayOrderBasis, DayOrderWords } from "../day-orders";

const DAY_ORDERS: DayOrderWords = {
  orders: { dayFirst: "日在前（日/月/年）", monthFirst: "月在前（月/日/年）" },
  dates: (evidence, row) => `（第 ${row} 行的 ${evidence} 只能这样读）`,
  option: "（按 --date-order 指定）",
  assumed: (source, otherOrder, flag) =>
    `（${source}：前几行没有大于 12 的日；若为${otherOrder}，请加 --date-order ${flag} 重新运行）`,
  platform: (platform) => `${platform} 的导出即如此`,
  locale: (locale) => `本机的日期习惯 ${locale}`,
};
const ORDERS = DAY_ORDERS.orders;
const basisText = (order: DayOrder, because: DayOrderBasis) =>
  dayOrderBasis(DAY_ORDERS, order, because);

export const report: ReportWords = {
  problems: {
    unknownOption: (p) => `未知选项 ${p.option}（见 --help）`,
    missingValue: (p) => `${p.option} 需要一个值`,
    badNumber: (p) => `${p.option} ${describeValue(p.value)} 不是大于等于零的数字`,
    badThreshold: (p) =>
      `${p.option} ${describeValue(p.value)} 无法使用：请给出${{ whole: "大于等于 1 的整数", share: "0 到 1 之间的比例，如 0.2", positive: "大于 0 的数字，如 0.01" }[p.expected]}`,
    badChoice: (p) => `${p.option} ${describeValue(p.value)} 不是以下之一：${p.choices.join(", ")}`,
    noSources: () => "请至少提供 --posts、--mentions 或 --orders 之一（见 --help）",
    outputExists: (p) => `${p.file} 已存在：加上 --force 以替换`,
    outputIsInput: (p) => `${p.file} 是输入文件之一：请换一个 --out`,
    outputNotXlsx: (p) => `${p.file} 必须以 .xlsx 结尾`,
    outputFolderMissing: (p) => `${p.file} 所在的文件夹不存在`,
    cpmWithRateCard: () => "请只提供 --cpm 或 --rate-card 之一：价值表的 cpm 列决定所有 CPM",
    missingFile: (p) => `${p.file} 不存在`,
    notAFile: (p) => `${p.file} 不是文件`,
    unreadableEncoding: (p) =>
      p.encoding
        ? `${p.file} 不是有效的 ${p.encoding} 文本（可试试 --encoding auto）`
        : `${p.file} 不是 UTF-8、GB18030 或 Big5 编码的文本`,
    emptyFile: (p) => `${p.file} 是空文件`,
    headerOnly: (p) => `${p.file} 只有标题行，没有数据行`,
    blankHeader: (p) => `${p.file} 第 ${p.column} 列的标题为空`,
    duplicateHeader: (p) => `${p.file} 的标题 ${describeValue(p.header)} 出现了两次`,
    openQuote: (p) =>
      `${p.file} 第 ${p.row} 行：${p.header} 中开始的引号没有结束，文件其余部分都落进了这个单元格；文件可能不完整或引号有误：请重新导出`,
    cutShort: (p) =>
      `${p.file} 在第 ${p.row} 行中间结束（${p.columns} 列中只有 ${p.cells} 列，缺少 ${p.header}）：文件不完整，请重新下载或导出`,
    mixedCurrency: (p) =>
      `${p.file} 第 ${p.row} 行：${p.header} 中的 ${describeValue(p.value)} 是 ${p.currencies[1]}，而该列上方的金额是 ${p.currencies[0]}：一列只能有一种货币，请先换算`,
    noSuchColumn: (p) =>
      `${p.file} 没有 ${describeValue(p.header)} 这一列（它的标题：${p.headers.join("，")}）`,
    notNumber: (p) =>
      `${p.file} 第 ${p.row} 行：${p.header} 中的 ${describeValue(p.value)} 不是数字`,
    notDate: (p) => `${p.file} 第 ${p.row} 行：${p.header} 中的 ${describeValue(p.value)} 不是日期`,
    dayOrderContradicted: (p) =>
      `${p.file} 第 ${p.row} 行：${p.header} 中的 ${describeValue(p.value)} 只有按${ORDERS[other(p.order)]}才是日期，但该列日期按${ORDERS[p.order]}读取${basisText(p.order, p.because)}：请用 --date-order ${DATE_ORDER_FLAGS[other(p.order)]} 指定顺序，或修正该单元格`,
    mixedDayOrder: (p) =>
      `${p.file}：${p.header} 中的日期有两种顺序（${p.first} 只能是${ORDERS[p.order]}，${p.second} 只能是${ORDERS[other(p.order)]}）：请统一为一种顺序，或用 --date-order dmy 或 --date-order mdy 指定`,
    missingSheet: (p) =>
      `${p.file} 没有工作表 ${describeValue(p.sheet)}（现有：${p.sheets.join(", ")}）`,
    notWorkbook: (p) => `${p.file} 不是 .xlsx 工作簿`,
    htmlWorkbook: (p) =>
      `${p.file} 是${p.extension ? `以 ${p.extension} 文件名保存的` : ""}网页（HTML），不是工作簿：请用 Excel 打开并另存为 .xlsx（文件 > 另存为 > Excel 工作簿），或导出为 CSV`,
    excel97Workbook: (p) =>
      `${p.file} 是 Excel 97-2003 工作簿（.xls），报告无法读取：请用 Excel 打开并另存为 .xlsx（文件 > 另存为 > Excel 工作簿）`,
    rateCardColumn: (p) =>
      `${p.file} 没有 ${p.column} 列：价值表应有 channel、cpm、per_repost、per_comment 和 per_like 列`,
    badRate: (p) =>
      `${p.file} 第 ${p.row} 行：${p.header} 中的 ${describeValue(p.value)} 不是大于等于零的数字`,
    blankChannel: (p) => `${p.file} 第 ${p.row} 行有单价但没有平台`,
    channelTwice: (p) => `${p.file} 第 ${p.row} 行再次列出平台 ${describeValue(p.channel)}`,
    noOtherRow: (p) => `${p.file} 没有 "other" 行：请添加一行，填写价值表未列出的所有平台的单价`,
  },
  reading: "读取中",
  written: (file) => `工作簿已写入 ${file}`,
  defaultCampaign: "营销活动",
  inputs: {
    header: (file, row) => `${file}：标题行在第 ${row} 行`,
    column: (measure, header, samples) =>
      `    ${measure} ← ${header}${samples.length ? `（${samples.join("，")}）` : ""}`,
    refused: (header, measure, because) => `    未作为${measure}：${header}，因为${because}`,
    because: {
      notNumbers: "其单元格不是数字",
      notDates: "其单元格不是日期",
      notLabels: "其单元格不是文字标签",
      outsideZeroToTen: "其答案不是 0 到 10 的整数",
      noneAboveFive: "没有大于 5 的答案（是 1-5 分评分或分组代码，不是 0-10 分答案）",
      salesChannels: "它记录的是下单途径（web、pos），不是 UTM 来源",
    },
    howToMap:
      "更改列的对应：--map orders.customer=Email（类别.指标=标题），--header-row N，或 文件.xlsx#工作表。",
    labelled: (header, ownWords, file) =>
      `    情感由报告根据 ${header} 自动标注，使用内置词库${file ? `和 ${file} 中的 ${ownWords} 个词` : ""}（有情感列时以情感列为准）`,
    dayOrder: (header, order, because) =>
      `    ${header} 中的日期按${ORDERS[order]}读取${basisText(order, because)}`,
  },
};

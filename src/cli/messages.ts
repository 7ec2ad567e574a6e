/** The report's own words in English, 简体中文 and 繁體中文: problems, progress and where the workbook went. */
import { Locale } from "../cells/messages";
import { ChartPlan } from "../summary/plan";
import { ReportProblem } from "./problems";

type ProblemTexts = {
  [K in ReportProblem["kind"]]: (problem: Extract<ReportProblem, { kind: K }>) => string;
};

const quoted = (text: string) => `"${text.length > 40 ? text.slice(0, 40) + "…" : text}"`;

const english: ProblemTexts = {
  unknownOption: (p) => `unknown option ${p.option} (see --help)`,
  missingValue: (p) => `${p.option} needs a value`,
  badNumber: (p) => `${p.option} ${quoted(p.value)} is not a number of zero or more`,
  badChoice: (p) => `${p.option} ${quoted(p.value)} is not one of ${p.choices.join(", ")}`,
  noSources: () => "give at least one of --posts, --mentions or --orders (see --help)",
  missingFile: (p) => `${p.file} does not exist`,
  notAFile: (p) => `${p.file} is not a file`,
  unreadableEncoding: (p) =>
    p.encoding
      ? `${p.file} is not valid ${p.encoding} text (try --encoding auto)`
      : `${p.file} is not text in UTF-8, GB18030 or Big5`,
  emptyFile: (p) => `${p.file} is empty`,
  headerOnly: (p) => `${p.file} has a header row but no data rows`,
  blankHeader: (p) => `${p.file} has a blank header in column ${p.column}`,
  duplicateHeader: (p) => `${p.file} has the header ${quoted(p.header)} twice`,
  notNumber: (p) => `${p.file} row ${p.row}: ${quoted(p.value)} in ${p.header} is not a number`,
  notDate: (p) => `${p.file} row ${p.row}: ${quoted(p.value)} in ${p.header} is not a date`,
  missingSheet: (p) => `${p.file} has no sheet ${quoted(p.sheet)} (it has ${p.sheets.join(", ")})`,
  notWorkbook: (p) => `${p.file} is not an .xlsx workbook`,
  outputExists: (p) => `${p.file} exists: add --force to replace it`,
  outputIsInput: (p) => `${p.file} is one of the input files: choose another --out`,
  outputNotXlsx: (p) => `${p.file} must end in .xlsx`,
  outputFolderMissing: (p) => `the folder of ${p.file} does not exist`,
  cpmWithRateCard: () =>
    "give --cpm or --rate-card, not both: the rate card's cpm column sets every CPM",
  rateCardColumn: (p) =>
    `${p.file} has no ${p.column} column: a rate card has the columns channel, cpm, per_repost, per_comment and per_like`,
  badRate: (p) =>
    `${p.file} row ${p.row}: ${quoted(p.value)} in ${p.header} is not a number of zero or more`,
  blankChannel: (p) => `${p.file} row ${p.row} has rates but no channel`,
  channelTwice: (p) => `${p.file} row ${p.row} lists the channel ${quoted(p.channel)} again`,
  noOtherRow: (p) =>
    `${p.file} has no "other" row: add one with the rates of every channel the card does not list`,
  source: (p) => p.message,
};

type Choose = (simplified: string, traditional: string) => string;
type UsageKind =
  | "unknownOption"
  | "missingValue"
  | "badNumber"
  | "badChoice"
  | "noSources"
  | "outputExists"
  | "outputIsInput"
  | "outputNotXlsx"
  | "outputFolderMissing"
  | "cpmWithRateCard";

function chineseUsage(t: Choose): Pick<ProblemTexts, UsageKind> {
  return {
    unknownOption: (p) =>
      `${t("未知选项", "未知選項")} ${p.option}${t("（见 --help）", "（見 --help）")}`,
    missingValue: (p) => `${p.option} ${t("需要一个值", "需要一個值")}`,
    badNumber: (p) =>
      `${p.option} ${quoted(p.value)} ${t("不是大于等于零的数字", "不是大於等於零的數字")}`,
    badChoice: (p) =>
      `${p.option} ${quoted(p.value)} ${t("不是以下之一", "不是以下之一")}：${p.choices.join(", ")}`,
    noSources: () =>
      t(
        "请至少提供 --posts、--mentions 或 --orders 之一（见 --help）",
        "請至少提供 --posts、--mentions 或 --orders 之一（見 --help）"
      ),
    outputExists: (p) =>
      `${p.file} ${t("已存在：加上 --force 以替换", "已存在：加上 --force 以取代")}`,
    outputIsInput: (p) =>
      `${p.file} ${t("是输入文件之一：请换一个 --out", "是輸入檔案之一：請換一個 --out")}`,
    outputNotXlsx: (p) => `${p.file} ${t("必须以 .xlsx 结尾", "必須以 .xlsx 結尾")}`,
    outputFolderMissing: (p) => `${p.file} ${t("所在的文件夹不存在", "所在的資料夾不存在")}`,
    cpmWithRateCard: () =>
      t(
        "请只提供 --cpm 或 --rate-card 之一：价值表的 cpm 列决定所有 CPM",
        "請只提供 --cpm 或 --rate-card 之一：價值表的 cpm 欄決定所有 CPM"
      ),
  };
}

type RateCardKind = "rateCardColumn" | "badRate" | "blankChannel" | "channelTwice" | "noOtherRow";

function chineseRateCard(t: Choose): Pick<ProblemTexts, RateCardKind> {
  const row = t("行", "列");
  return {
    rateCardColumn: (p) =>
      `${p.file} ${t("没有", "沒有")} ${p.column} ${t("列：价值表应有 channel、cpm、per_repost、per_comment 和 per_like 列", "欄：價值表應有 channel、cpm、per_repost、per_comment 和 per_like 欄")}`,
    badRate: (p) =>
      `${p.file} 第 ${p.row} ${row}：${p.header} ${t("中的", "中的")} ${quoted(p.value)} ${t("不是大于等于零的数字", "不是大於等於零的數字")}`,
    blankChannel: (p) => `${p.file} 第 ${p.row} ${row}${t("有单价但没有平台", "有單價但沒有平台")}`,
    channelTwice: (p) =>
      `${p.file} 第 ${p.row} ${row}${t("再次列出平台", "再次列出平台")} ${quoted(p.channel)}`,
    noOtherRow: (p) =>
      `${p.file} ${t('没有 "other" 行：请添加一行，填写价值表未列出的所有平台的单价', '沒有 "other" 列：請加入一列，填寫價值表未列出的所有平台的單價')}`,
  };
}

function chineseFiles(t: Choose): Omit<ProblemTexts, UsageKind | RateCardKind> {
  const row = t("行", "列");
  return {
    missingFile: (p) => `${p.file} ${t("不存在", "不存在")}`,
    notAFile: (p) => `${p.file} ${t("不是文件", "不是檔案")}`,
    unreadableEncoding: (p) =>
      p.encoding
        ? `${p.file} ${t("不是有效的", "不是有效的")} ${p.encoding} ${t("文本（可试试 --encoding auto）", "文字（可試試 --encoding auto）")}`
        : `${p.file} ${t("不是 UTF-8、GB18030 或 Big5 编码的文本", "不是 UTF-8、GB18030 或 Big5 編碼的文字")}`,
    emptyFile: (p) => `${p.file} ${t("是空文件", "是空檔案")}`,
    headerOnly: (p) => `${p.file} ${t("只有标题行，没有数据行", "只有標題列，沒有資料列")}`,
    blankHeader: (p) =>
      `${p.file} ${t(`第 ${p.column} 列的标题为空`, `第 ${p.column} 欄的標題為空`)}`,
    duplicateHeader: (p) =>
      `${p.file} ${t("的标题", "的標題")} ${quoted(p.header)} ${t("出现了两次", "出現了兩次")}`,
    notNumber: (p) =>
      `${p.file} ${t("第", "第")} ${p.row} ${row}：${p.header} ${t("中的", "中的")} ${quoted(p.value)} ${t("不是数字", "不是數字")}`,
    notDate: (p) =>
      `${p.file} ${t("第", "第")} ${p.row} ${row}：${p.header} ${t("中的", "中的")} ${quoted(p.value)} ${t("不是日期", "不是日期")}`,
    missingSheet: (p) =>
      `${p.file} ${t("没有工作表", "沒有工作表")} ${quoted(p.sheet)}（${t("现有", "現有")}：${p.sheets.join(", ")}）`,
    notWorkbook: (p) => `${p.file} ${t("不是 .xlsx 工作簿", "不是 .xlsx 活頁簿")}`,
    source: (p) => p.message,
  };
}

function chinese(locale: "zh-CN" | "zh-TW"): ProblemTexts {
  const t: Choose = (simplified, traditional) => (locale === "zh-CN" ? simplified : traditional);
  return { ...chineseUsage(t), ...chineseFiles(t), ...chineseRateCard(t) };
}

const problemTexts: Record<Locale, ProblemTexts> = {
  en: english,
  "zh-CN": chinese("zh-CN"),
  "zh-TW": chinese("zh-TW"),
};

/** The one-line message for a problem, in the given language. */
export function reportProblemMessage(problem: ReportProblem, locale: Locale): string {
  const format = problemTexts[locale][problem.kind] as (p: ReportProblem) => string;
  return format(problem);
}

/** A chart the workbook cannot draw, as its note names it. */
export type NotedChart = Pick<ChartPlan, "preferred" | "title">;

/** Short texts the terminal shows around the table. */
export interface ReportTexts {
  reading: string;
  written: (file: string) => string;
  /** What a chart's place on the sheet says instead of the chart: which chart, and how to draw it. */
  chartNote: (chart: NotedChart) => string;
  defaultCampaign: string;
}

const reportTexts: Record<Locale, ReportTexts> = {
  en: {
    reading: "Reading",
    written: (file) => `Workbook written to ${file}`,
    chartNote: ({ preferred, title }) =>
      (preferred === "line"
        ? `Line chart "${title}": not drawn here, because the .xlsx library cannot create charts. In Excel, insert a line chart from the weeks and orders to its left`
        : `Funnel chart "${title}": not drawn here, because the .xlsx library cannot create charts. In Excel, insert a funnel (or bar) chart from the stages above it`) +
      ", or make the summary from the add-in's pane.",
    defaultCampaign: "Campaign",
  },
  "zh-CN": {
    reading: "读取中",
    written: (file) => `工作簿已写入 ${file}`,
    chartNote: ({ preferred, title }) =>
      (preferred === "line"
        ? `折线图“${title}”：此处未绘制，因为 .xlsx 库无法创建图表。可在 Excel 中根据左侧各周的订单插入折线图`
        : `漏斗图“${title}”：此处未绘制，因为 .xlsx 库无法创建图表。可在 Excel 中根据上方的各阶段插入漏斗图（或条形图）`) +
      "，或通过加载项任务窗格生成总结。",
    defaultCampaign: "营销活动",
  },
  "zh-TW": {
    reading: "讀取中",
    written: (file) => `活頁簿已寫入 ${file}`,
    chartNote: ({ preferred, title }) =>
      (preferred === "line"
        ? `折線圖「${title}」：此處未繪製，因為 .xlsx 程式庫無法建立圖表。可在 Excel 中依左側各週的訂單插入折線圖`
        : `漏斗圖「${title}」：此處未繪製，因為 .xlsx 程式庫無法建立圖表。可在 Excel 中依上方的各階段插入漏斗圖（或橫條圖）`) +
      "，或透過增益集工作窗格產生總結。",
    defaultCampaign: "行銷活動",
  },
};

/** The report's texts in the given language. */
export function textsFor(locale: Locale): ReportTexts {
  return reportTexts[locale];
}

/** The report's own words in 繁體中文: its problems, its progress and where the workbook went. */
import { describeValue } from "../describe-value";
import type { ReportWords } from "../words";
import { DayOrder, otherDayOrder as other } from "../../cells/dates";
import { DATE_ORDER_FLAGS, DayOrderBasis } from "../../cli/problems";
import { dayOrderBasis, DayOrderWords } from "../day-orders";

const DAY_ORDERS: DayOrderWords = {
  orders: { dayFirst: "日在前（日/月/年）", monthFirst: "月在前（月/日/年）" },
  dates: (evidence, row) => `（第 ${row} 列的 ${evidence} 只能這樣讀）`,
  option: "（按 --date-order 指定）",
  assumed: (source, otherOrder, flag) =>
    `（${source}：前幾列沒有大於 12 的日；若為${otherOrder}，請加 --date-order ${flag} 重新執行）`,
  platform: (platform) => `${platform} 的匯出即如此`,
  locale: (locale) => `本機的日期慣例 ${locale}`,
};
const ORDERS = DAY_ORDERS.orders;
const basisText = (order: DayOrder, because: DayOrderBasis) =>
  dayOrderBasis(DAY_ORDERS, order, because);

export const report: ReportWords = {
  problems: {
    unknownOption: (p) => `未知選項 ${p.option}（見 --help）`,
    missingValue: (p) => `${p.option} 需要一個值`,
    badNumber: (p) => `${p.option} ${describeValue(p.value)} 不是大於等於零的數字`,
    badThreshold: (p) =>
      `${p.option} ${describeValue(p.value)} 無法使用：請提供${{ whole: "大於等於 1 的整數", share: "0 到 1 之間的比例，如 0.2", positive: "大於 0 的數字，如 0.01" }[p.expected]}`,
    badChoice: (p) => `${p.option} ${describeValue(p.value)} 不是以下之一：${p.choices.join(", ")}`,
    noSources: () => "請至少提供 --posts、--mentions 或 --orders 之一（見 --help）",
    outputExists: (p) => `${p.file} 已存在：加上 --force 以取代`,
    outputIsInput: (p) => `${p.file} 是輸入檔案之一：請換一個 --out`,
    outputNotXlsx: (p) => `${p.file} 必須以 .xlsx 結尾`,
    outputFolderMissing: (p) => `${p.file} 所在的資料夾不存在`,
    cpmWithRateCard: () => "請只提供 --cpm 或 --rate-card 之一：價值表的 cpm 欄決定所有 CPM",
    missingFile: (p) => `${p.file} 不存在`,
    notAFile: (p) => `${p.file} 不是檔案`,
    unreadableEncoding: (p) =>
      p.encoding
        ? `${p.file} 不是有效的 ${p.encoding} 文字（可試試 --encoding auto）`
        : `${p.file} 不是 UTF-8、GB18030 或 Big5 編碼的文字`,
    emptyFile: (p) => `${p.file} 是空檔案`,
    headerOnly: (p) => `${p.file} 只有標題列，沒有資料列`,
    blankHeader: (p) => `${p.file} 第 ${p.column} 欄的標題為空`,
    duplicateHeader: (p) => `${p.file} 的標題 ${describeValue(p.header)} 出現了兩次`,
    openQuote: (p) =>
      `${p.file} 第 ${p.row} 列：${p.header} 中開始的引號沒有結束，檔案其餘部分都落進了這個儲存格；檔案可能不完整或引號有誤：請重新匯出`,
    cutShort: (p) =>
      `${p.file} 在第 ${p.row} 列中間結束（${p.columns} 欄中只有 ${p.cells} 欄，缺少 ${p.header}）：檔案不完整，請重新下載或匯出`,
    mixedCurrency: (p) =>
      `${p.file} 第 ${p.row} 列：${p.header} 中的 ${describeValue(p.value)} 是 ${p.currencies[1]}，而該欄上方的金額是 ${p.currencies[0]}：一欄只能有一種貨幣，請先換算`,
    noSuchColumn: (p) =>
      `${p.file} 沒有 ${describeValue(p.header)} 這一欄（它的標題：${p.headers.join("，")}）`,
    notNumber: (p) =>
      `${p.file} 第 ${p.row} 列：${p.header} 中的 ${describeValue(p.value)} 不是數字`,
    notDate: (p) => `${p.file} 第 ${p.row} 列：${p.header} 中的 ${describeValue(p.value)} 不是日期`,
    dayOrderContradicted: (p) =>
      `${p.file} 第 ${p.row} 列：${p.header} 中的 ${describeValue(p.value)} 只有按${ORDERS[other(p.order)]}才是日期，但該欄日期按${ORDERS[p.order]}讀取${basisText(p.order, p.because)}：請用 --date-order ${DATE_ORDER_FLAGS[other(p.order)]} 指定順序，或修正該儲存格`,
    mixedDayOrder: (p) =>
      `${p.file}：${p.header} 中的日期有兩種順序（${p.first} 只能是${ORDERS[p.order]}，${p.second} 只能是${ORDERS[other(p.order)]}）：請統一為一種順序，或用 --date-order dmy 或 --date-order mdy 指定`,
    missingSheet: (p) =>
      `${p.file} 沒有工作表 ${describeValue(p.sheet)}（現有：${p.sheets.join(", ")}）`,
    notWorkbook: (p) => `${p.file} 不是 .xlsx 活頁簿`,
    htmlWorkbook: (p) =>
      `${p.file} 是${p.extension ? `以 ${p.extension} 檔名儲存的` : ""}網頁（HTML），不是活頁簿：請用 Excel 開啟並另存為 .xlsx（檔案 > 另存新檔 > Excel 活頁簿），或匯出為 CSV`,
    excel97Workbook: (p) =>
      `${p.file} 是 Excel 97-2003 活頁簿（.xls），報告無法讀取：請用 Excel 開啟並另存為 .xlsx（檔案 > 另存新檔 > Excel 活頁簿）`,
    rateCardColumn: (p) =>
      `${p.file} 沒有 ${p.column} 欄：價值表應有 channel、cpm、per_repost、per_comment 和 per_like 欄`,
    badRate: (p) =>
      `${p.file} 第 ${p.row} 列：${p.header} 中的 ${describeValue(p.value)} 不是大於等於零的數字`,
    blankChannel: (p) => `${p.file} 第 ${p.row} 列有單價但沒有平台`,
    channelTwice: (p) => `${p.file} 第 ${p.row} 列再次列出平台 ${describeValue(p.channel)}`,
    noOtherRow: (p) => `${p.file} 沒有 "other" 列：請加入一列，填寫價值表未列出的所有平台的單價`,
  },
  reading: "讀取中",
  written: (file) => `活頁簿已寫入 ${file}`,
  defaultCampaign: "行銷活動",
  inputs: {
    header: (file, row) => `${file}：標題列在第 ${row} 列`,
    column: (measure, header, samples) =>
      `    ${measure} ← ${header}${samples.length ? `（${samples.join("，")}）` : ""}`,
    refused: (header, measure, because) => `    未作為${measure}：${header}，因為${because}`,
    because: {
      notNumbers: "其儲存格不是數字",
      notDates: "其儲存格不是日期",
      notLabels: "其儲存格不是文字標籤",
      outsideZeroToTen: "其答案不是 0 到 10 的整數",
      noneAboveFive: "沒有大於 5 的答案（是 1-5 分評分或分組代碼，不是 0-10 分答案）",
      salesChannels: "它記錄的是下單途徑（web、pos），不是 UTM 來源",
    },
    howToMap:
      "更改欄的對應：--map orders.customer=Email（類別.指標=標題），--header-row N，或 檔案.xlsx#工作表。",
    labelled: (header, ownWords, file) =>
      `    情感由報告根據 ${header} 自動標註，使用內建詞庫${file ? `和 ${file} 中的 ${ownWords} 個詞` : ""}（有情感欄時以情感欄為準）`,
    dayOrder: (header, order, because) =>
      `    ${header} 中的日期按${ORDERS[order]}讀取${basisText(order, because)}`,
  },
};

/** Every text the summary sheet shows, in 繁體中文. */
import { NPS_BENCHMARKS } from "../../kpi/benchmarks";
import { SHEET_FUNCTION_NAMES } from "../function-names";
import type { SheetWords } from "../sheet-words";
import { glossary } from "./glossary";

const functions = SHEET_FUNCTION_NAMES["zh-TW"];

export const sheet: SheetWords = {
  title: glossary.title,
  sheetName: glossary.sheetName,
  refreshStopped:
    "不完整：上次重新整理此摘要時中途停止。請在 WOM KPIs 窗格中按「重新整理」再次寫入。",
  campaign: "活動",
  dataSources: "資料",
  sourceKinds: { posts: "貼文", mentions: "提及", orders: "訂單" },
  tableSource: (table, address) => `表格 ${table}（${address}）`,
  usedRowsSource: (address, original) => `${address}，即 ${original} 中採用的列`,
  usedRowsSheet: (source) => `${source}（採用的列）`,
  labelledSheet: (source) => `${source}（自動標註）`,
  commentLabels: { label: "情感（自動）", score: "情感分數", why: "決定標籤的詞" },
  labelledSource: (where) => `${where}；情感由增益集根據評論內容自動標註`,
  automaticFigure: (figure) => `${figure}（自動標註）`,
  automaticNote: (ownWords) =>
    `根據評論內容自動標註：按增益集的詞庫${ownWords > 0 ? `和您的 ${ownWords} 個詞` : ""}為每則評論的用詞計分（見 ${functions.sentiment} 的說明）。反諷和行業用語可能被誤讀：請在自動標註的工作表上查看決定每個標籤的詞。如需更正，請在資料來源中加入情感欄（它一律優先），或在詞庫中加入您自己的詞。`,
  campaignSheet: (campaign) => `${campaign} 摘要`,
  rowsUsed: (seen, used) => `標題列以外共 ${seen} 列：使用 ${used} 列`,
  rowsLeftOut: (parts) => `；未使用：${parts.join("、")}`,
  leftOut: {
    aboveHeader: (n) => `標題列上方的標題或說明 ${n} 列`,
    blank: (n) => `空白列 ${n} 列`,
    extraHeaderRows: (n) => `附加標題列 ${n} 列`,
    totals: (n) => `合計列 ${n} 列`,
    lineItems: (n) => `已計訂單的其餘商品明細 ${n} 列`,
    duplicates: (n) => `重複的訂單 ${n} 筆（只計一次）`,
    voided: (n) => `已作廢的訂單 ${n} 筆`,
    cancelled: (n) => `已取消的訂單 ${n} 筆`,
    refunded: (n) => `已退款的訂單 ${n} 筆`,
    skippedAnswers: (n) => `未回答 0-10 分問題的問卷 ${n} 份`,
    notRated: (n) => `沒有情感標籤的提及 ${n} 則`,
    noText: (n) => `沒有評論內容的提及 ${n} 則`,
  },
  createdAt: "建立時間",
  assumptions: "假設（修改後各項數字隨之更新）",
  cpm: "CPM（每千次曝光成本）",
  windowDays: "歸因窗口（首次曝光後的天數）",
  emvAsReturn: "EMV 計入回報（TRUE/FALSE）",
  staffHours: "活動投入的人力工時（小時）",
  hourlyRate: "每小時人力成本",
  tiers: {
    apex: "塔尖：值不值得？",
    action: "轉化：買了嗎？",
    sentiment: "情感：喜歡嗎？",
    volume: "聲量：多少人聽說了？",
  },
  notMeasured: {
    apex: "ROI 需要成本（貼文）和銷售額（訂單）。",
    action: "加入訂單資料以衡量這一層。",
    sentiment: "加入含情感標籤、評論內容或調查評分的提及資料。",
    volume: "加入含曝光、轉發、評論或按讚的貼文資料。",
  },
  figures: {
    impressions: "曝光量",
    engagements: "互動量",
    engagementRate: "互動率",
    emv: "EMV（等效廣告價值）",
    costPerEngagement: "單次互動成本（CPE）",
    costPerView: "單次曝光成本（CPV）",
    positive: "正面提及",
    neutral: "中性提及",
    negative: "負面提及",
    socialNps: "社群媒體 NPS",
    socialNpsMoe: "社群媒體 NPS 誤差範圍（±，95%）",
    nps: "NPS（調查）",
    npsMoe: "NPS 誤差範圍（±，95%）",
    orders: "訂單數",
    ordersByCode: "使用折扣碼的訂單",
    ordersByUtm: "經 UTM 連結的訂單",
    attributedOrders: "歸因窗口內的訂單",
    revenue: "銷售額",
    cost: "成本",
    staffCost: "人力成本（已計入成本）",
    costPerOrder: "每單成本",
    roi: "ROI",
    roiWithEmv: "計入 EMV 的 ROI",
    repeatRate: "回購率",
  },
  figureNotes: {
    staffCost:
      "工時 × 每小時人力成本，取自上方假設：計入成本，ROI 和各項單位成本都包含團隊的工作。創作者各列只計其費用。",
    costPerEngagement: "成本 / 互動量。",
    costPerView: "成本 / 曝光量：每次曝光的成本。",
    engagements: "轉發 + 評論 + 按讚。",
    emv: "EMV 價值表中 EMV 一欄之和：各平台曝光量 / 1000 × CPM，加上每種互動 × 其單價。EMV 沒有業界標準，單價皆為假設。",
    socialNps: "（正面 − 負面）/（正面 + 負面）× 100，不計中性提及，與 Talkwalker 的淨情感一致。",
    socialNpsMoe:
      "把正面提及當作推薦者、負面提及當作貶損者、n = 正面 + 負面時的 NPS 誤差範圍（Wald，95%）。提及並非隨機樣本，僅供參考。",
    npsMoe: "95% 信賴水準下 z × √((p + d − (p − d)²) / n) × 100（Wald）。",
    attributedOrders: "下單日期在客戶首次曝光後 0 至 N 天內的訂單，N 為上方的歸因窗口。",
    roi: "（銷售額 − 成本）/ 成本。",
    roiWithEmv: "（銷售額 + EMV − 成本）/ 成本。僅當 EMV 計入回報時顯示。",
  },
  retention: "留存",
  leaderboard: "創作者（KOC/KOL）排行，依 ROI",
  leaderboardColumns: {
    name: "創作者",
    code: "折扣碼",
    posts: "貼文",
    impressions: "曝光量",
    emv: "EMV",
    cost: "成本",
    costPerEngagement: "單次互動成本",
    costPerView: "單次曝光成本",
    orders: "訂單",
    revenue: "銷售額",
    roi: "ROI",
    doubtful: "可疑訂單",
    doubtfulRevenue: "其銷售額",
    roiWithout: "剔除後 ROI",
  },
  funnel: "漏斗",
  chartTitle: "從曝光到訂單",
  benchmarkAverage: `全球平均 NPS（${NPS_BENCHMARKS.source}）`,
  benchmarkTopQuartile: `前四分之一 NPS（${NPS_BENCHMARKS.source}）`,
  standing: {
    nps: "調查 NPS 與基準相比",
    socialNps: "社群媒體 NPS 與基準相比",
  },
  standings: {
    topQuartile: "位於前四分之一",
    aboveAverage: "達到或高於全球平均",
    belowAverage: "低於全球平均",
  },
  benchmarkNote: `${NPS_BENCHMARKS.source}：全球平均 NPS 為 ${NPS_BENCHMARKS.average}，${NPS_BENCHMARKS.topQuartile} 以上為前四分之一。各產業、地區的平均值不同。`,
  socialBenchmarkNote: "這些基準針對調查 NPS；社群媒體 NPS 不計中性提及，通常較高，比較時請謹慎。",
  standingNote: "僅依分數本身判斷：若誤差範圍跨過某個基準，資料無法確定真實分數位於哪一側。",
  rateCardTitle: "EMV 價值表（假設：EMV 沒有業界標準）",
  rateCardNote:
    "EMV 沒有業界標準，這些單價都是假設。請換成您自己的單價（在該平台買同樣的曝光和互動要花多少錢）：EMV、計入 EMV 的 ROI 和各創作者的 EMV 隨之更新。",
  rateCardColumns: {
    channel: "平台",
    cpm: "CPM（每千次曝光）",
    perRepost: "每次轉發",
    perComment: "每則評論",
    perLike: "每個按讚",
    emv: "EMV",
  },
  otherChannels: "其他平台",
  allPosts: "全部貼文",

  weeksTitle: "每週轉化（ISO 週，週一起）",
  weekColumns: {
    week: "ISO 週",
    weekStart: "週起始日",
    orders: "訂單",
    revenue: "銷售額",
    attributedOrders: "歸因窗口內的訂單",
  },
  weeksNote: (at, latestWeeks) =>
    `截至 ${at}，從第一筆到最後一筆訂單所在的週；再次${glossary.createButton}即可加入之後各週的訂單。` +
    (latestWeeks ? `僅顯示最近 ${latestWeeks} 週。` : ""),
  weeksChartTitle: "每週訂單",
  cohortsTitle: "依首購月份的留存：每月新客戶中再次下單的比例",
  cohortColumns: {
    start: "首單月份",
    customers: "客戶數",
    month: (month) => (month === 0 ? "第 0 月" : `第 ${month} 月`),
  },
  cohortsNote: (at, customers, shown) =>
    `於 ${at} 根據 ${customers} 位客戶的訂單計算：每列是首單落在該月的客戶，每格是其中在之後第幾個月下單的比例（第 0 月為全部客戶）；空格表示訂單尚未涵蓋的月份。再次${glossary.createButton}即可更新。` +
    (shown.cohorts ? `僅顯示最近 ${shown.cohorts} 個月的客群。` : "") +
    (shown.months ? `僅顯示首單後的前 ${shown.months} 個月。` : ""),

  codeAuditTitle: "可疑的折扣碼訂單",
  codeAuditNote: (at) =>
    `於 ${at} 計算。創作者折扣碼上的訂單在以下情況視為可疑：下單客戶就是創作者本人（與貼文提供的電郵、電話或姓名相同）；同一客戶的訂單數與佔該碼訂單的比例均達到下方門檻；該碼的訂單數超過下方的每次曝光訂單數（折扣碼外流）；下單早於創作者的第一則貼文；或該碼不屬於貼文中的任何創作者。可疑訂單仍計入上方所有數字；排行榜另列各創作者剔除可疑訂單後的 ROI。此為數值而非公式：在工作窗格或報告選項中修改門檻後，再次${glossary.createButton}即可更新。`,
  codeAuditLine: ({ orders, flagged, codes, roi }) => {
    if (flagged === 0) return `折扣碼上的 ${orders} 筆訂單均無可疑。`;
    const change = roi ? `剔除後 ROI 為 ${roi.without}，而非 ${roi.with}。` : "";
    return `折扣碼上的 ${orders} 筆訂單中有 ${flagged} 筆可疑：${codes.join("；")}。${change}`;
  },
  codeAuditCode: (code, creator, flags) =>
    `${code}${creator ? `（${creator}）` : ""}：${flags.join("，")}`,
  codeAuditMoreCodes: (codes) => `另有 ${codes} 個折扣碼`,
  codeFlags: {
    self: (orders) => `${orders} 筆由創作者本人下單`,
    concentration: (orders) => `${orders} 筆來自同一客戶`,
    reach: (orders) => `${orders} 筆超出創作者的觸及`,
    "before-post": (orders) => `${orders} 筆早於第一則貼文`,
    "unknown-code": (orders) => `${orders} 筆使用不屬於任何創作者的碼`,
  },
  codeThresholds: {
    minOrders: "同一客戶在一個碼上的訂單，至少",
    minShare: "……且佔該碼訂單的比例，至少",
    maxOrdersPerImpression: "一個碼每次曝光的訂單數，至多",
  },
  codeAuditColumns: {
    code: "折扣碼",
    creator: "創作者",
    orders: "訂單",
    flagged: "可疑",
    self: "創作者本人",
    concentration: "同一客戶",
    reach: "超出觸及",
    "before-post": "早於首則貼文",
    "unknown-code": "無主折扣碼",
    flaggedRevenue: "可疑銷售額",
  },
  codeAuditMore: (shown, codes) => `${codes} 個折扣碼中僅列出可疑訂單最多的 ${shown} 個。`,

  repeatRateNote: (at, customers, repeaters) =>
    `於 ${at} 根據 ${customers} 位客戶計算，其中 ${repeaters} 位下單兩次或以上。此為數值而非公式：再次${glossary.createButton}即可更新。`,
  surveyNpsNote: (at, answers) =>
    `於 ${at} 根據 ${answers} 個回答計算。評分欄以文字記錄回答（如 "10 - Extremely likely"），依 ${functions.nps} 的規則讀取；Excel 的 COUNTIFS 無法計數文字，因此這是數值而非公式：再次${glossary.createButton}即可更新。`,
};

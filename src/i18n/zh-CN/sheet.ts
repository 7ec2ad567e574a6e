/** Every text the summary sheet shows, in 简体中文. */
import { NPS_BENCHMARKS } from "../../kpi/benchmarks";
import { SHEET_FUNCTION_NAMES } from "../function-names";
import type { SheetWords } from "../sheet-words";
import { glossary } from "./glossary";

const functions = SHEET_FUNCTION_NAMES["zh-CN"];

export const sheet: SheetWords = {
  title: glossary.title,
  sheetName: glossary.sheetName,
  refreshStopped: "不完整：上次刷新此汇总时中途停止。请在 WOM KPIs 窗格中点击“刷新”重新写入。",
  campaign: "活动",
  dataSources: "数据",
  sourceKinds: { posts: "帖子", mentions: "提及", orders: "订单" },
  tableSource: (table, address) => `表格 ${table}（${address}）`,
  usedRowsSource: (address, original) => `${address}，即 ${original} 中采用的行`,
  usedRowsSheet: (source) => `${source}（采用的行）`,
  labelledSheet: (source) => `${source}（自动标注）`,
  commentLabels: { label: "情感（自动）", score: "情感得分", why: "决定标签的词" },
  labelledSource: (where) => `${where}；情感由加载项根据评论内容自动标注`,
  automaticFigure: (figure) => `${figure}（自动标注）`,
  automaticNote: (ownWords) =>
    `根据评论内容自动标注：按加载项的词库${ownWords > 0 ? `和您的 ${ownWords} 个词` : ""}为每条评论的用词计分（见 ${functions.sentiment} 的帮助）。反讽和行业用语可能被误读：请在自动标注的工作表上查看决定每个标签的词。如需更正，请在数据源中加入情感列（它始终优先），或在词库中加入您自己的词。`,
  campaignSheet: (campaign) => `${campaign} 汇总`,
  rowsUsed: (seen, used) => `标题行以外共 ${seen} 行：使用 ${used} 行`,
  rowsLeftOut: (parts) => `；未使用：${parts.join("、")}`,
  leftOut: {
    aboveHeader: (n) => `标题行上方的标题或说明 ${n} 行`,
    blank: (n) => `空行 ${n} 行`,
    extraHeaderRows: (n) => `附加标题行 ${n} 行`,
    totals: (n) => `合计行 ${n} 行`,
    lineItems: (n) => `已计订单的其余商品明细 ${n} 行`,
    duplicates: (n) => `重复的订单 ${n} 个（只计一次）`,
    voided: (n) => `已作废的订单 ${n} 个`,
    cancelled: (n) => `已取消的订单 ${n} 个`,
    refunded: (n) => `已退款的订单 ${n} 个`,
    skippedAnswers: (n) => `未回答 0-10 分问题的答卷 ${n} 份`,
    notRated: (n) => `没有情感标签的提及 ${n} 条`,
    noText: (n) => `没有评论内容的提及 ${n} 条`,
  },
  createdAt: "生成时间",
  assumptions: "假设（修改后各项数字随之更新）",
  cpm: "CPM（每千次曝光成本）",
  windowDays: "归因窗口（首次曝光后的天数）",
  emvAsReturn: "EMV 计入回报（TRUE/FALSE）",
  staffHours: "活动投入的人力工时（小时）",
  hourlyRate: "每小时人力成本",
  tiers: {
    apex: "塔尖：值不值？",
    action: "转化：买了吗？",
    sentiment: "情感：喜欢吗？",
    volume: "声量：多少人听说了？",
  },
  notMeasured: {
    apex: "ROI 需要成本（帖子）和销售额（订单）。",
    action: "添加订单数据以衡量这一层。",
    sentiment: "添加带情感标签、评论内容或调研评分的提及数据。",
    volume: "添加含曝光、转发、评论或点赞的帖子数据。",
  },
  figures: {
    impressions: "曝光量",
    engagements: "互动量",
    engagementRate: "互动率",
    emv: "EMV（等效广告价值）",
    costPerEngagement: "单次互动成本（CPE）",
    costPerView: "单次曝光成本（CPV）",
    positive: "正面提及",
    neutral: "中性提及",
    negative: "负面提及",
    socialNps: "社交媒体 NPS",
    socialNpsMoe: "社交媒体 NPS 误差范围（±，95%）",
    nps: "NPS（调研）",
    npsMoe: "NPS 误差范围（±，95%）",
    orders: "订单数",
    ordersByCode: "使用优惠码的订单",
    ordersByUtm: "经 UTM 链接的订单",
    attributedOrders: "归因窗口内的订单",
    revenue: "销售额",
    cost: "成本",
    staffCost: "人力成本（已计入成本）",
    costPerOrder: "每单成本",
    roi: "ROI",
    roiWithEmv: "计入 EMV 的 ROI",
    repeatRate: "复购率",
  },
  figureNotes: {
    staffCost:
      "工时 × 每小时人力成本，取自上方假设：计入成本，ROI 和各项单位成本都包含团队的工作。博主各行只计其费用。",
    costPerEngagement: "成本 / 互动量。",
    costPerView: "成本 / 曝光量：每次曝光的成本。",
    engagements: "转发 + 评论 + 点赞。",
    emv: "EMV 价值表中 EMV 一列之和：各平台曝光量 / 1000 × CPM，加上每种互动 × 其单价。EMV 没有行业标准，单价均为假设。",
    socialNps: "（正面 − 负面）/（正面 + 负面）× 100，不计中性提及，与 Talkwalker 的净情感一致。",
    socialNpsMoe:
      "把正面提及当作推荐者、负面提及当作贬损者、n = 正面 + 负面时的 NPS 误差范围（Wald，95%）。提及并非随机样本，仅供参考。",
    npsMoe: "95% 置信度下 z × √((p + d − (p − d)²) / n) × 100（Wald）。",
    attributedOrders: "下单日期在客户首次曝光后 0 至 N 天内的订单，N 为上方的归因窗口。",
    roi: "（销售额 − 成本）/ 成本。",
    roiWithEmv: "（销售额 + EMV − 成本）/ 成本。仅当 EMV 计入回报时显示。",
  },
  retention: "留存",
  leaderboard: "博主（KOC/KOL）排行，按 ROI",
  leaderboardColumns: {
    name: "博主",
    code: "优惠码",
    posts: "帖子",
    impressions: "曝光量",
    emv: "EMV",
    cost: "成本",
    costPerEngagement: "单次互动成本",
    costPerView: "单次曝光成本",
    orders: "订单",
    revenue: "销售额",
    roi: "ROI",
    doubtful: "可疑订单",
    doubtfulRevenue: "其销售额",
    roiWithout: "剔除后 ROI",
  },
  funnel: "漏斗",
  chartTitle: "从曝光到订单",
  benchmarkAverage: `全球平均 NPS（${NPS_BENCHMARKS.source}）`,
  benchmarkTopQuartile: `前四分之一 NPS（${NPS_BENCHMARKS.source}）`,
  standing: {
    nps: "调研 NPS 与基准相比",
    socialNps: "社交媒体 NPS 与基准相比",
  },
  standings: {
    topQuartile: "位于前四分之一",
    aboveAverage: "达到或高于全球平均",
    belowAverage: "低于全球平均",
  },
  benchmarkNote: `${NPS_BENCHMARKS.source}：全球平均 NPS 为 ${NPS_BENCHMARKS.average}，${NPS_BENCHMARKS.topQuartile} 及以上为前四分之一。各行业、地区的平均值不同。`,
  socialBenchmarkNote: "这些基准针对调研 NPS；社交媒体 NPS 不计中性提及，通常更高，比较时请谨慎。",
  standingNote: "仅按分数本身判断：若误差范围跨过某个基准，数据无法确定真实分数位于哪一侧。",
  rateCardTitle: "EMV 价值表（假设：EMV 没有行业标准）",
  rateCardNote:
    "EMV 没有行业标准，这些单价都是假设。请换成您自己的单价（在该平台买同样的曝光和互动要花多少钱）：EMV、计入 EMV 的 ROI 和各博主的 EMV 随之更新。",
  rateCardColumns: {
    channel: "平台",
    cpm: "CPM（每千次曝光）",
    perRepost: "每次转发",
    perComment: "每条评论",
    perLike: "每个点赞",
    emv: "EMV",
  },
  otherChannels: "其他平台",
  allPosts: "全部帖子",

  weeksTitle: "每周转化（ISO 周，周一起）",
  weekColumns: {
    week: "ISO 周",
    weekStart: "周起始日",
    orders: "订单",
    revenue: "销售额",
    attributedOrders: "归因窗口内的订单",
  },
  weeksNote: (at, latestWeeks) =>
    `截至 ${at}，从第一笔到最后一笔订单所在的周；再次${glossary.createButton}即可加入之后各周的订单。` +
    (latestWeeks ? `仅显示最近 ${latestWeeks} 周。` : ""),
  weeksChartTitle: "每周订单",
  cohortsTitle: "按首购月份的留存：每月新客户中再次下单的比例",
  cohortColumns: {
    start: "首单月份",
    customers: "客户数",
    month: (month) => (month === 0 ? "第 0 月" : `第 ${month} 月`),
  },
  cohortsNote: (at, customers, shown) =>
    `于 ${at} 根据 ${customers} 位客户的订单计算：每行是首单落在该月的客户，每格是其中在之后第几个月下单的比例（第 0 月为全部客户）；空格表示订单尚未覆盖的月份。再次${glossary.createButton}即可更新。` +
    (shown.cohorts ? `仅显示最近 ${shown.cohorts} 个月的客户群。` : "") +
    (shown.months ? `仅显示首单后的前 ${shown.months} 个月。` : ""),

  codeAuditTitle: "可疑的优惠码订单",
  codeAuditNote: (at) =>
    `于 ${at} 计算。博主优惠码上的订单在以下情况视为可疑：下单客户就是博主本人（与帖子给出的邮箱、电话或姓名相同）；同一客户的订单数与占该码订单的比例均达到下方阈值；该码的订单数超过下方的每次曝光订单数（优惠码外泄）；下单早于博主的首条帖子；或该码不属于帖子中的任何博主。可疑订单仍计入上方所有数字；排行榜另列各博主剔除可疑订单后的 ROI。此为数值而非公式：在任务窗格或报告选项中修改阈值后，再次${glossary.createButton}即可更新。`,
  codeAuditLine: ({ orders, flagged, codes, roi }) => {
    if (flagged === 0) return `优惠码上的 ${orders} 笔订单均无可疑。`;
    const change = roi ? `剔除后 ROI 为 ${roi.without}，而非 ${roi.with}。` : "";
    return `优惠码上的 ${orders} 笔订单中有 ${flagged} 笔可疑：${codes.join("；")}。${change}`;
  },
  codeAuditCode: (code, creator, flags) =>
    `${code}${creator ? `（${creator}）` : ""}：${flags.join("，")}`,
  codeAuditMoreCodes: (codes) => `另有 ${codes} 个优惠码`,
  codeFlags: {
    self: (orders) => `${orders} 笔由博主本人下单`,
    concentration: (orders) => `${orders} 笔来自同一客户`,
    reach: (orders) => `${orders} 笔超出博主的触达`,
    "before-post": (orders) => `${orders} 笔早于首条帖子`,
    "unknown-code": (orders) => `${orders} 笔使用不属于任何博主的码`,
  },
  codeThresholds: {
    minOrders: "同一客户在一个码上的订单，至少",
    minShare: "……且占该码订单的比例，至少",
    maxOrdersPerImpression: "一个码每次曝光的订单数，至多",
  },
  codeAuditColumns: {
    code: "优惠码",
    creator: "博主",
    orders: "订单",
    flagged: "可疑",
    self: "博主本人",
    concentration: "同一客户",
    reach: "超出触达",
    "before-post": "早于首帖",
    "unknown-code": "无主优惠码",
    flaggedRevenue: "可疑销售额",
  },
  codeAuditMore: (shown, codes) => `${codes} 个优惠码中仅列出可疑订单最多的 ${shown} 个。`,

  repeatRateNote: (at, customers, repeaters) =>
    `于 ${at} 根据 ${customers} 位客户计算，其中 ${repeaters} 位下单两次或以上。此为数值而非公式：再次${glossary.createButton}即可更新。`,
  surveyNpsNote: (at, answers) =>
    `于 ${at} 根据 ${answers} 个回答计算。评分列以文字记录回答（如 "10 - Extremely likely"），按 ${functions.nps} 的规则读取；Excel 的 COUNTIFS 无法计数文字，因此这是数值而非公式：再次${glossary.createButton}即可更新。`,
};

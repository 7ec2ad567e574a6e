/** Every text the summary sheet shows, in English, 简体中文 and 繁體中文. */
import { Locale } from "../cells/messages";
import { CalculatedFigure } from "./availability";
import { NPS_BENCHMARKS, NpsStanding } from "../kpi/benchmarks";
import { LeaderboardColumn } from "./plan";
import { RateCardLabels, rateCardLabels, WeekLabels, weekLabels } from "./table-labels";
import { ValueNoteLabels, valueNoteLabels } from "./value-notes";
import { SourceKind } from "./source";

/** The pyramid's layers, apex first. */
export type Tier = "apex" | "action" | "sentiment" | "volume";

/** The texts of the NPS benchmark band. */
export interface BenchmarkLabels {
  benchmarkAverage: string;
  benchmarkTopQuartile: string;
  /** The row saying where the score stands, for a survey NPS or a social NPS. */
  standing: Record<"nps" | "socialNps", string>;
  standings: Record<NpsStanding, string>;
  benchmarkNote: string;
  /** Added to the note when the score compared is a social NPS. */
  socialBenchmarkNote: string;
  standingNote: string;
}

/** The texts of one language. */
export interface SummaryLabels
  extends BenchmarkLabels, RateCardLabels, WeekLabels, ValueNoteLabels {
  title: string;
  campaign: string;
  dataSources: string;
  sourceKinds: Record<SourceKind, string>;
  tableSource: (table: string, address: string) => string;
  createdAt: string;
  assumptions: string;
  cpm: string;
  windowDays: string;
  emvAsReturn: string;
  tiers: Record<Tier, string>;
  notMeasured: Record<Tier, string>;
  figures: Record<CalculatedFigure, string>;
  figureNotes: Partial<Record<CalculatedFigure, string>>;
  retention: string;
  leaderboard: string;
  leaderboardColumns: Record<LeaderboardColumn, string>;
  funnel: string;
  chartTitle: string;
}

const english: SummaryLabels = {
  title: "Campaign summary",
  campaign: "Campaign",
  dataSources: "Data",
  sourceKinds: { posts: "Posts", mentions: "Mentions", orders: "Orders" },
  tableSource: (table, address) => `table ${table} (${address})`,
  createdAt: "Created",
  assumptions: "Assumptions (change them and the figures follow)",
  cpm: "CPM (cost per 1,000 impressions)",
  windowDays: "Attribution window (days after first exposure)",
  emvAsReturn: "Count EMV as return (TRUE/FALSE)",
  tiers: {
    apex: "Apex: was it worth it?",
    action: "Action: did they buy?",
    sentiment: "Sentiment: did they like it?",
    volume: "Volume: how many heard it?",
  },
  notMeasured: {
    apex: "ROI needs cost (posts) and revenue (orders).",
    action: "Add an orders source to measure this layer.",
    sentiment: "Add a mentions source with sentiment labels or survey scores.",
    volume: "Add a posts source with impressions, reposts, comments or likes.",
  },
  figures: {
    impressions: "Impressions",
    engagements: "Engagements",
    engagementRate: "Engagement rate",
    emv: "EMV (earned media value)",
    positive: "Positive mentions",
    neutral: "Neutral mentions",
    negative: "Negative mentions",
    socialNps: "Social NPS",
    socialNpsMoe: "Social NPS margin of error (±, 95 %)",
    nps: "NPS (survey)",
    npsMoe: "NPS margin of error (±, 95 %)",
    orders: "Orders",
    ordersByCode: "Orders with a discount code",
    ordersByUtm: "Orders via UTM links",
    attributedOrders: "Orders within the attribution window",
    revenue: "Revenue",
    cost: "Cost",
    costPerOrder: "Cost per order",
    roi: "ROI",
    roiWithEmv: "ROI counting EMV as return",
    repeatRate: "Repeat purchase rate",
  },
  figureNotes: {
    engagements: "Reposts + comments + likes.",
    emv: "The rate card's EMV column added up: per channel, impressions / 1,000 × CPM plus each action × its value. EMV has no industry standard: the rates are assumptions.",
    socialNps:
      "(positive − negative) / (positive + negative) × 100. Neutral mentions are left out, as in Talkwalker's net sentiment.",
    socialNpsMoe:
      "The NPS margin of error (Wald, 95 %) with positive mentions as promoters, negative as detractors and n = positive + negative. Mentions are not a random sample: read it as a guide.",
    npsMoe: "z × √((p + d − (p − d)²) / n) × 100 at 95 % confidence (Wald).",
    attributedOrders:
      "Orders dated 0 to N days after the customer's first exposure; N is the window above.",
    roi: "(revenue − cost) / cost.",
    roiWithEmv: "(revenue + EMV − cost) / cost. Blank unless EMV counts as return.",
  },
  retention: "Retention",
  leaderboard: "Creators (KOC/KOL), by ROI",
  leaderboardColumns: {
    name: "Creator",
    code: "Discount code",
    posts: "Posts",
    impressions: "Impressions",
    emv: "EMV",
    cost: "Cost",
    orders: "Orders",
    revenue: "Revenue",
    roi: "ROI",
  },
  funnel: "Funnel",
  chartTitle: "From reach to orders",
  benchmarkAverage: `Global average NPS (${NPS_BENCHMARKS.source})`,
  benchmarkTopQuartile: `Top-quartile NPS (${NPS_BENCHMARKS.source})`,
  standing: {
    nps: "Survey NPS against the benchmarks",
    socialNps: "Social NPS against the benchmarks",
  },
  standings: {
    topQuartile: "In the top quartile",
    aboveAverage: "At or above the global average",
    belowAverage: "Below the global average",
  },
  benchmarkNote: `${NPS_BENCHMARKS.source}: the global average NPS is ${NPS_BENCHMARKS.average}, and ${NPS_BENCHMARKS.topQuartile} or more is the top quartile. Averages differ by industry and region.`,
  socialBenchmarkNote:
    "These benchmarks are for survey NPS; social NPS leaves neutral mentions out and usually runs higher, so compare with care.",
  standingNote:
    "By the score itself: where the margin of error reaches across a benchmark, the data cannot tell which side the true score is on.",
  ...rateCardLabels("en"),
  ...weekLabels("en"),
  ...valueNoteLabels("en"),
};

function chinese(locale: "zh-CN" | "zh-TW"): SummaryLabels {
  const t = (simplified: string, traditional: string) =>
    locale === "zh-CN" ? simplified : traditional;
  return {
    title: t("活动总结", "活動總結"),
    campaign: t("活动", "活動"),
    dataSources: t("数据", "資料"),
    sourceKinds: { posts: t("帖子", "貼文"), mentions: "提及", orders: t("订单", "訂單") },
    tableSource: (table, address) => `${t("表格", "表格")} ${table}（${address}）`,
    createdAt: t("生成时间", "建立時間"),
    assumptions: t("假设（修改后各项数字随之更新）", "假設（修改後各項數字隨之更新）"),
    cpm: t("CPM（每千次曝光成本）", "CPM（每千次曝光成本）"),
    windowDays: t("归因窗口（首次曝光后的天数）", "歸因窗口（首次曝光後的天數）"),
    emvAsReturn: t("EMV 计入回报（TRUE/FALSE）", "EMV 計入回報（TRUE/FALSE）"),
    tiers: {
      apex: t("塔尖：值不值？", "塔尖：值不值得？"),
      action: t("转化：买了吗？", "轉化：買了嗎？"),
      sentiment: t("情感：喜欢吗？", "情感：喜歡嗎？"),
      volume: t("声量：多少人听说了？", "聲量：多少人聽說了？"),
    },
    notMeasured: {
      apex: t("ROI 需要成本（帖子）和销售额（订单）。", "ROI 需要成本（貼文）和銷售額（訂單）。"),
      action: t("添加订单数据以衡量这一层。", "加入訂單資料以衡量這一層。"),
      sentiment: t("添加带情感标签或调研评分的提及数据。", "加入含情感標籤或調查評分的提及資料。"),
      volume: t(
        "添加含曝光、转发、评论或点赞的帖子数据。",
        "加入含曝光、轉發、評論或按讚的貼文資料。"
      ),
    },
    figures: {
      impressions: t("曝光量", "曝光量"),
      engagements: t("互动量", "互動量"),
      engagementRate: t("互动率", "互動率"),
      emv: t("EMV（等效广告价值）", "EMV（等效廣告價值）"),
      positive: "正面提及",
      neutral: "中性提及",
      negative: t("负面提及", "負面提及"),
      socialNps: t("社交媒体 NPS", "社群媒體 NPS"),
      socialNpsMoe: t("社交媒体 NPS 误差范围（±，95%）", "社群媒體 NPS 誤差範圍（±，95%）"),
      nps: t("NPS（调研）", "NPS（調查）"),
      npsMoe: t("NPS 误差范围（±，95%）", "NPS 誤差範圍（±，95%）"),
      orders: t("订单数", "訂單數"),
      ordersByCode: t("使用优惠码的订单", "使用折扣碼的訂單"),
      ordersByUtm: t("经 UTM 链接的订单", "經 UTM 連結的訂單"),
      attributedOrders: t("归因窗口内的订单", "歸因窗口內的訂單"),
      revenue: t("销售额", "銷售額"),
      cost: "成本",
      costPerOrder: t("每单成本", "每單成本"),
      roi: "ROI",
      roiWithEmv: t("计入 EMV 的 ROI", "計入 EMV 的 ROI"),
      repeatRate: t("复购率", "回購率"),
    },
    figureNotes: {
      engagements: t("转发 + 评论 + 点赞。", "轉發 + 評論 + 按讚。"),
      emv: t(
        "EMV 价值表中 EMV 一列之和：各平台曝光量 / 1000 × CPM，加上每种互动 × 其单价。EMV 没有行业标准，单价均为假设。",
        "EMV 價值表中 EMV 一欄之和：各平台曝光量 / 1000 × CPM，加上每種互動 × 其單價。EMV 沒有業界標準，單價皆為假設。"
      ),
      socialNps: t(
        "（正面 − 负面）/（正面 + 负面）× 100，不计中性提及，与 Talkwalker 的净情感一致。",
        "（正面 − 負面）/（正面 + 負面）× 100，不計中性提及，與 Talkwalker 的淨情感一致。"
      ),
      socialNpsMoe: t(
        "把正面提及当作推荐者、负面提及当作贬损者、n = 正面 + 负面时的 NPS 误差范围（Wald，95%）。提及并非随机样本，仅供参考。",
        "把正面提及當作推薦者、負面提及當作貶損者、n = 正面 + 負面時的 NPS 誤差範圍（Wald，95%）。提及並非隨機樣本，僅供參考。"
      ),
      npsMoe: t(
        "95% 置信度下 z × √((p + d − (p − d)²) / n) × 100（Wald）。",
        "95% 信賴水準下 z × √((p + d − (p − d)²) / n) × 100（Wald）。"
      ),
      attributedOrders: t(
        "下单日期在客户首次曝光后 0 至 N 天内的订单，N 为上方的归因窗口。",
        "下單日期在客戶首次曝光後 0 至 N 天內的訂單，N 為上方的歸因窗口。"
      ),
      roi: t("（销售额 − 成本）/ 成本。", "（銷售額 − 成本）/ 成本。"),
      roiWithEmv: t(
        "（销售额 + EMV − 成本）/ 成本。仅当 EMV 计入回报时显示。",
        "（銷售額 + EMV − 成本）/ 成本。僅當 EMV 計入回報時顯示。"
      ),
    },
    retention: t("留存", "留存"),
    leaderboard: t("博主（KOC/KOL）排行，按 ROI", "創作者（KOC/KOL）排行，依 ROI"),
    leaderboardColumns: {
      name: t("博主", "創作者"),
      code: t("优惠码", "折扣碼"),
      posts: t("帖子", "貼文"),
      impressions: "曝光量",
      emv: "EMV",
      cost: "成本",
      orders: t("订单", "訂單"),
      revenue: t("销售额", "銷售額"),
      roi: "ROI",
    },
    funnel: t("漏斗", "漏斗"),
    chartTitle: t("从曝光到订单", "從曝光到訂單"),
    benchmarkAverage: t("全球平均 NPS", "全球平均 NPS") + `（${NPS_BENCHMARKS.source}）`,
    benchmarkTopQuartile: t("前四分之一 NPS", "前四分之一 NPS") + `（${NPS_BENCHMARKS.source}）`,
    standing: {
      nps: t("调研 NPS 与基准相比", "調查 NPS 與基準相比"),
      socialNps: t("社交媒体 NPS 与基准相比", "社群媒體 NPS 與基準相比"),
    },
    standings: {
      topQuartile: t("位于前四分之一", "位於前四分之一"),
      aboveAverage: t("达到或高于全球平均", "達到或高於全球平均"),
      belowAverage: t("低于全球平均", "低於全球平均"),
    },
    benchmarkNote:
      `${NPS_BENCHMARKS.source}：` +
      t(
        `全球平均 NPS 为 ${NPS_BENCHMARKS.average}，${NPS_BENCHMARKS.topQuartile} 及以上为前四分之一。各行业、地区的平均值不同。`,
        `全球平均 NPS 為 ${NPS_BENCHMARKS.average}，${NPS_BENCHMARKS.topQuartile} 以上為前四分之一。各產業、地區的平均值不同。`
      ),
    socialBenchmarkNote: t(
      "这些基准针对调研 NPS；社交媒体 NPS 不计中性提及，通常更高，比较时请谨慎。",
      "這些基準針對調查 NPS；社群媒體 NPS 不計中性提及，通常較高，比較時請謹慎。"
    ),
    standingNote: t(
      "仅按分数本身判断：若误差范围跨过某个基准，数据无法确定真实分数位于哪一侧。",
      "僅依分數本身判斷：若誤差範圍跨過某個基準，資料無法確定真實分數位於哪一側。"
    ),
    ...rateCardLabels(locale),
    ...weekLabels(locale),
    ...valueNoteLabels(locale),
  };
}

const LABELS: Record<Locale, SummaryLabels> = {
  en: english,
  "zh-CN": chinese("zh-CN"),
  "zh-TW": chinese("zh-TW"),
};

/** The summary sheet's texts in a language. */
export function summaryLabels(locale: Locale): SummaryLabels {
  return LABELS[locale];
}

/** The measures each kind of source offers, what kind of value each holds, and their names. */
import { Locale } from "../cells/messages";
import { Measure, SourceKind } from "./source";

/** The measures the pane offers for each kind of source, in the order its drop-downs list them. */
export const MEASURES_BY_KIND: Record<SourceKind, Measure[]> = {
  posts: ["creator", "channel", "impressions", "reposts", "comments", "likes", "cost", "code"],
  mentions: ["sentiment", "positive", "neutral", "negative", "score"],
  orders: ["customer", "orderDate", "revenue", "code", "utm", "exposureDate"],
};

/** Measures summed as counts: whole numbers of zero or more. */
export const COUNT_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  "impressions",
  "reposts",
  "comments",
  "likes",
  "positive",
  "neutral",
  "negative",
]);

/** Measures holding money. */
const MONEY_MEASURES: ReadonlySet<Measure> = new Set<Measure>(["cost", "revenue"]);

/** Measures holding dates. */
export const DATE_MEASURES: ReadonlySet<Measure> = new Set<Measure>(["orderDate", "exposureDate"]);

/** True when a measure's cells must be numbers for the sheet's SUM and COUNTIFS to see them. */
export function isNumericMeasure(measure: Measure): boolean {
  return COUNT_MEASURES.has(measure) || MONEY_MEASURES.has(measure) || measure === "score";
}

const NAMES: Record<Measure, [string, string, string]> = {
  creator: ["Creator (KOC/KOL)", "博主（KOC/KOL）", "創作者（KOC/KOL）"],
  channel: ["Channel", "平台", "平台"],
  impressions: ["Impressions", "曝光量", "曝光量"],
  reposts: ["Reposts", "转发", "轉發"],
  comments: ["Comments", "评论", "評論"],
  likes: ["Likes", "点赞", "按讚"],
  cost: ["Cost", "成本", "成本"],
  code: ["Discount code", "优惠码", "折扣碼"],
  sentiment: ["Sentiment label", "情感标签", "情感標籤"],
  positive: ["Positive mentions", "正面提及", "正面提及"],
  neutral: ["Neutral mentions", "中性提及", "中性提及"],
  negative: ["Negative mentions", "负面提及", "負面提及"],
  score: ["Survey score (0-10)", "评分（0-10）", "評分（0-10）"],
  customer: ["Customer ID", "客户编号", "客戶編號"],
  orderDate: ["Order date", "下单日期", "訂單日期"],
  revenue: ["Revenue", "销售额", "銷售額"],
  utm: ["UTM source", "UTM 来源", "UTM 來源"],
  exposureDate: ["First exposure date", "首次曝光日期", "首次曝光日期"],
};

const LOCALE_INDEX: Record<Locale, number> = { en: 0, "zh-CN": 1, "zh-TW": 2 };

/** The name of a measure in the pane's language. */
export function measureLabel(measure: Measure, locale: Locale): string {
  return NAMES[measure][LOCALE_INDEX[locale]];
}

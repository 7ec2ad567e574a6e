/** The texts of the summary's EMV rate card and its action layer per week, in three languages. */
import { Locale } from "../cells/messages";
import { RateCardColumn, WeekColumn } from "./plan";
import { MAX_WEEKS } from "./weeks";

/** The rate card's texts. */
export interface RateCardLabels {
  rateCardTitle: string;
  rateCardNote: string;
  rateCardColumns: Record<RateCardColumn, string>;
  /** The last row of a card that lists channels. */
  otherChannels: string;
  /** The only row of a card when the posts name no channel. */
  allPosts: string;
}

/** The texts of the action layer per week. */
export interface WeekLabels {
  weeksTitle: string;
  weekColumns: Record<WeekColumn, string>;
  weeksNote: (computedAt: string, capped: boolean) => string;
  weeksChartTitle: string;
}

const ENGLISH_CARD: RateCardLabels = {
  rateCardTitle: "EMV rate card (assumptions: EMV has no industry standard)",
  rateCardNote:
    "EMV has no industry standard, so these rates are assumptions. Replace them with your own (what 1,000 impressions and each action would cost as paid media on the channel): EMV, ROI with EMV and every creator's EMV follow.",
  rateCardColumns: {
    channel: "Channel",
    cpm: "CPM (per 1,000 impressions)",
    perRepost: "Per repost",
    perComment: "Per comment",
    perLike: "Per like",
    emv: "EMV",
  },
  otherChannels: "Other channels",
  allPosts: "All posts",
};

const ENGLISH_WEEKS: WeekLabels = {
  weeksTitle: "Action per week (ISO weeks, from Monday)",
  weekColumns: {
    week: "ISO week",
    weekStart: "Week from",
    orders: "Orders",
    revenue: "Revenue",
    attributedOrders: "Orders within the window",
  },
  weeksNote: (at, capped) =>
    `Weeks from the first to the last order's week as of ${at}; run the summary again to add weeks with later orders.` +
    (capped ? ` Only the latest ${MAX_WEEKS} weeks are shown.` : ""),
  weeksChartTitle: "Orders per week",
};

type Chinese = "zh-CN" | "zh-TW";

function chineseCard(t: (simplified: string, traditional: string) => string): RateCardLabels {
  return {
    rateCardTitle: t(
      "EMV 价值表（假设：EMV 没有行业标准）",
      "EMV 價值表（假設：EMV 沒有業界標準）"
    ),
    rateCardNote: t(
      "EMV 没有行业标准，这些单价都是假设。请换成您自己的单价（在该平台买同样的曝光和互动要花多少钱）：EMV、计入 EMV 的 ROI 和各博主的 EMV 随之更新。",
      "EMV 沒有業界標準，這些單價都是假設。請換成您自己的單價（在該平台買同樣的曝光和互動要花多少錢）：EMV、計入 EMV 的 ROI 和各創作者的 EMV 隨之更新。"
    ),
    rateCardColumns: {
      channel: "平台",
      cpm: t("CPM（每千次曝光）", "CPM（每千次曝光）"),
      perRepost: t("每次转发", "每次轉發"),
      perComment: t("每条评论", "每則評論"),
      perLike: t("每个点赞", "每個按讚"),
      emv: "EMV",
    },
    otherChannels: t("其他平台", "其他平台"),
    allPosts: t("全部帖子", "全部貼文"),
  };
}

function chineseWeeks(t: (simplified: string, traditional: string) => string): WeekLabels {
  return {
    weeksTitle: t("每周转化（ISO 周，周一起）", "每週轉化（ISO 週，週一起）"),
    weekColumns: {
      week: t("ISO 周", "ISO 週"),
      weekStart: t("周起始日", "週起始日"),
      orders: t("订单", "訂單"),
      revenue: t("销售额", "銷售額"),
      attributedOrders: t("归因窗口内的订单", "歸因窗口內的訂單"),
    },
    weeksNote: (at, capped) =>
      t(
        `截至 ${at}，从第一笔到最后一笔订单所在的周；再次生成总结即可加入之后各周的订单。`,
        `截至 ${at}，從第一筆到最後一筆訂單所在的週；再次產生總結即可加入之後各週的訂單。`
      ) + (capped ? t(`仅显示最近 ${MAX_WEEKS} 周。`, `僅顯示最近 ${MAX_WEEKS} 週。`) : ""),
    weeksChartTitle: t("每周订单", "每週訂單"),
  };
}

const translate = (locale: Chinese) => (simplified: string, traditional: string) =>
  locale === "zh-CN" ? simplified : traditional;

/** The rate card's texts in a language. */
export function rateCardLabels(locale: Locale): RateCardLabels {
  return locale === "en" ? ENGLISH_CARD : chineseCard(translate(locale));
}

/** The texts of the action layer per week in a language. */
export function weekLabels(locale: Locale): WeekLabels {
  return locale === "en" ? ENGLISH_WEEKS : chineseWeeks(translate(locale));
}

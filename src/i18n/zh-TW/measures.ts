/** The name of each measure, as the pane's drop-downs and the messages show it, in 繁體中文. */
import type { Measure } from "../../summary/model/measures";

export const measures: Record<Measure, string> = {
  creator: "創作者（KOC/KOL）",
  channel: "平台",
  impressions: "曝光量",
  reposts: "轉發",
  comments: "評論",
  likes: "按讚",
  saves: "收藏",
  cost: "成本",
  code: "折扣碼",
  sentiment: "情感標籤",
  positive: "正面提及",
  neutral: "中性提及",
  negative: "負面提及",
  score: "評分（0-10）",
  orderId: "訂單編號",
  customer: "客戶編號",
  orderDate: "訂單日期",
  revenue: "銷售額",
  utm: "UTM 來源",
  exposureDate: "首次曝光日期",
  status: "訂單狀態",
  cancelledAt: "取消時間",
  refunded: "退款金額",
  lineItem: "商品明細",
};

/** The name of each measure, as the pane's drop-downs and the messages show it, in 简体中文. */
import type { Measure } from "../../summary/model/measures";

export const measures: Record<Measure, string> = {
  creator: "博主（KOC/KOL）",
  channel: "平台",
  impressions: "曝光量",
  reposts: "转发",
  comments: "评论",
  likes: "点赞",
  saves: "收藏",
  cost: "成本",
  code: "优惠码",
  sentiment: "情感标签",
  positive: "正面提及",
  neutral: "中性提及",
  negative: "负面提及",
  score: "评分（0-10）",
  orderId: "订单号",
  customer: "客户编号",
  orderDate: "下单日期",
  revenue: "销售额",
  utm: "UTM 来源",
  exposureDate: "首次曝光日期",
  status: "订单状态",
  cancelledAt: "取消时间",
  refunded: "退款金额",
  lineItem: "商品明细",
};

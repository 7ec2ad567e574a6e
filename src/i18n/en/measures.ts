/** The name of each measure, as the pane's drop-downs and the messages show it, in English. */
import type { Measure } from "../../summary/model/measures";

export const measures: Record<Measure, string> = {
  creator: "Creator (KOC/KOL)",
  channel: "Channel",
  impressions: "Impressions",
  reposts: "Reposts",
  comments: "Comments",
  likes: "Likes",
  saves: "Saves",
  cost: "Cost",
  code: "Discount code",
  sentiment: "Sentiment label",
  positive: "Positive mentions",
  neutral: "Neutral mentions",
  negative: "Negative mentions",
  score: "Survey score (0-10)",
  orderId: "Order ID",
  customer: "Customer ID",
  orderDate: "Order date",
  revenue: "Revenue",
  utm: "UTM source",
  exposureDate: "First exposure date",
  status: "Order status",
  cancelledAt: "Cancelled at",
  refunded: "Refunded amount",
  lineItem: "Line item",
};

/** How the summary sheet looks: a colour per pyramid tier and the number format of each figure. */
import { CalculatedFigure } from "./availability";
import { Tier } from "./labels";
import { CellStyle } from "./plan";

/** Each tier's title fill and body fill; retention sits beside the pyramid in its own colour. */
export const COLOURS: Record<Tier | "retention", { title: string; body: string }> = {
  apex: { title: "#7F6000", body: "#FFE699" },
  action: { title: "#375623", body: "#C6E0B4" },
  sentiment: { title: "#1F4E78", body: "#BDD7EE" },
  volume: { title: "#3A3838", body: "#E7E6E6" },
  retention: { title: "#7030A0", body: "#E4DFEC" },
};

export const COUNT = "#,##0";
export const MONEY = "#,##0.00";
export const RATE = "0.0%";
// Engagement rates are a few per cent: two decimals, as social media reports show them.
export const SMALL_RATE = "0.00%";
export const SCORE = "+0;-0;0";
export const DATE = "yyyy-mm-dd";

/** Each figure's number format. */
export const FIGURE_FORMATS: Record<CalculatedFigure, string> = {
  impressions: COUNT,
  engagements: COUNT,
  engagementRate: SMALL_RATE,
  emv: MONEY,
  positive: COUNT,
  neutral: COUNT,
  negative: COUNT,
  socialNps: SCORE,
  socialNpsMoe: "0.0",
  nps: SCORE,
  npsMoe: "0.0",
  orders: COUNT,
  ordersByCode: COUNT,
  ordersByUtm: COUNT,
  attributedOrders: COUNT,
  revenue: MONEY,
  cost: MONEY,
  costPerOrder: MONEY,
  roi: RATE,
  roiWithEmv: RATE,
  repeatRate: RATE,
};

/** A title bar: white bold text, centred on a fill. */
export const titleStyle = (fill: string): CellStyle => ({
  bold: true,
  fontColor: "#FFFFFF",
  fill,
  horizontalAlignment: "Center",
});

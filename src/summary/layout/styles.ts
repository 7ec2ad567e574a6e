/**
 * How the summary sheet looks, for both writers: a colour per pyramid tier, the look of the input
 * cells and the traffic lights on the leaderboard's ROI. Number formats are in model/formats.ts.
 */
import { Tier } from "../model/figures";
import { CellStyle, TrafficLightRule } from "../model/plan";

/** Each tier's title fill and body fill; retention sits beside the pyramid in its own colour. */
export const COLOURS: Record<Tier | "retention", { title: string; body: string }> = {
  apex: { title: "#7F6000", body: "#FFE699" },
  action: { title: "#375623", body: "#C6E0B4" },
  sentiment: { title: "#1F4E78", body: "#BDD7EE" },
  volume: { title: "#3A3838", body: "#E7E6E6" },
  retention: { title: "#7030A0", body: "#E4DFEC" },
};

/** A title bar: white bold text, centred on a fill. */
export const titleStyle = (fill: string): CellStyle => ({
  bold: true,
  fontColor: "#FFFFFF",
  fill,
  horizontalAlignment: "Center",
});

/** Excel's "Input" cell style, written out so that it looks the same in every language of Excel. */
export const INPUT_LOOK = { fill: "#FFCC99", font: "#3F3F76", border: "#7F7F7F" } as const;

/** The lights of a traffic-light rule. */
export type Light = "red" | "amber" | "green";

/** Excel's own red, amber and green conditional fills and fonts. */
export const TRAFFIC_LIGHTS: Record<Light, { fill: string; font: string }> = {
  red: { fill: "#FFC7CE", font: "#9C0006" },
  amber: { fill: "#FFEB9C", font: "#9C5700" },
  green: { fill: "#C6EFCE", font: "#006100" },
};

/** The values a light covers: from `from` (included) to below `below`; an open side is absent. */
export interface LightBand {
  light: Light;
  from?: number;
  below?: number;
}

/** A rule's lights, green first: red below amberFrom, amber up to greenFrom, green from there. */
export function trafficLightBands(rule: TrafficLightRule): LightBand[] {
  return [
    { light: "green", from: rule.greenFrom },
    { light: "amber", from: rule.amberFrom, below: rule.greenFrom },
    { light: "red", below: rule.amberFrom },
  ];
}

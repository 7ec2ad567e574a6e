// Each function's JSDoc is its help in Excel: custom-functions-metadata-plugin turns it into functions.json.
// Ranges are any[][] (the generator's only type that keeps blanks as blanks); kpi/ checks every cell.
import { Result } from "../cells/problem";
import { isBlank, toDateSerial } from "../cells/values";
import { emvOfRanges } from "../kpi/emv";
import { npsOfRange } from "../kpi/nps";
import { DateWindow, repeatRateOfRanges } from "../kpi/repeat";
import { roiOfRanges } from "../kpi/roi";
import { badArguments, outOfDomain, success } from "../cells/problem";
import { excelNumber } from "./excel-result";
// The rest of the catalogue, one file per layer of the pyramid; importing them puts them in the bundle.
import "./sentiment";
import "./volume";
import "./action";
import "./retention";
import "./growth";
import "./service";
import "./intervals";

/**
 * Earned media value (等效广告价值): impressions / 1000 × CPM, plus Σ engagements × value per engagement when given.
 * @customfunction EMV
 * @helpurl https://localhost:3000/help.html#womemv
 * @param {any[][]} impressions Impressions: one number or a range; blank cells are skipped.
 * @param {any[][]} cpm Cost per thousand impressions: one rate, or a range the shape of impressions for a rate per row.
 * @param {any[][]} [engagements] Optional reposts, comments or likes: a range with one column per kind.
 * @param {any[][]} [value_per_engagement] Optional value of one engagement: one value, one per column of engagements, or one per cell.
 * @returns {number} EMV in the workbook's currency.
 */
export function emv(
  impressions: any[][],
  cpm: any[][],
  engagements?: any[][],
  value_per_engagement?: any[][]
) {
  return excelNumber(() => emvOfRanges(impressions, cpm, engagements, value_per_engagement));
}

/**
 * Net Promoter Score (净推荐值) from 0-10 answers: % promoters (9-10) − % detractors (0-6), Bain/Satmetrix convention.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help.html#womnps
 * @param {any[][]} answers Survey answers, whole numbers 0-10 or survey-export text such as "10 - Extremely likely" or "9 (very likely)"; blank cells are not answers.
 * @returns {number} A score from -100 to +100.
 */
export function nps(answers: any[][]) {
  return excelNumber(() => npsOfRange(answers));
}

/**
 * Return on investment: (return − cost) / cost, as a fraction (23 = 2300 %). Not ROAS (return / spend, WOM.ROAS). Add EMV to return only on purpose.
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#womroi
 * @param {any[][]} returns Attributed revenue: one number or a range, summed.
 * @param {any[][]} cost Campaign cost (samples, fees, staff time): one number or a range, summed.
 * @returns {number} ROI as a fraction.
 */
export function roi(returns: any[][], cost: any[][]) {
  return excelNumber(() => roiOfRanges(returns, cost));
}

/**
 * Repeat purchase rate (复购率): customers with two or more orders / customers with at least one (Klaviyo's count of customers).
 * @customfunction REPEATRATE
 * @helpurl https://localhost:3000/help.html#womrepeatrate
 * @param {any[][]} customer_ids The order log's customer ID column, one row per order; 1001 and "1001" are one customer.
 * @param {any[][]} [order_dates] Optional order dates beside the IDs; needed for a date window.
 * @param {any} [start_date] Optional first day of the window: only orders on or after it count.
 * @param {any} [end_date] Optional last day of the window (the whole day counts): only orders up to it count.
 * @returns {number} Repeat rate as a fraction.
 */
export function repeatRate(
  customer_ids: any[][],
  order_dates?: any[][],
  start_date?: any,
  end_date?: any
) {
  return excelNumber(() => {
    const window = readWindow(start_date, end_date);
    if (!window.ok) return window;
    return repeatRateOfRanges(customer_ids, order_dates, window.value);
  });
}

function readWindow(start: unknown, end: unknown): Result<DateWindow> {
  const window: DateWindow = {};
  for (const [arg, value] of [
    ["start_date", start],
    ["end_date", end],
  ] as const) {
    if (isBlank(value)) continue;
    const serial = toDateSerial(value);
    if (serial !== serial) return outOfDomain(arg, Number(value), "dates");
    window[arg === "start_date" ? "start" : "end"] = serial;
  }
  if (window.start !== undefined && window.end !== undefined && window.start > window.end) {
    return badArguments({ kind: "windowReversed" });
  }
  return success(window);
}

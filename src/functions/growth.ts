// Growth by word of mouth. Each JSDoc is the function's help in Excel (see functions.ts).
import { requiredScalar } from "../cells/arguments";
import { success } from "../cells/problem";
import { growthOfSeries, kFactor } from "../kpi/growth";
import { excelNumber } from "./excel-result";

/**
 * Viral (K) factor: invitations per user × conversion rate of an invitation. Above 1, each user brings in more than one more.
 * @customfunction KFACTOR
 * @helpurl https://localhost:3000/help.html#womkfactor
 * @param {any} invites_per_user Invitations (shares, referrals) the average user sends.
 * @param {any} invite_conversion Share of invitations that become users, from 0 to 1.
 * @returns {number} New users each user brings in.
 */
export function kFactorOf(invites_per_user: any, invite_conversion: any) {
  return excelNumber(() => {
    const invites = requiredScalar(invites_per_user, "invites_per_user", { nonNegative: true });
    if (!invites.ok) return invites;
    const conversion = requiredScalar(invite_conversion, "invite_conversion", { fraction: true });
    if (!conversion.ok) return conversion;
    return success(kFactor(invites.value, conversion.value));
  });
}

/**
 * Compound growth per period of a user series: (last / first)^(1 / periods) − 1. 100, 200, 400 a week gives 1 (100 % a week).
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help.html#womgrowth
 * @param {any[][]} series Users per period, oldest first, in one row or one column; a blank cell is a period without a figure.
 * @returns {number} Growth per period, as a fraction.
 */
export function growth(series: any[][]) {
  return excelNumber(() => growthOfSeries(series));
}

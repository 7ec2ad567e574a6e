// Growth by word of mouth. Each JSDoc is the function's help in Excel (see functions.ts).
import { requiredScalar } from "../cells/arguments";
import { badArguments, divideByZero, Problem } from "../cells/problem";
import { negative, notNumber } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { isBlank, Matrix, toNumber } from "../cells/values";
import { kFactor, periodGrowth } from "../kpi/growth";
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
  return excelNumber(() => {
    const ends = seriesEnds(series);
    if (!ends.ok) return ends;
    const { first, last, periods } = ends.value;
    if (first === 0) return divideByZero({ kind: "zeroDenominator", arg: "series" });
    return success(periodGrowth(first, last, periods));
  });
}

/** The first and last values of a series and the periods between them. */
interface SeriesEnds {
  first: number;
  last: number;
  periods: number;
}

/**
 * Reads a series laid out in one row or one column. Blank cells are periods without a figure:
 * they are skipped but still counted between the first and the last value.
 */
function seriesEnds(series: Matrix, arg = "series"): Result<SeriesEnds, Problem> {
  const wide = series.length === 1;
  if (!wide && series.some((row) => row.length > 1)) return badArguments({ kind: "notLine", arg });
  const length = wide ? series[0].length : series.length;
  let firstAt = -1;
  let lastAt = -1;
  let first = NaN;
  let last = NaN;
  for (let i = 0; i < length; i++) {
    const cell = wide ? series[0][i] : series[i][0];
    let value = typeof cell === "number" ? cell : NaN;
    if (value !== value) {
      if (isBlank(cell)) continue;
      value = toNumber(cell);
      if (value !== value) return notNumber(cell, arg, series, wide ? 0 : i, wide ? i : 0);
    }
    if (value < 0) return negative(value, arg, series, wide ? 0 : i, wide ? i : 0);
    if (firstAt < 0) {
      firstAt = i;
      first = value;
    }
    lastAt = i;
    last = value;
  }
  if (lastAt - firstAt < 1) return divideByZero({ kind: "tooFew", arg, needed: 2 });
  return success({ first, last, periods: lastAt - firstAt });
}

/** Growth by word of mouth: the viral factor and the compound growth of a user series. */
import { badArguments, divideByZero, Result, success } from "../cells/problem";
import { negative, notNumber } from "../cells/ranges";
import { isBlank, Matrix, toNumber } from "../cells/values";

/** Viral (K) factor = invitations per user × conversion rate of an invitation. */
export function kFactor(invitesPerUser: number, inviteConversion: number): number {
  return invitesPerUser * inviteConversion;
}

/** Compound growth per period = (last / first)^(1 / periods) − 1: 100 → 200 → 400 is 1 (100 %). */
function periodGrowth(first: number, last: number, periods: number): number {
  const ratio = last / first;
  if (Number.isFinite(ratio) && (ratio > 0 || last === 0)) return Math.pow(ratio, 1 / periods) - 1;
  // The ratio itself overflowed or underflowed; its logarithm did not.
  return Math.exp((Math.log(last) - Math.log(first)) / periods) - 1;
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
function seriesEnds(series: Matrix, arg = "series"): Result<SeriesEnds> {
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

/** Period growth of a series; a first value of zero is #DIV/0!. */
export function growthOfSeries(series: Matrix): Result<number> {
  const ends = seriesEnds(series);
  if (!ends.ok) return ends;
  const { first, last, periods } = ends.value;
  if (first === 0) return divideByZero({ kind: "zeroDenominator", arg: "series" });
  return success(periodGrowth(first, last, periods));
}

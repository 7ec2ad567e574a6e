/** Earned (equivalent) media value, 等效广告价值: what the reach would have cost as paid media. */
import { badArguments, missing, Result, success } from "../cells/problem";
import { positionOf, singleNumber, sumProducts, sumRange } from "../cells/ranges";
import { columnCount, isOmitted, isSingleCell, Matrix, sameShape } from "../cells/values";

/** EMV of impressions at one CPM: impressions / 1000 × CPM. */
export function emv(impressions: number, cpm: number): number {
  return (impressions / 1000) * cpm;
}

/** EMV over range arguments: one CPM or one per row, plus optional value per engagement. */
export function emvOfRanges(
  impressions: Matrix,
  cpm: Matrix,
  engagements?: Matrix | null,
  valuePerEngagement?: Matrix | null
): Result<number> {
  const reach = reachValue(impressions, cpm);
  if (!reach.ok) return reach;
  const noEngagements = isOmitted(engagements);
  const noValues = isOmitted(valuePerEngagement);
  if (noEngagements && noValues) return reach;
  if (noValues)
    return missing({ kind: "requires", arg: "value_per_engagement", partner: "engagements" });
  if (noEngagements)
    return missing({ kind: "requires", arg: "engagements", partner: "value_per_engagement" });
  const extra = engagementValue(engagements, valuePerEngagement);
  if (!extra.ok) return extra;
  return success(reach.value + extra.value);
}

function reachValue(impressions: Matrix, cpm: Matrix): Result<number> {
  if (isSingleCell(cpm) && !isSingleCell(impressions)) {
    const rate = singleNumber(cpm, "cpm", { nonNegative: true });
    if (!rate.ok) return rate;
    if (rate.value === undefined)
      return missing({ kind: "requires", arg: "cpm", partner: "impressions" });
    const total = sumRange(impressions, "impressions", { nonNegative: true });
    if (!total.ok) return total;
    return success(emv(total.value.sum, rate.value));
  }
  if (!sameShape(impressions, cpm))
    return badArguments({ kind: "shapeMismatch", arg: "cpm", expected: "impressions" });
  const products = sumProducts(impressions, "impressions", cpm, "cpm", { nonNegative: true });
  if (!products.ok) return products;
  return success(products.value / 1000);
}

// Values come as one for all, one per column (a value per repost, per comment...), or one per cell.
function engagementValue(engagements: Matrix, values: Matrix): Result<number> {
  if (
    isSingleCell(values) ||
    (values.length === 1 && values[0].length === columnCount(engagements))
  ) {
    let total = 0;
    for (let c = 0; c < columnCount(engagements); c++) {
      const column = engagements.map((row) => [row[c]]);
      const counts = sumRange(column, "engagements", { nonNegative: true });
      if (!counts.ok) return relocate(counts, engagements, c);
      const value = singleNumber(
        [[values[0][isSingleCell(values) ? 0 : c]]],
        "value_per_engagement",
        {
          nonNegative: true,
        }
      );
      if (!value.ok) return value;
      total += counts.value.sum * (value.value ?? 0);
    }
    return success(total);
  }
  if (!sameShape(engagements, values)) {
    return badArguments({
      kind: "shapeMismatch",
      arg: "value_per_engagement",
      expected: "engagements",
    });
  }
  return sumProducts(engagements, "engagements", values, "value_per_engagement", {
    nonNegative: true,
  });
}

// A column read on its own reports column 1: put the bad cell back where it is in the whole range.
function relocate<T>(result: Result<T>, whole: Matrix, column: number): Result<T> {
  if (result.ok || !("at" in result.detail)) return result;
  const at = positionOf(result.detail.at.arg, whole, result.detail.at.row - 1, column);
  return { ...result, detail: { ...result.detail, at } };
}

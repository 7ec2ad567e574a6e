/** The arguments the interval and test functions share: the confidence level and the NPS method. */
import { optionalLogical, optionalScalar } from "../cells/arguments";
import { outOfDomain, Result, success } from "../cells/problem";
import { DEFAULT_CONFIDENCE, NpsMethod } from "../kpi/nps-margin";

/** A confidence level strictly between 0 and 1, as a fraction or percent text; 0.95 when left out. */
export function confidenceLevel(confidence: unknown): Result<number> {
  const level = optionalScalar(confidence, "confidence", DEFAULT_CONFIDENCE, { fraction: true });
  if (!level.ok) return level;
  // At 0 an interval means nothing and at 1 it is infinite.
  if (level.value <= 0 || level.value >= 1)
    return outOfDomain("confidence", level.value, "strictly between 0 and 1");
  return level;
}

/** The NPS method chosen by the adjusted_wald flag: TRUE for adjusted Wald, FALSE or left out for plain Wald. */
export function npsMethod(adjustedWald: unknown): Result<NpsMethod> {
  const adjusted = optionalLogical(adjustedWald, "adjusted_wald");
  if (!adjusted.ok) return adjusted;
  return success(adjusted.value ? "adjustedWald" : "wald");
}

/** The Wilson score interval of a rate (Wilson, 1927): where the true share probably lies. */
import { twoSidedZ } from "./normal";

/**
 * Lower and upper bound of the Wilson score interval of x successes out of n at confidence c:
 * (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), with p̂ = x / n and z = NORM.S.INV(1 − (1 − c) / 2).
 */
export function wilsonInterval(
  successes: number,
  total: number,
  confidence: number
): [number, number] {
  const z = twoSidedZ(confidence);
  const share = successes / total;
  // z²/n rather than the textbook's x(n − x)/n, whose product overflows for the largest counts.
  const weight = (z * z) / total;
  const centre = (share + weight / 2) / (1 + weight);
  const half = (z / (1 + weight)) * Math.sqrt((share * (1 - share)) / total + weight / (4 * total));
  // At 0 or n successes the bound is exactly 0 or 1, where centre ∓ half would leave a rounding error.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === total ? 1 : Math.min(1, centre + half);
  return [lower, upper];
}

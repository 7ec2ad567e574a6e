/** The standard normal distribution, to the precision of Excel's NORM.S.DIST and NORM.S.INV. */

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);

// Below this the power series of erf is accurate; above it the continued fraction of erfc converges fast.
const SERIES_LIMIT = 2;

/** The complementary error function erfc(x) for x ≥ 0. */
export function erfc(x: number): number {
  if (x < SERIES_LIMIT) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

// erf(x) = 2/√π · e^(−x²) · Σ (2x²)^n x / (1·3·…·(2n+1)): every term is positive, so nothing cancels.
function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum;
}

// erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated by the modified Lentz method.
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = 1 / (d === 0 ? tiny : d);
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** P(Z > z) for a standard normal Z: the upper tail, accurate far into it. */
export function upperTail(z: number): number {
  const half = 0.5 * erfc(Math.abs(z) / Math.SQRT2);
  return z >= 0 ? half : 1 - half;
}

/** The standard normal density φ(z). */
function density(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * The two-sided quantile for a confidence level 0 < c < 1: NORM.S.INV(1 − (1 − c) / 2),
 * so 1.959964 at 0.95.
 */
export function twoSidedZ(confidence: number): number {
  const tail = (1 - confidence) / 2;
  let z = roughUpperQuantile(tail);
  // Newton's method on ln P(Z > z) = ln tail: quadratic convergence from a start within 5e-4.
  for (let step = 0; step < 50; step++) {
    const upper = upperTail(z);
    const next = z + ((Math.log(upper) - Math.log(tail)) * upper) / density(z);
    if (Math.abs(next - z) <= 1e-15 * Math.max(1, Math.abs(z))) return Math.max(next, 0);
    z = next;
  }
  return Math.max(z, 0);
}

// Abramowitz & Stegun 26.2.23: the z with P(Z > z) = tail, for 0 < tail ≤ 0.5, within 4.5e-4.
function roughUpperQuantile(tail: number): number {
  const t = Math.sqrt(-2 * Math.log(tail));
  const numerator = 2.515517 + 0.802853 * t + 0.010328 * t * t;
  const denominator = 1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t;
  return t - numerator / denominator;
}

/** Timing helpers for benchmarks: medians of interleaved runs, and a sink so the optimiser cannot drop work. */
import { performance } from "perf_hooks";

let sink = 0;

/** Keeps a result alive so the measured work is not optimised away. */
export function consume(value: unknown): void {
  if (typeof value === "number") sink += value;
  else if (value && typeof value === "object") sink += 1;
}

/** The sink's value, printed once so the work above has an observable effect. */
export function sinkValue(): number {
  return sink;
}

// With --expose-gc, collect between runs so one run's garbage is not billed to the next.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timeOnce(work: () => unknown): number {
  collect();
  const start = performance.now();
  consume(work());
  return performance.now() - start;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median wall time in milliseconds of `runs` calls, after one unmeasured warm-up call. */
export function medianMs(work: () => unknown, runs: number): number {
  consume(work());
  return median(Array.from({ length: runs }, () => timeOnce(work)));
}

/**
 * Medians of two workloads measured turn about, so that a noisy neighbour on a shared machine slows both
 * alike and their ratio stays meaningful.
 */
export function medianPairMs(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  consume(a());
  consume(b());
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    timesA.push(timeOnce(a));
    timesB.push(timeOnce(b));
  }
  return [median(timesA), median(timesB)];
}

/** A number with `digits` significant digits, for tables. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "n/a";
  return value >= 100 ? value.toFixed(0) : value.toPrecision(digits);
}

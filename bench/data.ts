/** Deterministic Excel-shaped test data for benchmarks: columns as Excel passes ranges, with blanks and text numbers. */

/** A small, fast, seeded generator, so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Realistic exports: about 5 % blank cells and 2 % numbers stored as text. */
export const BLANK_RATE = 0.05;
export const TEXT_NUMBER_RATE = 0.02;

/** A one-column range of n cells whose numbers come from `draw`. */
export function numberColumn(
  n: number,
  seed: number,
  draw: (uniform: number) => number
): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const roll = random();
    const value = draw(random());
    rows[i] = [
      roll < BLANK_RATE ? null : roll < BLANK_RATE + TEXT_NUMBER_RATE ? String(value) : value,
    ];
  }
  return rows;
}

/** A one-column range of n customer IDs drawn from `customers` distinct ones, mixed numbers and text. */
export function idColumn(n: number, customers: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = 100000 + Math.floor(random() * customers);
    const roll = random();
    rows[i] = [roll < BLANK_RATE ? null : roll < 0.5 ? id : `C${id}`];
  }
  return rows;
}

/** The same column with the same blanks, but every value a plain number (for engines that need numbers). */
export function plainNumbers(column: unknown[][]): (number | null)[][] {
  return column.map(([cell]) => [cell === null ? null : Number(cell)]);
}

/** A one-column range of sentiment labels: about 60 % positive, 25 % neutral, 15 % negative, with blanks. */
export function labelColumn(n: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const roll = random();
    rows[i] = [
      roll < BLANK_RATE ? null : roll < 0.6 ? "positive" : roll < 0.85 ? "neutral" : "negative",
    ];
  }
  return rows;
}

/** Two columns of date-time serials: a start in 2024 and an end 0 to `spanDays` later (`openRate` of ends blank). */
export function datePairs(
  n: number,
  seed: number,
  spanDays: number,
  openRate: number
): [unknown[][], unknown[][]] {
  const random = seededRandom(seed);
  const starts: unknown[][] = new Array(n);
  const ends: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = 45292 + Math.floor(random() * 366 * 24) / 24;
    starts[i] = [start];
    ends[i] = [random() < openRate ? null : start + Math.floor(random() * spanDays * 24) / 24];
  }
  return [starts, ends];
}

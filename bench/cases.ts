/** What each benchmark measures: a WOM function, its arguments as Excel passes them, and its native-formula twin. */
import "../test/setup/custom-functions-runtime";
import * as action from "../src/functions/action";
import * as commentSentiment from "../src/functions/comment-sentiment";
import * as intervals from "../src/functions/intervals";
import * as growthFns from "../src/functions/growth";
import * as retentionFns from "../src/functions/retention";
import * as sentimentFns from "../src/functions/sentiment";
import * as service from "../src/functions/service";
import * as volume from "../src/functions/volume";
import {
  BLANK_RATE,
  datePairs,
  idColumn,
  labelColumn,
  numberColumn,
  plainNumbers,
  seededRandom,
} from "./data";
import { generateComments } from "./sentiment";

/** One benchmarked function over n cells. */
export interface BenchCase {
  name: string;
  /** The arguments as Excel passes them. */
  args: (n: number) => unknown[];
  /** Calls the WOM function. */
  run: (args: unknown[]) => unknown;
  /** The practical floor when a sum is not one: REPEATRATE must hash every ID, so its floor is a bare hash count. */
  floor?: { name: string; run: (args: unknown[]) => unknown };
  /**
   * The native-formula route: the data (one column per entry), helper formulas per row where the usual
   * construction needs them (they go in the columns after the data), and the final formula.
   */
  native?: {
    columns: (args: unknown[]) => unknown[][][];
    helpers?: (row: number) => string[];
    formula: (rows: number) => string;
  };
}

/** The practical floor of most functions: a bare loop summing every number in the arguments' ranges. */
export function bareLoop(args: unknown[]): number {
  let total = 0;
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    for (const row of arg as unknown[][]) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === "number") total += cell;
      }
    }
  }
  return total;
}

/** Counts each distinct cell value in a hash map, with no normalisation: the floor of any distinct count. */
function bareHashCount(column: unknown[][]): number {
  const counts = new Map<unknown, number>();
  for (let r = 0; r < column.length; r++) {
    const cell = column[r][0];
    if (cell !== null) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return counts.size;
}

/** Tallies cells equal to two fixed labels: the least any reading of a label column must do. */
function bareLabelTally(column: unknown[][]): number {
  let positive = 0;
  let negative = 0;
  for (let r = 0; r < column.length; r++) {
    const cell = column[r][0];
    if (cell === "positive") positive++;
    else if (cell === "negative") negative++;
  }
  return positive - negative;
}

/** Reads every character of every comment of a column: the least any labelling of the text must do. */
function bareCharacterSum(column: unknown[][]): number {
  let sum = 0;
  for (let r = 0; r < column.length; r++) {
    const cell = column[r][0];
    if (typeof cell !== "string") continue;
    for (let i = 0; i < cell.length; i++) sum += cell.charCodeAt(i);
  }
  return sum;
}

/** A one-column range of n comments in the three scripts, about 5 % of them blank, as pasted from an export. */
function commentColumn(n: number): unknown[][] {
  const random = seededRandom(24);
  return generateComments(n).map((comment) => [random() < BLANK_RATE ? null : comment]);
}

const wom = {
  ...action,
  ...commentSentiment,
  ...intervals,
  ...growthFns,
  ...retentionFns,
  ...sentimentFns,
  ...service,
  ...volume,
};

const impressions = (n: number) => numberColumn(n, 1, (u) => Math.floor(u * 50000));
const answers = (n: number) => numberColumn(n, 2, (u) => Math.floor(u * 11));
const money = (n: number, seed: number) =>
  numberColumn(n, seed, (u) => Math.round(u * 10000) / 100);
const cpmPerRow = (n: number) =>
  numberColumn(n, 3, (u) => 5 + Math.floor(u * 10)).map(([c]) => [c ?? 8]);
const plain = (a: unknown[], i: number) => plainNumbers(a[i] as unknown[][]);

// Custom functions take any[][]: the generated ranges are handed over as they are.
export const CASES: BenchCase[] = [
  {
    name: "EMV (one CPM)",
    args: (n) => [impressions(n), [[8]]],
    run: (a) => wom.emv(a[0] as any, a[1] as any),
    native: { columns: (a) => [plain(a, 0)], formula: (n) => `=SUM(A1:A${n})/1000*8` },
  },
  {
    name: "EMV (CPM per row)",
    args: (n) => [impressions(n), cpmPerRow(n)],
    run: (a) => wom.emv(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUMPRODUCT(A1:A${n},B1:B${n})/1000`,
    },
  },
  {
    name: "NPS",
    args: (n) => [answers(n)],
    run: (a) => wom.nps(a[0] as any),
    native: {
      columns: (a) => [plain(a, 0)],
      formula: (n) => `=(COUNTIF(A1:A${n},">=9")-COUNTIF(A1:A${n},"<=6"))/COUNT(A1:A${n})*100`,
    },
  },
  {
    name: "ROI",
    args: (n) => [money(n, 4), money(n, 5)],
    run: (a) => wom.roi(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=(SUM(A1:A${n})-SUM(B1:B${n}))/SUM(B1:B${n})`,
    },
  },
  {
    name: "REPEATRATE",
    args: (n) => [idColumn(n, Math.max(10, Math.floor(n / 3)), 6)],
    run: (a) => wom.repeatRate(a[0] as any),
    floor: { name: "bare Map count", run: (a) => bareHashCount(a[0] as unknown[][]) },
    native: {
      // The usual worksheet construction: a COUNTIF helper column, then customers weighted by 1/count.
      columns: (a) => [a[0] as unknown[][]],
      helpers: (r) => [
        `=IF(A${r}="",0,1/COUNTIF(A:A,A${r}))`,
        `=IF(A${r}="",0,IF(COUNTIF(A:A,A${r})>=2,1/COUNTIF(A:A,A${r}),0))`,
      ],
      formula: () => `=SUM(C:C)/SUM(B:B)`,
    },
  },
  {
    name: "SOCIALNPS (labels)",
    args: (n) => [labelColumn(n, 7)],
    run: (a) => wom.socialNps(a[0] as any),
    floor: { name: "bare label tally", run: (a) => bareLabelTally(a[0] as unknown[][]) },
    native: {
      columns: (a) => [a[0] as unknown[][]],
      formula: (n) =>
        `=(COUNTIF(A1:A${n},"positive")-COUNTIF(A1:A${n},"negative"))` +
        `/(COUNTIF(A1:A${n},"positive")+COUNTIF(A1:A${n},"negative"))*100`,
    },
  },
  {
    name: "SENTIMENT (labels of comments)",
    args: (n) => [commentColumn(n)],
    run: (a) => wom.sentiment(a[0] as any),
    floor: { name: "bare character sum", run: (a) => bareCharacterSum(a[0] as unknown[][]) },
  },
  {
    name: "NPSMOE",
    args: (n) => [answers(n)],
    run: (a) => wom.npsMoe(a[0] as any),
    native: {
      columns: (a) => [plain(a, 0)],
      formula: (n) => {
        const p = `COUNTIF(A1:A${n},">=9")/COUNT(A1:A${n})`;
        const d = `COUNTIF(A1:A${n},"<=6")/COUNT(A1:A${n})`;
        return `=NORM.S.INV(0.975)*SQRT((${p}+${d}-(${p}-${d})^2)/COUNT(A1:A${n}))*100`;
      },
    },
  },
  {
    name: "NPSBREAKDOWN",
    args: (n) => [answers(n)],
    run: (a) => wom.npsBreakdown(a[0] as any),
    native: {
      columns: (a) => [plain(a, 0)],
      formula: (n) => `=(COUNTIF(A1:A${n},">=9")-COUNTIF(A1:A${n},"<=6"))/COUNT(A1:A${n})*100`,
    },
  },
  {
    name: "CPM",
    args: (n) => [money(n, 8), impressions(n)],
    run: (a) => wom.cpm(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUM(A1:A${n})/SUM(B1:B${n})*1000`,
    },
  },
  {
    name: "ENGAGEMENTRATE",
    args: (n) => [numberColumn(n, 9, (u) => Math.floor(u * 500)), impressions(n)],
    run: (a) => wom.engagementRate(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUM(A1:A${n})/SUM(B1:B${n})`,
    },
  },
  {
    name: "ATTRIBUTED",
    args: (n) => datePairs(n, 10, 14, 0.05),
    run: (a) => wom.attributed(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [a[0] as unknown[][], a[1] as unknown[][]],
      // The same tenth-of-a-millisecond tolerance for binary date-times as the KPI code.
      formula: (n) =>
        `=SUMPRODUCT((B1:B${n}<>"")*(B1:B${n}-A1:A${n}>=-0.000000001)*(B1:B${n}-A1:A${n}<=7+0.000000001))`,
    },
  },
  {
    name: "COSTRATIO",
    args: (n) => [money(n, 11), money(n, 12)],
    run: (a) => wom.costRatio(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUM(A1:A${n})/SUM(B1:B${n})`,
    },
  },
  {
    name: "CHURN",
    args: (n) => [
      numberColumn(n, 13, (u) => 1000 + Math.floor(u * 1000)),
      numberColumn(n, 14, (u) => Math.floor(u * 300)),
    ],
    run: (a) => wom.churn(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUM(B1:B${n})/SUM(A1:A${n})`,
    },
  },
  {
    name: "RETENTION",
    args: (n) => [
      numberColumn(n, 15, (u) => 1000 + Math.floor(u * 1000)),
      numberColumn(n, 16, (u) => 1200 + Math.floor(u * 1000)),
      numberColumn(n, 17, (u) => Math.floor(u * 300)),
    ],
    run: (a) => wom.retention(a[0] as any, a[1] as any, a[2] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1), plain(a, 2)],
      formula: (n) => `=(SUM(B1:B${n})-SUM(C1:C${n}))/SUM(A1:A${n})`,
    },
  },
  {
    name: "GROWTH",
    // A user series has a figure every period: no blanks, but some numbers stored as text.
    args: (n) => [numberColumn(n, 18, (u) => 100 + Math.floor(u * 100)).map(([c]) => [c ?? 150])],
    run: (a) => wom.growth(a[0] as any),
    native: {
      columns: (a) => [plain(a, 0)],
      formula: (n) => `=(A${n}/A1)^(1/(ROWS(A1:A${n})-1))-1`,
    },
  },
  {
    name: "ONTIME",
    args: (n) => datePairs(n, 19, 3, 0.1),
    run: (a) => wom.onTime(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [a[0] as unknown[][], a[1] as unknown[][]],
      formula: (n) =>
        `=SUMPRODUCT((B1:B${n}<>"")*(B1:B${n}-A1:A${n}<=2+0.000000001))/(COUNT(B1:B${n})` +
        `+SUMPRODUCT((B1:B${n}="")*(MAX(A1:B${n})-A1:A${n}>2+0.000000001)))`,
    },
  },
  {
    name: "ROAS",
    args: (n) => [money(n, 20), money(n, 21)],
    run: (a) => wom.roas(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      formula: (n) => `=SUM(A1:A${n})/SUM(B1:B${n})`,
    },
  },
  {
    name: "NPSTEST (two ranges)",
    args: (n) => [answers(n), numberColumn(n, 22, (u) => Math.floor(u * 11))],
    run: (a) => wom.npsTest(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      // The p-value: the last value of the spilled row.
      formula: (n) => {
        const share = (col: string, test: string) =>
          `COUNTIF(${col}1:${col}${n},"${test}")/COUNT(${col}1:${col}${n})`;
        const [pa, da, pb, db] = [
          share("A", ">=9"),
          share("A", "<=6"),
          share("B", ">=9"),
          share("B", "<=6"),
        ];
        const variance = (p: string, d: string, col: string) =>
          `(${p}+${d}-(${p}-${d})^2)/COUNT(${col}1:${col}${n})`;
        const se = `SQRT(${variance(pa, da, "A")}+${variance(pb, db, "B")})`;
        // HyperFormula knows the logical TRUE only as the function TRUE().
        return `=2*(1-NORM.S.DIST(ABS((${pb}-${db})-(${pa}-${da}))/${se},TRUE()))`;
      },
    },
  },
  {
    name: "RATECI",
    args: (n) => {
      const totals = numberColumn(n, 23, (u) => 10 + Math.floor(u * 90));
      return [totals.map(([t]) => [t === null ? null : Math.floor(Number(t) / 3)]), totals];
    },
    run: (a) => wom.rateCi(a[0] as any, a[1] as any),
    native: {
      columns: (a) => [plain(a, 0), plain(a, 1)],
      // The Wilson upper bound: the last value of the spilled row.
      formula: (n) => {
        const [p, m, z] = [`(SUM(A1:A${n})/SUM(B1:B${n}))`, `SUM(B1:B${n})`, "NORM.S.INV(0.975)"];
        return `=(${p}+${z}^2/(2*${m})+${z}*SQRT(${p}*(1-${p})/${m}+${z}^2/(4*${m}^2)))/(1+${z}^2/${m})`;
      },
    },
  },
];

/** Labelling 100,000 comments against a bare loop over the same strings, and the accuracy on the labelled sets. */
import fs from "fs";
import { performance } from "perf_hooks";
import { evidenceText } from "../src/i18n/cell-messages";
import { buildLexicon, classifyComment, Evidence, Lexicon } from "../src/sentiment";
import { CommentLabeller } from "../src/summary";
import {
  Accuracy,
  accuracyLines,
  DEV_SET,
  HELD_OUT_SET,
  measureAccuracy,
  readLabelledSet,
  TUNING_SET,
} from "../test/sentiment/support/labelled-set";
import { fmt, medianPairMs } from "./measure";

export const COMMENTS = 100_000;

// Fragments of everyday comments in the three scripts; a seeded mix of them makes the benchmark's text.
const FRAGMENTS = [
  [
    "The beans",
    "This serum",
    "Delivery",
    "The latte",
    "Battery life",
    "Customer service",
    "The hotel",
  ],
  [
    "is really good",
    "was not bad",
    "tastes flat",
    "is way too sweet",
    "didn't work for me",
    "is okay",
  ],
  ["but a bit pricey", "though the box was torn", "and arrived fast", "would buy again", "10/10"],
  ["这款豆子", "精华", "快递", "客服", "手机续航", "酒店早餐", "包装"],
  ["太好喝了", "有点贵", "不怎么样", "绝绝子", "没有想象中好", "还可以", "踩雷了", "回购了"],
  ["但是物流很慢", "就是有点甜", "强烈安利", "请问有小包装吗？", "yyds", "颜值很高"],
  ["呢間咖啡", "這款精華", "店員", "送貨", "電池", "早餐"],
  ["好正", "唔好飲", "麻麻地", "抵食", "中伏", "超讚", "服務一流", "有啲貴"],
  ["不過好貴", "下次再嚟", "好唔好用？", "CP值高", "一啲都唔苦", "平靚正"],
  ["😍", "👍", "😡", "👎", "🤔", "", "", ""],
];

/** A small seeded generator (mulberry32), so every run labels the same comments. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `count` comments: a subject, an opinion, sometimes a second clause and an emoji, in one of the three scripts. */
export function generateComments(count: number, seed = 16): string[] {
  const random = seeded(seed);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const script = Math.floor(random() * 3) * 3;
    const separator = script === 0 ? ", " : "，";
    const subject = pick(FRAGMENTS[script]);
    const opinion = pick(FRAGMENTS[script + 1]);
    const more = random() < 0.6 ? separator + pick(FRAGMENTS[script + 2]) : "";
    return `${subject}${script === 0 ? " " : ""}${opinion}${more}${pick(FRAGMENTS[9])}`;
  });
}

/** The floor: a loop that reads every character of every comment, as labelling must at least do. */
function characterSum(comments: string[]): number {
  let sum = 0;
  for (const comment of comments)
    for (let i = 0; i < comment.length; i++) sum += comment.charCodeAt(i);
  return sum;
}

// As the summary labels mentions of comment text: the label, the score and the words that decided it.
function labelCellsAll(comments: string[], lexicon: Lexicon): number {
  const describe = (evidence: readonly Evidence[]) => evidenceText(evidence, "en");
  const labeller = new CommentLabeller({ lexicon, locale: "en", describe });
  let words = 0;
  for (const comment of comments) words += labeller.cells(comment)[2].length;
  return words;
}

function labelAll(comments: string[], lexicon: Lexicon): number {
  let positive = 0;
  for (const comment of comments)
    if (classifyComment(comment, lexicon)?.label === "positive") positive++;
  return positive;
}

export interface SentimentFigures {
  comments: number;
  labelMs: number;
  /** CPU time of one more labelling: on a shared machine, wall time also counts the neighbours' work. */
  labelCpuMs: number;
  /** The summary's labelling: each comment's label, score and words as text. */
  summaryLabelMs: number;
  loopMs: number;
  commentsPerSecond: number;
  ratioToLoop: number;
  lexiconBuildMs: number;
  development: Accuracy;
  tuning: Accuracy;
  /** The held-out set's figures, or why there are none. */
  heldOut: Accuracy | string;
}

function builtInLexicon(): { lexicon: Lexicon; ms: number } {
  const start = performance.now();
  const result = buildLexicon([{ term: "早鸟", weight: 1 }]);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error("the lexicon could not be built");
  return { lexicon: result.lexicon, ms };
}

/** Measures labelling speed (medians of `runs`) and the accuracy on the development, tuning and held-out sets. */
export function measureSentiment(runs: number): SentimentFigures {
  const comments = generateComments(COMMENTS);
  const { lexicon, ms: lexiconBuildMs } = builtInLexicon();
  const [labelMs, loopMs] = medianPairMs(
    () => labelAll(comments, lexicon),
    () => characterSum(comments),
    runs
  );
  const [summaryLabelMs] = medianPairMs(
    () => labelCellsAll(comments, lexicon),
    () => characterSum(comments),
    runs
  );
  const cpu = process.cpuUsage();
  labelAll(comments, lexicon);
  const used = process.cpuUsage(cpu);
  const withoutMisses = (accuracy: Accuracy): Accuracy => ({ ...accuracy, misses: [] });
  return {
    comments: COMMENTS,
    labelMs,
    labelCpuMs: (used.user + used.system) / 1000,
    summaryLabelMs,
    loopMs,
    commentsPerSecond: (COMMENTS / labelMs) * 1000,
    ratioToLoop: labelMs / loopMs,
    lexiconBuildMs,
    development: withoutMisses(measureAccuracy(readLabelledSet(DEV_SET), lexicon)),
    tuning: withoutMisses(measureAccuracy(readLabelledSet(TUNING_SET), lexicon)),
    heldOut: fs.existsSync(HELD_OUT_SET)
      ? withoutMisses(measureAccuracy(readLabelledSet(HELD_OUT_SET), lexicon))
      : `no held-out set at ${HELD_OUT_SET}`,
  };
}

/** The figures as printed lines. */
export function sentimentTable(f: SentimentFigures): string[] {
  return [
    "| sentiment | comments | WOM ms | CPU ms | comments/s | floor | floor ms | × floor | first lexicon build ms |",
    "|---|---:|---:|---:|---:|---|---:|---:|---:|",
    `| classifyComment | ${f.comments} | ${fmt(f.labelMs)} | ${fmt(f.labelCpuMs)} | ${fmt(f.commentsPerSecond)} | character-code sum | ${fmt(f.loopMs)} | ${fmt(f.ratioToLoop)} | ${fmt(f.lexiconBuildMs)} |`,
    `| summary's label cells (label, score, words) | ${f.comments} | ${fmt(f.summaryLabelMs)} | | ${fmt((f.comments / f.summaryLabelMs) * 1000)} | character-code sum | ${fmt(f.loopMs)} | ${fmt(f.summaryLabelMs / f.loopMs)} | |`,
    "",
    ...accuracyLines("Development set (tuned on)", f.development),
    ...accuracyLines("Tuning set (tuned on)", f.tuning),
    ...(typeof f.heldOut === "string"
      ? [`Held-out set: ${f.heldOut}`]
      : accuracyLines("Held-out set", f.heldOut)),
  ];
}

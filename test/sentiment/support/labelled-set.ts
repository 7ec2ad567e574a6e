// Labelled comment sets (TSV: id, language, label, kind, text) and the classifier's accuracy on them.
import fs from "fs";
import path from "path";
import { classifyComment, Lexicon, SentimentLabel } from "../../../src/sentiment";

export const LANGUAGES = ["en", "zh-Hans", "zh-Hant"] as const;
export type SetLanguage = (typeof LANGUAGES)[number];
const LABELS: readonly SentimentLabel[] = ["positive", "neutral", "negative"];
const KINDS = [
  "plain",
  "negation",
  "intensifier",
  "slang",
  "emoji",
  "question",
  "mixed",
  "not-bad",
  "mention",
];
const HEADER = "id\tlanguage\tlabel\tkind\ttext";

export const DEV_SET = path.join(__dirname, "../fixtures/dev/comments.tsv");
export const TUNING_SET = path.join(__dirname, "../fixtures/tuning/comments.tsv");
export const HELD_OUT_SET = path.join(__dirname, "../fixtures/held-out/comments.tsv");

/**
 * The level the held-out set reached (88.5 % overall, the lowest language 86.2 %, 1.4 % of all comments
 * flipped from positive to negative or back), rounded down: above the bar of 85 %, 80 % and 3 %.
 */
export const HELD_OUT_BAR = { overall: 0.88, perLanguage: 0.86, flipsBelow: 0.015 };

/** The level the development set reached on the last tuning (97.4 %, the lowest language 96.0 %, no flips). */
export const DEV_BAR = { overall: 0.96, perLanguage: 0.95, flipsBelow: 0.01 };

/**
 * The level the tuning set reached once the rules and the lexicon were tuned on it (97.5 %, the lowest
 * language 96.2 %, no flips): a regression check, like the development set's.
 */
export const TUNING_BAR = { overall: 0.96, perLanguage: 0.95, flipsBelow: 0.01 };

/** An accuracy bar: overall and per-language shares to reach, and a flip share to stay under. */
export type AccuracyBar = typeof HELD_OUT_BAR;

/** One labelled comment. */
export interface LabelledComment {
  id: string;
  language: SetLanguage;
  label: SentimentLabel;
  kind: string;
  text: string;
}

/** Accuracy figures: shares between 0 and 1, with the counts behind them. */
export interface Accuracy {
  comments: number;
  right: number;
  overall: number;
  perLanguage: Record<SetLanguage, { comments: number; right: number; share: number }>;
  /** Positive read as negative or negative as positive, as a share of all comments. */
  flips: number;
  flipCount: number;
  misses: { comment: LabelledComment; got: SentimentLabel | undefined }[];
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
  line: number
): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`line ${line}: ${what} "${value}" is not one of ${allowed.join(", ")}`);
  return value as T;
}

/** Reads a labelled set; a malformed line is an error naming the line. */
export function readLabelledSet(file: string): LabelledComment[] {
  const lines = fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  if (lines[0] !== HEADER) throw new Error(`${file}: the first line must be "${HEADER}"`);
  const comments: LabelledComment[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const cells = line.split("\t");
    const at = i + 2;
    if (cells.length !== 5) throw new Error(`${file} line ${at}: 5 tab-separated columns expected`);
    const [id, language, label, kind, text] = cells;
    comments.push({
      id,
      language: oneOf(language, LANGUAGES, "language", at),
      label: oneOf(label, LABELS, "label", at),
      kind: oneOf(kind, KINDS, "kind", at),
      text,
    });
  });
  return comments;
}

/** The held-out set, or an error saying it is missing: the accuracy bar cannot be checked without it. */
export function readHeldOutSet(): LabelledComment[] {
  if (!fs.existsSync(HELD_OUT_SET))
    throw new Error(
      `No held-out set at ${HELD_OUT_SET}: the accuracy bar of issue 16 cannot be checked until it is merged.`
    );
  return readLabelledSet(HELD_OUT_SET);
}

/** Labels every comment and compares with the set's labels. */
export function measureAccuracy(comments: LabelledComment[], lexicon: Lexicon): Accuracy {
  const perLanguage = Object.fromEntries(
    LANGUAGES.map((language) => [language, { comments: 0, right: 0, share: 0 }])
  ) as Accuracy["perLanguage"];
  const misses: Accuracy["misses"] = [];
  let flipCount = 0;
  for (const comment of comments) {
    const got = classifyComment(comment.text, lexicon)?.label;
    const tally = perLanguage[comment.language];
    tally.comments++;
    if (got === comment.label) tally.right++;
    else misses.push({ comment, got });
    const polar = comment.label !== "neutral" && got !== undefined && got !== "neutral";
    if (polar && got !== comment.label) flipCount++;
  }
  for (const tally of Object.values(perLanguage))
    tally.share = tally.comments === 0 ? 0 : tally.right / tally.comments;
  const right = comments.length - misses.length;
  return {
    comments: comments.length,
    right,
    overall: comments.length === 0 ? 0 : right / comments.length,
    perLanguage,
    flips: comments.length === 0 ? 0 : flipCount / comments.length,
    flipCount,
    misses,
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** The figures as printed lines. */
export function accuracyLines(name: string, accuracy: Accuracy): string[] {
  const languages = LANGUAGES.map((language) => {
    const tally = accuracy.perLanguage[language];
    return `${language} ${percent(tally.share)} (${tally.right}/${tally.comments})`;
  });
  return [
    `${name}: ${percent(accuracy.overall)} right (${accuracy.right}/${accuracy.comments}); ${languages.join(", ")}; positive<->negative flips ${percent(accuracy.flips)} (${accuracy.flipCount})`,
  ];
}

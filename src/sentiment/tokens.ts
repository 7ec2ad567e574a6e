/**
 * Comment text as clauses of tokens: a Latin word, one Chinese (or kana, hangul) character, one emoji or
 * one other symbol per token. Chinese is never split on spaces: each character is a token and the lexicon
 * joins them back by longest match.
 */

/** One clause: the tokens between two clause marks (，。！？；,.!?; or a line break). */
export interface Clause {
  readonly tokens: string[];
  /** Ends with a question mark and no exclamation mark. */
  readonly asked: boolean;
  /** Ends with an exclamation mark: never a plain question, even with a question word. */
  readonly exclaimed: boolean;
  /** Index of the clause's last word or Chinese character, for sentence-final particles such as 吗; -1 if none. */
  readonly lastWord: number;
}

/** Tells whether a Latin word is in the lexicon, to undo elongations such as "soooo" or "gooood". */
export type KnowsWord = (word: string) => boolean;

const CLAUSE_MARKS = new Set([",", ".", "!", "?", ";", ":", "~", "\n", "\r", "。", "、", "｡", "､"]);
// Variation selectors, zero-width joiners, keycaps and skin tones change how an emoji looks, not what it says.
const SILENT = new Set([0xfe0e, 0xfe0f, 0x200d, 0x20e3]);
const SKIN_TONES = [0x1f3fb, 0x1f3ff];
const LETTER = /[\p{L}\p{N}]/u;
const HYPHEN = 0x2d;

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    cp === 0x3005 ||
    cp === 0x3007
  );
}

function isLatinWordChar(cp: number, ch: string): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
  return !isCjk(cp) && LETTER.test(ch);
}

function isLinkAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "h" && ch !== "w") return false;
  return (
    text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)
  );
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c || cp === 0xa0 || cp === 0x3000;
}

function isSilent(cp: number): boolean {
  return SILENT.has(cp) || (cp >= SKIN_TONES[0] && cp <= SKIN_TONES[1]);
}

function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++)
    if (word[i] === word[i - 1] && word[i] === word[i - 2] && LETTER.test(word[i])) return true;
  return false;
}

/** The character at `i`, a surrogate pair as one. */
function characterAt(text: string, i: number): string {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.slice(i, i + 2) : text[i];
}

/** "soooo" → "so", "gooood" → "good": runs of three or more letters shrink to two, or to one, whichever the lexicon knows. */
function undoElongation(word: string, knows: KnowsWord): string {
  if (!hasTripleLetter(word)) return word;
  const two = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
  if (knows(two)) return two;
  const one = word.replace(/(\p{L})\1{2,}/gu, "$1");
  return knows(one) ? one : two;
}

/** "cant", "didnt" → "can't", "didn't": a contraction typed without its apostrophe, when the lexicon knows it. */
function restoreApostrophe(word: string, knows: KnowsWord): string {
  if (word.length < 3 || !word.endsWith("nt")) return word;
  const contraction = `${word.slice(0, -1)}'t`;
  return knows(contraction) ? contraction : word;
}

/** Reads text into clauses, one pass over its code points. */
class ClauseReader {
  private readonly clauses: Clause[] = [];
  private tokens: string[] = [];
  private lastWord = -1;

  constructor(
    private readonly text: string,
    private readonly knows: KnowsWord
  ) {}

  read(): Clause[] {
    const text = this.text;
    let i = 0;
    while (i < text.length) {
      const cp = text.codePointAt(i) as number;
      const ch = characterAt(text, i);
      if (cp === 0x40 || isLinkAt(text, i)) i = this.skipHandle(i);
      else if (isLatinWordChar(cp, ch)) i = this.readWord(i);
      else if (CLAUSE_MARKS.has(ch)) i = this.readMarks(i);
      else {
        if (isCjk(cp)) {
          this.lastWord = this.tokens.length;
          this.tokens.push(ch);
        } else if (!isSpace(cp) && !isSilent(cp) && cp !== HYPHEN) this.tokens.push(ch);
        i += ch.length;
      }
    }
    this.close(false, false);
    return this.clauses;
  }

  /** A Latin word: letters and digits, with an apostrophe between letters (didn't) or a point between digits (4.5). */
  private readWord(start: number): number {
    const text = this.text;
    let i = start;
    while (i < text.length) {
      const cp = text.codePointAt(i) as number;
      const ch = characterAt(text, i);
      if (isLatinWordChar(cp, ch)) i += ch.length;
      else if ((ch === "'" || ch === "’") && i + 1 < text.length && LETTER.test(text[i + 1])) i++;
      else if (ch === "." && /\d/.test(text[i - 1]) && /\d/.test(text[i + 1] ?? "")) i++;
      else break;
    }
    const word = text.slice(start, i).replace(/’/g, "'");
    this.lastWord = this.tokens.length;
    this.tokens.push(restoreApostrophe(undoElongation(word, this.knows), this.knows));
    return i;
  }

  /** A run of clause marks ends the clause; its ? and ! say whether it was asked or exclaimed. */
  private readMarks(start: number): number {
    const text = this.text;
    let i = start;
    let asked = false;
    let exclaimed = false;
    while (i < text.length && (CLAUSE_MARKS.has(text[i]) || isSpace(text.charCodeAt(i)))) {
      if (text[i] === "?") asked = true;
      if (text[i] === "!") exclaimed = true;
      i++;
    }
    this.close(asked && !exclaimed, exclaimed);
    return i;
  }

  /** @handles and links name someone or somewhere, so their letters are no opinion. */
  private skipHandle(start: number): number {
    const text = this.text;
    const handle = text[start] === "@";
    let i = start + 1;
    while (
      i < text.length &&
      !isSpace(text.charCodeAt(i)) &&
      !(handle && CLAUSE_MARKS.has(text[i]))
    )
      i++;
    return i;
  }

  private close(asked: boolean, exclaimed: boolean): void {
    if (this.tokens.length > 0)
      this.clauses.push({ tokens: this.tokens, asked, exclaimed, lastWord: this.lastWord });
    this.tokens = [];
    this.lastWord = -1;
  }
}

// The negators that form an A-not-A question with one character: 好不好喝, 係唔係, 有没有.
const A_NOT_A = new Set(["不", "唔", "没", "沒"]);

/** Whether an A-not-A question (好不好, 係唔係) starts at token `i`. */
export function aNotAAt(tokens: readonly string[], i: number): boolean {
  return A_NOT_A.has(tokens[i + 1]) && tokens[i + 2] === tokens[i] && tokens[i].length <= 2;
}

/** Whether tokens `end - 1` to `end + 1` are A-not-A (想要不要买: 要不要 around a term's last character). */
export function aNotAAfter(tokens: readonly string[], end: number): boolean {
  const last = tokens[end - 1];
  return A_NOT_A.has(tokens[end]) && tokens[end + 1] === last && last.length === 1;
}

/** Normalises text as the lexicon is normalised: full-width forms folded (NFKC) and lower case. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Splits comment text into clauses of tokens. */
export function readClauses(text: string, knows: KnowsWord): Clause[] {
  return new ClauseReader(normaliseText(text), knows).read();
}

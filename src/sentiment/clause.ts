/** One clause's terms turned into evidence: negation, intensifiers, excess, questions and concessions. */
import { ClauseFacts, newClauseFacts, settleClause } from "./clause-end";
import { CommentEvidence, EvidenceNote, WorkingEvidence } from "./evidence";
import { Lexicon, LexiconTerm, longestTerm } from "./lexicon";
import { negatedWeight } from "./negation";
import { aNotAAfter, aNotAAt, Clause } from "./tokens";

// "too sweet", 太甜: a descriptor after an excess marker.
const EXCESS_WEIGHT = -1.5;
// Praise this strong stays praise after "too" (too good); milder praise becomes a complaint (too fast).
const STRONG_PRAISE = 2;
const FACTOR_RANGE = [0.3, 3] as const;

interface Booster {
  term: string;
  factor: number;
  demonstrative: boolean;
  pointer: boolean;
  excess: boolean;
  praiseExcess: boolean;
  start: number;
}

function clampFactor(factor: number): number {
  return Math.min(FACTOR_RANGE[1], Math.max(FACTOR_RANGE[0], factor));
}

/** Reads one clause's tokens from left to right, longest term first. */
class ClauseScanner {
  private negators: string[] = [];
  private lastNegator: LexiconTerm | undefined;
  private negatorEnd = -1;
  private compared = false;
  /** A negation that met only a neutral descriptor (isn't as bright …). */
  private negatedNeutral: string[] = [];
  private measured = false;
  private boosters: Booster[] = [];
  private lastWordEnd = -1;
  private lastWordTerm: LexiconTerm | undefined;
  /** The token after a verb of the senses, where "like" compares (tastes like plastic). */
  private simileEnd = -1;
  private readonly first: number;
  private readonly facts: ClauseFacts;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly clause: Clause,
    private readonly comment: CommentEvidence
  ) {
    this.first = comment.items.length;
    this.facts = newClauseFacts(clause.asked);
  }

  scan(): void {
    let i = 0;
    while (i < this.clause.tokens.length) i = this.step(i);
    this.settle();
  }

  private step(i: number): number {
    const tokens = this.clause.tokens;
    const match = longestTerm(this.lexicon, tokens, i);
    const afterQuestion = this.skipAskingShape(i, match?.end);
    if (afterQuestion !== undefined) return afterQuestion;
    if (!match) {
      this.boosters = [];
      return i + 1;
    }
    const { term, end } = match;
    if (this.simileEnd === i && tokens[i] === "like" && end === i + 1) return end;
    this.noteFacts(term, i);
    if (term.roles.simile) this.simileEnd = end;
    this.read(term, i, end);
    return end;
  }

  /**
   * An A-not-A question (好不好喝, 想要不要买) asks: the index to go on from, or undefined. A longer term
   * starting there (有没有人也) is read as itself.
   */
  private skipAskingShape(i: number, matchEnd: number | undefined): number | undefined {
    const tokens = this.clause.tokens;
    let next: number | undefined;
    if (aNotAAt(tokens, i) && (matchEnd === undefined || matchEnd <= i + 2)) next = i + 2;
    else if (matchEnd !== undefined && aNotAAfter(tokens, matchEnd)) next = matchEnd + 1;
    if (next !== undefined) this.facts.asked = true;
    return next;
  }

  /** What the term does, by its first role in this order. */
  private read(term: LexiconTerm, i: number, end: number): void {
    const roles = term.roles;
    if (roles.contrast || roles.concession || (roles.clauseInitialContrast && i === 0)) {
      this.turn(term, end);
      // 可惜, unfortunately: a contrast that complains too.
      if (this.isWord(term)) this.addWord(term, end);
    } else if (roles.verdict) {
      this.comment.verdictAt = this.comment.items.length;
      // 见仁见智: a summary that is itself a lukewarm verdict.
      if (this.isWord(term)) this.addWord(term, end);
    } else if (roles.negator) this.negate(term, i, end);
    else if (roles.comparison) this.compare(term);
    else if (roles.measure) this.measured = true;
    else if (roles.postFactor !== undefined && (this.lastWordEnd === i || !roles.factor))
      this.amplifyLast(term.term, roles.postFactor, i);
    else if (roles.factor !== undefined && (!this.isWord(term) || this.wordAt(end)))
      this.boost(term, i);
    else if (this.isWord(term)) this.addWord(term, end);
    else if (!roles.filler) this.boosters = [];
  }

  /** Roles that mark the clause as a whole, whatever else the term does. */
  private noteFacts(term: LexiconTerm, start: number): void {
    const roles = term.roles;
    const facts = this.facts;
    if (roles.questionMarker) facts.asked = true;
    if (roles.rhetorical) facts.rhetorical = true;
    if (roles.duration || (roles.timeUnit && this.countBefore(start))) facts.duration = true;
    if (roles.sooner) facts.sooner = term.term;
    if (roles.late) facts.negated = true;
    if (roles.other) facts.other = true;
    if (roles.regret) facts.regret = true;
    if (roles.discovery) facts.discovery = true;
    if (roles.wait && !facts.wait) {
      facts.wait = { term: term.term, negated: this.negators.length % 2 === 1 };
      this.negators = [];
    }
  }

  /** Whether a number or a count word (两, 个, a few) comes right before `start`. */
  private countBefore(start: number): boolean {
    const before = this.clause.tokens[start - 1];
    if (before === undefined) return false;
    return /^\d/.test(before) || this.lexicon.root.next.get(before)?.term?.roles.count === true;
  }

  private isWord(term: LexiconTerm): boolean {
    return term.roles.descriptor === true || (term.roles.weight ?? 0) !== 0;
  }

  /** Whether an opinion word, a descriptor or another intensifier starts at `start`. */
  private wordAt(start: number): boolean {
    const next = longestTerm(this.lexicon, this.clause.tokens, start);
    return next !== undefined && (this.isWord(next.term) || next.term.roles.factor !== undefined);
  }

  /** A contrast word or a concession; "though" at a clause's end contrasts the whole clause with what came before. */
  private turn(term: LexiconTerm, end: number): void {
    const { contrast, concession } = term.roles;
    const closesClause = end === this.clause.tokens.length;
    if (contrast && concession) {
      if (closesClause) this.comment.contrastAt = this.first;
      else this.facts.conceding = true;
    } else if (concession) this.facts.conceding = true;
    else this.comment.contrastAt = this.comment.items.length;
    this.negators = [];
    this.boosters = [];
  }

  private negate(term: LexiconTerm, start: number, end: number): void {
    const next = longestTerm(this.lexicon, this.clause.tokens, end);
    // 好看不好看: the same word on both sides of the negator asks, it does not negate.
    if (this.lastWordEnd === start && next && next.term === this.lastWordTerm) {
      this.facts.asked = true;
      this.comment.items.pop();
      return;
    }
    this.negators.push(term.term);
    this.lastNegator = term;
    this.negatorEnd = end;
    this.compared = false;
    this.facts.negated = true;
  }

  private compare(term: LexiconTerm): void {
    this.compared ||= this.negators.length > 0;
    this.facts.comparison = term.term;
  }

  private boost(term: LexiconTerm, start: number): void {
    const roles = term.roles;
    this.boosters.push({
      term: term.term,
      factor: roles.factor ?? 1,
      demonstrative: roles.demonstrative === true,
      pointer: roles.demonstrative === true || roles.degreePointer === true,
      excess: roles.excess === true,
      praiseExcess: roles.praiseExcess === true,
      start,
    });
  }

  /** A post-intensifier (好吃到爆, 贵了点) multiplies the word just before it, if it is right there. */
  private amplifyLast(term: string, factor: number, start: number): void {
    const last = this.comment.items[this.comment.items.length - 1];
    if (this.lastWordEnd === start && this.comment.items.length > this.first) {
      last.weight *= factor;
      last.notes.push(factor > 1 ? "intensified" : "softened");
      last.modifiers.push(term);
    }
    this.boosters = [];
  }

  /** The word's own weight: a measured 高 / 低, or the lexicon's. */
  private baseWeight(term: LexiconTerm): number {
    const { measured, weight } = term.roles;
    return this.measured && measured !== undefined ? measured : (weight ?? 0);
  }

  /** Whether the boosters make the word a complaint of excess: too sweet, 太甜, too fast (not too good). */
  private isExcessive(term: LexiconTerm, base: number): boolean {
    if (this.measured && term.roles.measured !== undefined) return false;
    if (term.roles.descriptor && this.boosters.some((b) => b.excess)) return true;
    return base > 0 && base < STRONG_PRAISE && this.boosters.some((b) => b.praiseExcess);
  }

  private addWord(term: LexiconTerm, end: number): void {
    const base = this.baseWeight(term);
    // 不会再买了: "again" before a plain purchase (lukewarm) means "never again", settled at the clause's end.
    if (this.negators.length % 2 === 1 && this.lastNegator?.roles.again && base > 0 && base < 0.5)
      return;
    const excessive = this.isExcessive(term, base);
    const boosters = excessive ? this.boosters.filter((b) => !b.excess) : this.boosters;
    // An emoji is not negated: 没声音了💔 is as sad as 💔.
    const emoji = term.roles.emoji === true;
    const negated = this.negators.length % 2 === 1 && !emoji;
    // "never had one this good", 没喝过这么好喝的: a pointing intensifier after the negator makes praise.
    const superlative =
      negated && !this.compared && boosters.some((b) => b.pointer && b.start > this.negatorEnd);
    const notes: EvidenceNote[] = excessive ? ["excess"] : [];
    const modifiers = excessive ? this.boosters.filter((b) => b.excess).map((b) => b.term) : [];
    let weight = excessive ? EXCESS_WEIGHT : base;
    if (negated && weight === 0) this.negatedNeutral = [...this.negators];
    if (negated && !superlative) {
      weight = negatedWeight(weight, term, this.lastNegator);
      notes.push("negated");
      modifiers.unshift(...this.negators);
    } else {
      const factor = clampFactor(boosters.reduce((product, b) => product * b.factor, 1));
      weight *= factor;
      if (superlative) notes.push("superlative");
      if (factor !== 1) notes.push(factor > 1 ? "intensified" : "softened");
      modifiers.unshift(...boosters.filter((b) => b.factor !== 1).map((b) => b.term));
    }
    if (weight !== 0) this.comment.items.push(this.evidence(term, weight, notes, modifiers));
    if (!emoji) this.negators = [];
    this.boosters = [];
    this.compared = false;
    this.lastWordEnd = end;
    this.lastWordTerm = term;
  }

  private evidence(
    term: LexiconTerm,
    weight: number,
    notes: EvidenceNote[],
    modifiers: string[]
  ): WorkingEvidence {
    return {
      term: term.term,
      lexiconWeight: this.baseWeight(term),
      weight,
      notes,
      modifiers,
      emoji: term.roles.emoji === true,
      pointed: this.boosters.some((b) => b.demonstrative),
      conceded: this.facts.conceding,
    };
  }

  /** Hands what is left at the clause's end (unspent negators, the closing particle) to the clause's constructions. */
  private settle(): void {
    const facts = this.facts;
    const pending = this.negators.length % 2 === 1;
    const negators = pending ? this.negators : this.negatedNeutral;
    if (facts.comparison !== undefined) facts.shortfallNegators = [...negators];
    if (pending && this.lastNegator?.roles.again) facts.neverAgain = [...this.negators];
    const { tokens, lastWord, exclaimed } = this.clause;
    const particle =
      lastWord >= 0 && this.lexicon.root.next.get(tokens[lastWord])?.term?.roles.questionParticle;
    facts.asked = !exclaimed && (facts.asked || particle === true);
    settleClause(facts, this.comment, this.first);
  }
}

/** Adds one clause's evidence to the comment's. */
export function scanClause(lexicon: Lexicon, clause: Clause, comment: CommentEvidence): void {
  new ClauseScanner(lexicon, clause, comment).scan();
}

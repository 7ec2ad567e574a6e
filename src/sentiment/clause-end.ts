/**
 * What a clause says as a whole, settled once all its words are read: a negated comparison, a wait, a
 * "never again", a regret of not buying sooner, and whether it only asks.
 */
import { CommentEvidence, EvidenceNote, WorkingEvidence } from "./evidence";

// "isn't as bright as advertised": a negated comparison with no opinion word falls short.
const SHORTFALL_WEIGHT = -1.5;
// "waited 40 minutes", 等了两个礼拜: a wait with a length of time; "没等多久": a short one is mild praise.
const WAIT_WEIGHT = -2;
const SHORT_WAIT_WEIGHT = 1;
// 再也不會來了, 不会再买: "never again" with nothing after it.
const NEVER_AGAIN_WEIGHT = -2.5;
// "why didn't I buy it sooner", 后悔没早点买.
const NOT_SOONER_WEIGHT = 2;

/** What the scanner noticed in one clause besides its opinion words. */
export interface ClauseFacts {
  /** The comparison word of the clause (as advertised, 想像中), and the negators that reached it. */
  comparison?: string;
  shortfallNegators: string[];
  /** The wait word, and whether a negator came before it. */
  wait?: { term: string; negated: boolean };
  duration: boolean;
  /** An "again" negator that found nothing to negate, and whether "other" brands were named (loyalty). */
  neverAgain?: string[];
  other: boolean;
  sooner?: string;
  regret: boolean;
  discovery: boolean;
  negated: boolean;
  /** The clause asks, and whether its opinion words still count (why, who else, pointed at). */
  asked: boolean;
  rhetorical: boolean;
  conceding: boolean;
}

/** A clause's facts before its first word; `asked` when it ends with a question mark. */
export function newClauseFacts(asked: boolean): ClauseFacts {
  return {
    shortfallNegators: [],
    duration: false,
    regret: false,
    discovery: false,
    other: false,
    negated: false,
    asked,
    rhetorical: false,
    conceding: false,
  };
}

/** Evidence made by a construction of the clause rather than by one lexicon word. */
function constructed(
  term: string,
  weight: number,
  notes: EvidenceNote[],
  modifiers: string[],
  conceding: boolean
): WorkingEvidence {
  return {
    term,
    lexiconWeight: 0,
    weight,
    notes,
    modifiers,
    emoji: false,
    pointed: false,
    conceded: conceding,
  };
}

function settleShortfall(facts: ClauseFacts, items: WorkingEvidence[]): void {
  if (facts.comparison === undefined || facts.shortfallNegators.length === 0) return;
  items.push(
    constructed(
      facts.comparison,
      SHORTFALL_WEIGHT,
      ["negated"],
      facts.shortfallNegators,
      facts.conceding
    )
  );
}

function settleWait(facts: ClauseFacts, items: WorkingEvidence[]): void {
  if (!facts.wait || !facts.duration) return;
  const { term, negated } = facts.wait;
  const weight = negated ? SHORT_WAIT_WEIGHT : WAIT_WEIGHT;
  items.push(
    constructed(term, weight, negated ? ["wait", "negated"] : ["wait"], [], facts.conceding)
  );
}

function settleNeverAgain(facts: ClauseFacts, items: WorkingEvidence[]): void {
  if (!facts.neverAgain || facts.other) return;
  const [first, ...rest] = facts.neverAgain;
  items.push(constructed(first, NEVER_AGAIN_WEIGHT, ["never-again"], rest, facts.conceding));
}

/** Regretting not buying sooner praises; the clause's complaints (后悔) count nothing. */
function settleNotSooner(facts: ClauseFacts, items: WorkingEvidence[], first: number): void {
  const { sooner, negated, rhetorical, regret, discovery } = facts;
  if (sooner === undefined || !negated || !discovery || !(rhetorical || regret)) return;
  for (const item of items.slice(first))
    if (item.weight < 0) {
      item.weight = 0;
      item.notes.push("not-sooner");
    }
  items.push(constructed(sooner, NOT_SOONER_WEIGHT, ["not-sooner"], [], facts.conceding));
}

/** A question's opinion words ask rather than judge, unless pointed at (这么好喝的哪里买？) or asked why; emoji count. */
function settleQuestion(facts: ClauseFacts, items: WorkingEvidence[], first: number): void {
  if (!facts.asked || facts.rhetorical) return;
  for (const item of items.slice(first)) {
    if (item.emoji || item.pointed) continue;
    item.weight = 0;
    item.notes.push("in-question");
  }
}

/** Adds what the clause says as a whole to the comment's evidence; `first` is the clause's first item. */
export function settleClause(facts: ClauseFacts, comment: CommentEvidence, first: number): void {
  const items = comment.items;
  settleShortfall(facts, items);
  settleWait(facts, items);
  settleNeverAgain(facts, items);
  settleNotSooner(facts, items, first);
  settleQuestion(facts, items, first);
}

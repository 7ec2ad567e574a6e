/** The words that decided a label, as the classifier gathers them and as it reports them. */

/** What changed a word's weight on its way to the score. */
export type EvidenceNote =
  | "negated"
  | "intensified"
  | "softened"
  | "excess"
  | "superlative"
  | "in-question"
  | "conceded"
  | "before-contrast"
  | "after-contrast"
  | "before-verdict"
  | "wait"
  | "never-again"
  | "not-sooner"
  | "lukewarm"
  | "neither-nor";

/** A word that counted, with its weight in the lexicon and what it added to the score. */
export interface Evidence {
  /** The lexicon term, as written there. */
  readonly term: string;
  readonly lexiconWeight: number;
  /** Its share of the score, after the rules. */
  readonly weight: number;
  readonly notes: readonly EvidenceNote[];
  /** The negators and intensifiers that applied to it, in text order. */
  readonly modifiers: readonly string[];
}

/** Evidence while the comment is read: its weight still changes, and it remembers how it was found. */
export interface WorkingEvidence {
  term: string;
  lexiconWeight: number;
  weight: number;
  notes: EvidenceNote[];
  modifiers: string[];
  emoji: boolean;
  /** Reached by a pointing intensifier (so, 这么): still an opinion inside a question. */
  pointed: boolean;
  conceded: boolean;
}

/** What one comment has gathered so far: clauses add to it in turn. */
export interface CommentEvidence {
  readonly items: WorkingEvidence[];
  /** Items before this index came before the last contrast word; -1 without one. */
  contrastAt: number;
  /** Items from this index on follow a summary word (overall, 总的来说); -1 without one. */
  verdictAt: number;
}

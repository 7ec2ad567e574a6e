/** The lexicon as the classifier reads it: built-in words and rules, the user's words on top, in a token trie. */
import * as data from "./lexicon-data";
import { RULE_LISTS, TermRoles } from "./roles";
import { readClauses } from "./tokens";

export type { TermRoles } from "./roles";

/** One term of the lexicon with its roles. */
export interface LexiconTerm {
  /** As written in the lexicon, for explanations. */
  readonly term: string;
  readonly roles: Readonly<TermRoles>;
  readonly fromUser: boolean;
}

/** A node of the token trie: a term ends here when `term` is set. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  term?: LexiconTerm;
}

/** A built lexicon: pass it to classifyComment. */
export interface Lexicon {
  readonly root: TrieNode;
  /** Every token of every term, to undo elongations in text ("soooo"). */
  readonly words: ReadonlySet<string>;
}

/** A word or phrase of the user's lexicon range. */
export interface UserEntry {
  term: string;
  weight: number;
}

/** Why a user entry cannot be used; `index` is its 0-based position in the entries given. */
export type LexiconProblem =
  | { reason: "blankTerm"; index: number }
  | { reason: "weightNotNumber"; index: number; term: string; weight: unknown }
  | { reason: "noWords"; index: number; term: string }
  | { reason: "spansClauses"; index: number; term: string }
  | { reason: "conflictingDuplicate"; index: number; term: string; firstIndex: number };

/** A lexicon, or every problem of the user's entries. */
export type LexiconResult =
  { ok: true; lexicon: Lexicon } | { ok: false; problems: LexiconProblem[] };

interface KeyedTerm {
  tokens: string[];
  term: LexiconTerm;
}

const neverKnown = () => false;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** The tokens of a lexicon term, read as text is read, or why they cannot match: no words, or a clause mark inside. */
export function termTokens(term: string): string[] | "noWords" | "spansClauses" {
  const clauses = readClauses(term, neverKnown);
  if (clauses.length === 0) return "noWords";
  return clauses.length > 1 ? "spansClauses" : clauses[0].tokens;
}

/** Splits a data row's "a, b, c" into its terms. */
export function splitTerms(list: string): string[] {
  return list
    .split(",")
    .map((term) => term.trim())
    .filter((term) => term !== "");
}

function emojiRole(tokens: string[]): TermRoles {
  return tokens.length === 1 && PICTOGRAPH.test(tokens[0]) ? { emoji: true } : {};
}

/** Adds a role to a term; the built-in lists give one term several roles (好: intensifier and opinion). */
function addRoles(terms: Map<string, KeyedTerm>, term: string, roles: TermRoles): void {
  const tokens = termTokens(term);
  if (typeof tokens === "string") return;
  const key = tokens.join(" ");
  const known = terms.get(key)?.term.roles;
  terms.set(key, {
    tokens,
    term: { term, roles: { ...known, ...roles, ...emojiRole(tokens) }, fromUser: false },
  });
}

function addList(terms: Map<string, KeyedTerm>, list: string, roles: TermRoles): void {
  for (const term of splitTerms(list)) addRoles(terms, term, roles);
}

function addWeighted(
  terms: Map<string, KeyedTerm>,
  rows: readonly data.WeightedTerms[],
  role: (value: number) => TermRoles
): void {
  for (const [value, list] of rows) addList(terms, list, role(value));
}

function readBuiltIn(): Map<string, KeyedTerm> {
  const terms = new Map<string, KeyedTerm>();
  for (const rows of Object.values(data.OPINION_WORDS))
    addWeighted(terms, rows, (weight) => ({ weight }));
  addWeighted(terms, data.DESCRIPTORS, (weight) => ({ weight, descriptor: true }));
  addWeighted(terms, data.INTENSIFIERS, (factor) => ({ factor }));
  addWeighted(terms, data.POST_INTENSIFIERS, (postFactor) => ({ postFactor }));
  addWeighted(terms, data.MEASURE_WORDS, (measured) => ({ measured }));
  for (const [list, roles] of RULE_LISTS) addList(terms, list, roles);
  return terms;
}

function trieOf(terms: Map<string, KeyedTerm>): Lexicon {
  const root: TrieNode = { next: new Map() };
  const words = new Set<string>();
  for (const { tokens, term } of terms.values()) {
    let node = root;
    for (const token of tokens) {
      words.add(token);
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map() }));
      node = child;
    }
    node.term = term;
  }
  return { root, words };
}

/** The tokens of one user entry, or why it cannot be used. */
function readUserEntry(entry: UserEntry, index: number): string[] | LexiconProblem {
  const term = typeof entry.term === "string" ? entry.term.trim() : "";
  if (term === "") return { reason: "blankTerm", index };
  const weight: unknown = entry.weight;
  if (typeof weight !== "number" || !Number.isFinite(weight))
    return { reason: "weightNotNumber", index, term, weight };
  const tokens = termTokens(term);
  return typeof tokens === "string" ? { reason: tokens, index, term } : tokens;
}

/** Checks the user's entries and lays their weights over the built-in terms (their other roles stay). */
function addUserEntries(
  terms: Map<string, KeyedTerm>,
  entries: readonly UserEntry[]
): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const seen = new Map<string, { index: number; weight: number }>();
  entries.forEach((entry, index) => {
    const tokens = readUserEntry(entry, index);
    if (!Array.isArray(tokens)) {
      problems.push(tokens);
      return;
    }
    const key = tokens.join(" ");
    const term = entry.term.trim();
    const first = seen.get(key);
    if (first && first.weight !== entry.weight) {
      problems.push({ reason: "conflictingDuplicate", index, term, firstIndex: first.index });
      return;
    }
    seen.set(key, first ?? { index, weight: entry.weight });
    const roles = { ...terms.get(key)?.term.roles, ...emojiRole(tokens), weight: entry.weight };
    terms.set(key, { tokens, term: { term, roles, fromUser: true } });
  });
  return problems;
}

let builtIn: Map<string, KeyedTerm> | undefined;
let builtInLexicon: Lexicon | undefined;
// Excel recalculates with the same lexicon range again and again: the last user lexicon is kept.
let lastUser: { key: string; result: LexiconResult } | undefined;

function entriesKey(entries: readonly UserEntry[]): string {
  return entries
    .map((entry) => `${String(entry.term)}\u0000${String(entry.weight)}`)
    .join("\u0001");
}

/** The built-in lexicon with the user's entries added; a user entry overrides a built-in word's weight. */
export function buildLexicon(userEntries: readonly UserEntry[] = []): LexiconResult {
  builtIn ??= readBuiltIn();
  if (userEntries.length === 0) return { ok: true, lexicon: (builtInLexicon ??= trieOf(builtIn)) };
  const key = entriesKey(userEntries);
  if (lastUser?.key === key) return lastUser.result;
  const terms = new Map(builtIn);
  const problems = addUserEntries(terms, userEntries);
  const result: LexiconResult =
    problems.length > 0 ? { ok: false, problems } : { ok: true, lexicon: trieOf(terms) };
  lastUser = { key, result };
  return result;
}

/** The longest term starting at token `start`, and the token after it. */
export function longestTerm(
  lexicon: Lexicon,
  tokens: readonly string[],
  start: number
): { term: LexiconTerm; end: number } | undefined {
  let node: TrieNode | undefined = lexicon.root;
  let found: { term: LexiconTerm; end: number } | undefined;
  for (let i = start; i < tokens.length; i++) {
    node = node.next.get(tokens[i]);
    if (!node) break;
    if (node.term) found = { term: node.term, end: i + 1 };
  }
  return found;
}

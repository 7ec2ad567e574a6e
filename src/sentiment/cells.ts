/** Reading the sentiment functions' arguments: comment cells as text, and the user's lexicon range. */
import { badArguments, badCell, Problem, ProblemDetail } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { failure, Result, success } from "../cells/result";
import { columnCount, isBlank, isOmitted, Matrix, toNumber } from "../cells/values";
import { buildLexicon, Lexicon, LexiconProblem, UserEntry } from "./lexicon";

/**
 * A cell's text as Excel shows it: Excel turns comments such as 666 ("awesome") or "true" into a
 * number or a logical when they are typed, so those are read as their text. Anything else (a data
 * type, say) has no text: undefined.
 */
export function cellText(cell: unknown): string | undefined {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return undefined;
}

/** The not-text problem of a cell of a range. */
export function notText(cell: unknown, arg: string, range: Matrix, row: number, column: number) {
  return badCell({ kind: "notText", value: cell, at: positionOf(arg, range, row, column) });
}

/** The user's entries of a lexicon range, with the row and the weight cell each came from. */
interface LexiconRows {
  entries: UserEntry[];
  rows: number[];
  weightCells: unknown[];
}

/** Reads the two columns of a lexicon range from row `from`; fully blank rows are skipped, room left to grow. */
function readLexiconRows(range: Matrix, arg: string, from = 0): Result<LexiconRows, Problem> {
  if (columnCount(range) !== 2) return badArguments({ kind: "lexiconColumns", arg });
  const read: LexiconRows = { entries: [], rows: [], weightCells: [] };
  for (let r = from; r < range.length; r++) {
    const [word, weight] = range[r];
    if (isBlank(word) && isBlank(weight)) continue;
    const term = isBlank(word) ? "" : cellText(word);
    if (term === undefined) return notText(word, arg, range, r, 0);
    // buildLexicon checks every entry: a weight that is not a number reaches it as NaN.
    read.entries.push({ term, weight: toNumber(weight) });
    read.rows.push(r + 1);
    read.weightCells.push(weight);
  }
  return success(read);
}

/** A problem of the lexicon's check, told by its row in the user's range. */
function lexiconRowDetail(problem: LexiconProblem, read: LexiconRows, arg: string): ProblemDetail {
  const row = read.rows[problem.index];
  switch (problem.reason) {
    case "blankTerm":
      return { kind: "lexiconBlankWord", arg, row };
    case "weightNotNumber": {
      const value = read.weightCells[problem.index];
      return isBlank(value)
        ? { kind: "lexiconNoWeight", arg, row }
        : { kind: "lexiconWeight", arg, row, value };
    }
    case "noWords":
      return { kind: "lexiconNoWords", arg, row, term: problem.term };
    case "spansClauses":
      return { kind: "lexiconSpansClauses", arg, row, term: problem.term };
    case "conflictingDuplicate": {
      const firstRow = read.rows[problem.firstIndex];
      return { kind: "lexiconDuplicate", arg, row, term: problem.term, firstRow };
    }
  }
}

/** The built-in lexicon with the user's words of a lexicon range (omitted or blank: none); each bad row is named. */
export function lexiconOf(range: Matrix | null | undefined, arg: string): Result<Lexicon, Problem> {
  const read = isOmitted(range)
    ? success({ entries: [], rows: [], weightCells: [] })
    : readLexiconRows(range, arg);
  if (!read.ok) return read;
  const built = builtFrom(read.value, arg);
  return built.ok ? success(built.value.lexicon) : built;
}

let builtIn: Lexicon | undefined;

/** The built-in lexicon alone, built once. */
export function builtInLexicon(): Lexicon {
  if (builtIn) return builtIn;
  const built = buildLexicon();
  // Without the user's words there is nothing that can be wrong.
  if (!built.ok) throw new Error("the built-in lexicon could not be built");
  return (builtIn = built.lexicon);
}

/** A lexicon of the user's words given to the summary, and how it was read. */
export interface UserLexicon {
  lexicon: Lexicon;
  /** The user's words and phrases. */
  words: number;
  /** True when the first row was a header ("Word, Weight"). */
  header: boolean;
}

/**
 * The built-in lexicon with the user's words of a range or file given to the summary (the pane's
 * lexicon range, the report's --lexicon): as WOM.SENTIMENT reads its lexicon range, except that
 * a first row whose weight is text, such as "Word, Weight", is the table's header.
 */
export function userLexicon(range: Matrix, name: string): Result<UserLexicon, Problem> {
  const weight = range[0]?.[1];
  const header =
    typeof weight === "string" && weight.trim() !== "" && Number.isNaN(toNumber(weight));
  const read = readLexiconRows(range, name, header ? 1 : 0);
  if (!read.ok) return read;
  const built = builtFrom(read.value, name);
  return built.ok ? success({ ...built.value, header }) : built;
}

function builtFrom(
  read: LexiconRows,
  arg: string
): Result<{ lexicon: Lexicon; words: number }, Problem> {
  const built = buildLexicon(read.entries);
  if (built.ok) return success({ lexicon: built.lexicon, words: read.entries.length });
  const problems = built.problems.map((problem) => lexiconRowDetail(problem, read, arg));
  return failure(...problems.map((detail): Problem => ({ code: "#VALUE!", detail })));
}

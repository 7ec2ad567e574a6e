/**
 * The user's words for labelling comment text: the range picked in the pane, what it read as, and
 * the labeller a summary job uses. Only mentions without labels are labelled, so only they need it.
 */
import { onSheet } from "../../cells/a1";
import { Problem } from "../../cells/problem";
import { RangeCells, WorkbookProblem } from "../../excel/port";
import { evidenceText } from "../../i18n/cell-messages";
import { builtInLexicon, Evidence, userLexicon } from "../../sentiment";
import { CommentLabeller, needsCommentLabels, sourceOf } from "../../summary";
import { LexiconRange, mappedSources, PaneState } from "./pane";

/** The range of the user's words as read from the workbook, its rows checked. */
export function lexiconRangeOf(cells: RangeCells): LexiconRange {
  const { sheet, address, values } = cells;
  return { sheet, address, read: userLexicon(values, lexiconName(cells)) };
}

/** The range as messages name it: "Words!A1:B13". */
export function lexiconName(range: { sheet: string; address: string }): string {
  return onSheet(range.sheet, range.address);
}

/** True when the mentions as mapped have comment text and no labels: the add-in labels them. */
export function needsAutomaticLabels(state: PaneState): boolean {
  const mentions = sourceOf(mappedSources(state), "mentions");
  return mentions !== undefined && needsCommentLabels(mentions);
}

/** Why the user's words cannot be used: the workbook's problem reading them, or their bad rows. */
export function lexiconProblems(state: PaneState): (WorkbookProblem | Problem)[] {
  if (state.lexiconUnread) return [state.lexiconUnread];
  const read = state.lexicon?.read;
  return read && !read.ok ? [...read.problems] : [];
}

/**
 * True when the comments are to be labelled and the user's words picked have a problem: nothing is
 * written then. A selection that could not be read, with no words picked before, is only told.
 */
export function lexiconBlocks(state: PaneState): boolean {
  return (
    needsAutomaticLabels(state) && state.lexicon !== undefined && lexiconProblems(state).length > 0
  );
}

/** The labeller of a summary job: the built-in lexicon, with the user's words when they read well. */
export function commentLabeller(state: PaneState): CommentLabeller {
  const { locale, lexicon } = state;
  const describe = (evidence: readonly Evidence[]) => evidenceText(evidence, locale);
  const read = lexicon?.read;
  if (!lexicon || !read?.ok)
    return new CommentLabeller({ lexicon: builtInLexicon(), locale, describe });
  const own = { words: read.value.words, from: lexiconName(lexicon) };
  return new CommentLabeller({ lexicon: read.value.lexicon, locale, describe, own });
}

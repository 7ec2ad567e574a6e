/** Sentiment of comment text: the one entry point of src/sentiment. */
export { buildLexicon } from "./lexicon";
export type { Lexicon, LexiconProblem, LexiconResult, UserEntry } from "./lexicon";
export { classifyComment, labelOfScore, NEGATIVE_FROM, POSITIVE_FROM } from "./classify";
export type { SentimentLabel, SentimentResult } from "./classify";
export type { Evidence, EvidenceNote } from "./evidence";
export { describeEvidence } from "./explain";
export { builtInLexicon, cellText, lexiconOf, notText, userLexicon } from "./cells";
export type { UserLexicon } from "./cells";

/** One home for every word the add-in says, in English, 简体中文 and 繁體中文. */
export { LANGUAGE_NAMES, LOCALES, toLocale } from "./locale";
export type { Locale } from "./locale";
export { wordsOf } from "./languages";
export { describeValue } from "./describe-value";
export { measureName } from "./measure-names";
export { paneText } from "./pane-text";
export type { PaneParams } from "./pane-text";
export { problemMessage } from "./cell-messages";
export { sourceProblemMessage } from "./source-messages";
export { reportProblemMessage } from "./report-messages";
export type { PaneKey } from "./en/pane";
export type { Glossary, Punctuation } from "./glossary";
export type { SheetWords } from "./sheet-words";
export { sheetWordsOf } from "./sheets";
export type { Words } from "./words";

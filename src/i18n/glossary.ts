/** The terms the pane, the sheet and the report share: each language says them one way only. */

/** One language's shared terms; every text that speaks of these uses exactly these strings. */
export interface Glossary {
  /** The add-in's word for what it makes. */
  summary: string;
  /** The title of the summary sheet and of the pane. */
  title: string;
  /** The summary sheet's tab, before " (2)" makes it unique: at most 31 characters. */
  sheetName: string;
  /** The pane's button that makes the summary, as the sheet and the report refer to it. */
  createButton: string;
  /** A KOC or KOL whose posts the summary ranks. */
  creator: string;
  /** Where a post was published: Weibo, 小红书… */
  channel: string;
}

/** How a language joins words in a message. */
export interface Punctuation {
  /** After a label: ": " or "：". */
  colon: string;
  /** Between the items of a list: ", " or "、". */
  listSeparator: string;
  /** Between the last two choices: " or " or "或". */
  or: string;
}

/** The terms the pane, the sheet and the report share, in English. */
import type { Glossary, Punctuation } from "../glossary";

export const glossary: Glossary = {
  summary: "summary",
  title: "Campaign summary",
  sheetName: "Campaign Summary",
  createButton: "Create summary",
  creator: "creator",
  channel: "channel",
};

export const punctuation: Punctuation = { colon: ": ", listSeparator: ", ", or: " or " };

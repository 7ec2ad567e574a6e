/** The terms the pane, the sheet and the report share, in English. */
import type { Glossary } from "../glossary";

export const glossary: Glossary = {
  summary: "summary",
  title: "Campaign summary",
  sheetName: "Campaign Summary",
  createButton: "Create summary",
  creator: "creator",
  channel: "channel",
};

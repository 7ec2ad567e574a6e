/** The terms the pane, the sheet and the report share, in 繁體中文. */
import type { Glossary, Punctuation } from "../glossary";

export const glossary: Glossary = {
  summary: "摘要",
  title: "活動摘要",
  sheetName: "活動摘要",
  createButton: "建立摘要",
  creator: "創作者",
  channel: "平台",
};

export const punctuation: Punctuation = { colon: "：", listSeparator: "、", or: "或" };

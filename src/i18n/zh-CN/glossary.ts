/** The terms the pane, the sheet and the report share, in 简体中文. */
import type { Glossary, Punctuation } from "../glossary";

export const glossary: Glossary = {
  summary: "汇总",
  title: "活动汇总",
  sheetName: "活动汇总",
  createButton: "生成汇总",
  creator: "博主",
  channel: "平台",
};

export const punctuation: Punctuation = { colon: "：", listSeparator: "、", or: "或" };

/** Everything the add-in says in 繁體中文. */
import type { Words } from "../words";
import { cells } from "./cells";
import { evidence } from "./evidence";
import { glossary, punctuation } from "./glossary";
import { measures } from "./measures";
import { pane } from "./pane";
import { report } from "./report";
import { sheet } from "./sheet";
import { sources } from "./sources";

export const words: Words = {
  glossary,
  punctuation,
  cells,
  evidence,
  sources,
  measures,
  sheet,
  pane,
  report,
};

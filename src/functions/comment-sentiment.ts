// Labelling comment text from its words. Each JSDoc is the function's help in Excel (see functions.ts).
import { badArguments, Problem } from "../cells/problem";
import { Result, success } from "../cells/result";
import { columnCount, isBlank, isSingleCell, Matrix } from "../cells/values";
import { evidenceText } from "../i18n/cell-messages";
import { cellText, classifyComment, Lexicon, lexiconOf, notText } from "../sentiment";
import { displayLocale, excelTable } from "./excel-result";

// A blank cell of a spilled result: Excel shows a null there as 0 (office-js issue 1503), "" as empty.
const BLANK = "";

/**
 * Labels each comment positive, neutral or negative from its words (English, 简体中文, 繁體中文, Cantonese, slang, emoji), spilled in the shape of texts. The labels are these English words in every language, for WOM.SOCIALNPS and COUNTIF.
 * @customfunction SENTIMENT
 * @helpurl https://localhost:3000/help.html#womsentiment
 * @param {any[][]} texts Comments: one cell or a range. A blank cell gives a blank; a number or TRUE/FALSE is read as the text it shows (666 is praise).
 * @param {any[][]} [lexicon] Optional range of two columns without a header: a word or phrase, then its weight (above 0 praises, below 0 complains, 0 silences). Added to the built-in words; where both have a word, yours wins.
 * @returns {string[][]} positive, neutral or negative for each cell of texts, in its shape.
 */
export function sentiment(texts: any[][], lexicon?: any[][]) {
  return excelTable(() => {
    const words = lexiconOf(lexicon, "lexicon");
    if (!words.ok) return words;
    return labelsOf(texts, words.value);
  });
}

/**
 * Why a comment gets its label, in one row of 3 cells: the label, its score (positive from +0.5, negative from −0.5) and the words that decided it with their weights, such as 不 好喝 −2 (negated). Shows what to put in your lexicon.
 * @customfunction SENTIMENTWHY
 * @helpurl https://localhost:3000/help.html#womsentimentwhy
 * @param {any[][]} text One comment, in one cell. A blank cell gives a blank row.
 * @param {any[][]} [lexicon] Optional: the same lexicon range as WOM.SENTIMENT's, two columns of a word or phrase and its weight.
 * @returns {any[][]} The label, the score and the words with their weights, spilled to the right.
 */
export function sentimentWhy(text: any[][], lexicon?: any[][]) {
  return excelTable(() => {
    if (!isSingleCell(text))
      return badArguments({ kind: "shapeMismatch", arg: "text", expected: "one cell" });
    const words = lexiconOf(lexicon, "lexicon");
    if (!words.ok) return words;
    const cell = text[0][0];
    const comment = isBlank(cell) ? "" : cellText(cell);
    if (comment === undefined) return notText(cell, "text", text, 0, 0);
    const result = classifyComment(comment, words.value);
    if (!result) return success([[BLANK, BLANK, BLANK]]);
    return success([[result.label, result.score, evidenceText(result.evidence, displayLocale())]]);
  });
}

/** The label of every cell of a range, in its shape: blank for a blank (or a ragged row's missing cell). */
function labelsOf(texts: Matrix, lexicon: Lexicon): Result<string[][], Problem> {
  const width = columnCount(texts);
  if (width === 0) return badArguments({ kind: "noData", arg: "texts" });
  const labels: string[][] = new Array(texts.length);
  for (let r = 0; r < texts.length; r++) {
    const row = texts[r];
    const out: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (isBlank(cell)) {
        out[c] = BLANK;
        continue;
      }
      const text = cellText(cell);
      if (text === undefined) return notText(cell, "texts", texts, r, c);
      out[c] = classifyComment(text, lexicon)?.label ?? BLANK;
    }
    labels[r] = out;
  }
  return success(labels);
}

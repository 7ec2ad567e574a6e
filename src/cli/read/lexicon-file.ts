/**
 * The user's words of --lexicon: a CSV (or .xlsx sheet) of two columns, a word or phrase and its
 * weight, read as the pane reads a lexicon range (a first row of text, such as "Word, Weight", is
 * its header). Each bad row stops the report with its row, worded as WOM.SENTIMENT words it.
 */
import { userLexicon, UserLexicon } from "../../sentiment";
import { InputRef } from "../arguments";
import { fail } from "../problems";
import { EncodingChoice } from "./encoding";
import { CellValue } from "./cell-values";
import { inputFile, readFileRecords, settleEncoding } from "./source-file";

/** The built-in lexicon with the words of the file; a bad file raises a report problem naming it. */
export async function readLexiconFile(
  ref: InputRef,
  encoding: EncodingChoice
): Promise<UserLexicon & { file: string }> {
  const file = inputFile(ref, []);
  const settled = await settleEncoding(file, encoding);
  // Rows kept at their place in the file, so that a problem names the row a spreadsheet shows.
  const rows: CellValue[][] = [];
  for await (const batch of readFileRecords(file, settled))
    for (const record of batch.records) rows[record.row - 1] = record.cells;
  if (rows.length === 0) return fail({ kind: "emptyFile", file: file.label });
  const read = userLexicon(
    Array.from(rows, (row) => row ?? []),
    file.label
  );
  if (!read.ok) return fail({ kind: "lexicon", detail: read.problems[0].detail });
  return { ...read.value, file: file.label };
}

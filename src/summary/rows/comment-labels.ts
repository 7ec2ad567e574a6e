/**
 * Mentions that come as comment text with no label: the add-in labels each comment positive,
 * neutral or negative from its words (src/sentiment), as WOM.SENTIMENTWHY does, in columns added
 * after the source's own on a sheet the summary makes. The user's source is never written to; a
 * label column, when the source has one, always wins.
 */
import { Locale } from "../../i18n/locale";
import { sheetWordsOf } from "../../i18n/sheets";
import { cellText, classifyComment, Evidence, Lexicon } from "../../sentiment";
import { ColumnMapping, CommentLabels, MappedSource, SourceTable } from "../model/source";

/** The cells added after a comment's row: its label, its score and the words that decided it. */
export type LabelCells = [label: string, score: number | string, words: string];

/** What labels comments: a lexicon, and the user's words in it. */
export interface LabellerOptions {
  lexicon: Lexicon;
  /** The sheet's language, for the label columns' headers. */
  locale: Locale;
  /** The words that decided a label, as one line of text in that language (as WOM.SENTIMENTWHY gives it). */
  describe: (evidence: readonly Evidence[]) => string;
  /** The user's words in `lexicon`: how many, and the range or file they came from. */
  own?: { words: number; from: string };
}

/** Labels comments one cell at a time with a lexicon: the built-in one, with the user's words. */
export class CommentLabeller {
  readonly headers: string[];
  readonly labels: CommentLabels;

  constructor(private readonly options: LabellerOptions) {
    const words = sheetWordsOf(options.locale).commentLabels;
    this.headers = [words.label, words.score, words.why];
    const { own } = options;
    this.labels = own ? { ownWords: own.words, lexicon: own.from } : { ownWords: 0 };
  }

  /** The label cells of one comment cell; blanks for a blank cell or one that holds no text. */
  cells(cell: unknown): LabelCells {
    const text = cellText(cell);
    const result = text === undefined ? undefined : classifyComment(text, this.options.lexicon);
    if (!result) return ["", "", ""];
    return [result.label, result.score, this.options.describe(result.evidence)];
  }
}

/**
 * A source whose every row carries its label cells after its `width` own columns: the added
 * headers, the sentiment mapped to the label column, and the mark that the labels are automatic.
 */
export function withLabelColumns(
  table: SourceTable,
  mapping: ColumnMapping,
  width: number,
  labeller: CommentLabeller
): MappedSource {
  return {
    table: {
      ...table,
      headers: [...table.headers.slice(0, width), ...labeller.headers],
      commentLabels: labeller.labels,
    },
    mapping: { ...mapping, sentiment: width },
  };
}

// Labels text with the built-in lexicon, for tests that read like the spec.
import { buildLexicon, classifyComment, Lexicon, SentimentResult } from "../../../src/sentiment";

/** The built-in lexicon; a test fails loudly if it cannot be built. */
export function builtIn(): Lexicon {
  const result = buildLexicon();
  if (!result.ok) throw new Error(`built-in lexicon: ${JSON.stringify(result.problems)}`);
  return result.lexicon;
}

/** The full result for text that is not blank. */
export function classified(text: string, lexicon: Lexicon = builtIn()): SentimentResult {
  const result = classifyComment(text, lexicon);
  if (!result) throw new Error(`"${text}" was read as blank`);
  return result;
}

/** The label of text. */
export function labelOf(text: string, lexicon: Lexicon = builtIn()): string {
  return classified(text, lexicon).label;
}

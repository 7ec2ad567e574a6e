/** Turning the pane's language-free messages into text in the chosen language. */
import { Problem } from "../../cells/problem";
import { WorkbookProblem } from "../../excel/port";
import { Locale, PaneKey, paneText, problemMessage, sourceProblemMessage } from "../../i18n";
import { sheetWordsOf } from "../../i18n/sheets";
import { rowAccountText, SourceKind } from "../../summary";
import { PaneMessage } from "../state/pane";

/** A source's title: Posts, Mentions, Orders. */
export function sourceTitle(kind: SourceKind, locale: Locale): string {
  return paneText(locale, `source.${kind}`);
}

/** What a workbook problem means; while reading, protection is only worth a warning. */
export function workbookProblemText(
  problem: WorkbookProblem,
  during: "read" | "write",
  locale: Locale
): string {
  const { code, ...params } = problem;
  if (during === "read" && (code === "protectedSheet" || code === "protectedWorkbook")) {
    return paneText(locale, `read.${code}`, params);
  }
  // The add-in's two kinds of sheet are refused in words of their own.
  const key: PaneKey =
    problem.code === "ownSheet" && problem.made === "usedRows"
      ? "problem.ownSheet.usedRows"
      : `problem.${code}`;
  return paneText(locale, key, params);
}

/** A message in the given language. */
export function messageText(message: PaneMessage, locale: Locale): string {
  switch (message.kind) {
    case "text": {
      const params = { ...message.params };
      if (message.about) params.source = sourceTitle(message.about, locale);
      if (message.other) params.other = sourceTitle(message.other, locale);
      return paneText(locale, message.key, params);
    }
    case "workbook":
      return workbookProblemText(message.problem, message.during, locale);
    case "source":
      // A source problem's message starts with the source it is about.
      return sourceProblemMessage(message.problem, locale);
    case "rows": {
      const params = {
        source: sourceTitle(message.source, locale),
        rows: rowAccountText(message.account, sheetWordsOf(locale)),
      };
      const sheet = message.usedRowsSheet;
      const rows =
        sheet === undefined
          ? paneText(locale, "status.rows", params)
          : paneText(locale, message.labelled ? "status.rowsLabelled" : "status.rowsSheet", {
              ...params,
              sheet,
            });
      if (!message.textRead) return rows;
      const { cells, text } = message.textRead;
      return `${rows} ${paneText(locale, "status.textRead", { cells, text })}`;
    }
    case "rate":
      return paneText(locale, "status.rateInvalid", {
        channel: message.channel ?? paneText(locale, "rateCard.other"),
        rate: paneText(locale, `rateCard.${message.rate}.long`),
      });
  }
}

// A bad row's problem has a detail to word; the workbook's own have only their code and its params.
const isRowProblem = (problem: WorkbookProblem | Problem): problem is Problem =>
  "detail" in problem && typeof problem.detail === "object";

/** What is wrong with the user's words: a bad row, named by its row in their range, or the workbook's problem reading them. */
export function lexiconProblemText(problem: WorkbookProblem | Problem, locale: Locale): string {
  if (isRowProblem(problem))
    return paneText(locale, "lexicon.problem", { problem: problemMessage(problem.detail, locale) });
  return workbookProblemText(problem, "read", locale);
}

/** How many of the user's words were read, and from where: "12 words from Words!A1:B13". */
export function lexiconReadText(words: number, range: string, locale: Locale): string {
  return words === 1
    ? paneText(locale, "lexicon.readOne", { range })
    : paneText(locale, "lexicon.read", { range, words });
}

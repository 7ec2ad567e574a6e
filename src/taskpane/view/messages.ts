/** Turning the pane's language-free messages into text in the chosen language. */
import { WorkbookProblem } from "../../excel/port";
import { Locale, PaneKey, paneText, sourceProblemMessage } from "../../i18n";
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
      const rows =
        message.usedRowsSheet === undefined
          ? paneText(locale, "status.rows", params)
          : paneText(locale, "status.rowsSheet", { ...params, sheet: message.usedRowsSheet });
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

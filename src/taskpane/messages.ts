/** Turning the pane's language-free messages into text in the chosen language. */
import { Locale } from "../cells/messages";
import { WorkbookProblem } from "../excel/port";
import { sourceProblemMessage } from "../summary/columns";
import { SourceKind } from "../summary/source";
import { PaneMessage } from "./state";
import { StringKey, text } from "./strings";

/** A source's title: Posts, Mentions, Orders. */
export function sourceTitle(kind: SourceKind, locale: Locale): string {
  return text(locale, `source.${kind}`);
}

/** What a workbook problem means; while reading, protection is only worth a warning. */
export function workbookProblemText(
  problem: WorkbookProblem,
  during: "read" | "write",
  locale: Locale
): string {
  const { code, ...params } = problem;
  if (during === "read" && (code === "protectedSheet" || code === "protectedWorkbook")) {
    return text(locale, `read.${code}`, params);
  }
  const key: StringKey = `problem.${code}`;
  return text(locale, key, params);
}

/** A message in the given language. */
export function messageText(message: PaneMessage, locale: Locale): string {
  switch (message.kind) {
    case "text": {
      const params = { ...message.params };
      if (message.about) params.source = sourceTitle(message.about, locale);
      return text(locale, message.key, params);
    }
    case "workbook":
      return workbookProblemText(message.problem, message.during, locale);
    case "source":
      // The summary module's messages start with the source they are about.
      return sourceProblemMessage(message.problem, locale);
    case "rate":
      return text(locale, "status.rateInvalid", {
        channel: message.channel ?? text(locale, "rateCard.other"),
        rate: text(locale, `rateCard.${message.rate}.long`),
      });
  }
}

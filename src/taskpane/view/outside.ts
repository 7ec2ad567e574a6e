/** What the page shows outside Excel: how to open it where it works. */
import { Locale, paneText } from "../../i18n";
import { element, replaceChildren } from "./dom";
import { languageMenu } from "./page";

/** Explains, in the chosen language, how to open the pane in Excel; the language can be switched. */
export function showOutsideExcel(root: HTMLElement, locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = paneText(locale, "outside.title");
  const choose = (chosen: Locale) => showOutsideExcel(root, chosen);
  replaceChildren(root, [
    element("header", {}, [
      element("h1", { id: "title" }, [paneText(locale, "outside.title")]),
      element("div", { class: "tools" }, [languageMenu(locale, choose)]),
    ]),
    element("p", { id: "outside" }, [paneText(locale, "outside.body")]),
    element("ol", { class: "steps" }, [
      element("li", {}, [paneText(locale, "outside.step1")]),
      element("li", {}, [paneText(locale, "outside.step2")]),
      element("li", {}, [paneText(locale, "outside.step3")]),
    ]),
  ]);
}

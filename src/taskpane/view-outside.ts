/** What the page shows outside Excel: how to open it where it works. */
import { Locale } from "../cells/messages";
import { element, replaceChildren } from "./dom";
import { text } from "./strings";
import { languageSelect } from "./view";

/** Explains, in the chosen language, how to open the pane in Excel; the language can be switched. */
export function showOutsideExcel(root: HTMLElement, locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = text(locale, "outside.title");
  const choose = (chosen: Locale) => showOutsideExcel(root, chosen);
  replaceChildren(root, [
    element("header", {}, [
      element("h1", { id: "title" }, [text(locale, "outside.title")]),
      element("div", { class: "language" }, [
        element("span", { id: "language-label" }, [text(locale, "language.label")]),
        languageSelect(locale, choose),
      ]),
    ]),
    element("p", { id: "outside" }, [text(locale, "outside.body")]),
    element("ol", { class: "steps" }, [
      element("li", {}, [text(locale, "outside.step1")]),
      element("li", {}, [text(locale, "outside.step2")]),
      element("li", {}, [text(locale, "outside.step3")]),
    ]),
  ]);
}

/**
 * Under mentions that have comment text and no labels: that the add-in labels them, and the user's
 * words ("Your words") it labels them with besides its own, picked like a source.
 */
import { paneText } from "../../i18n";
import { lexiconName, lexiconProblems } from "../state/lexicon";
import { PaneState } from "../state/pane";
import { button } from "./controls";
import { element } from "./dom";
import { lexiconProblemText, lexiconReadText } from "./messages";

/** What the section can ask for. */
export interface LexiconActions {
  useLexiconSelection(): void;
  removeLexicon(): void;
}

/** The section about labelling the mentions' comment text, with the user's words. */
export function lexiconSection(state: PaneState, actions: LexiconActions): HTMLElement {
  const { locale, lexicon } = state;
  const buttons = [
    button({
      key: "use-lexicon",
      label: paneText(locale, "source.use"),
      onClick: () => actions.useLexiconSelection(),
    }),
  ];
  if (lexicon)
    buttons.push(
      button({
        key: "remove-lexicon",
        label: paneText(locale, "source.remove"),
        appearance: "subtle",
        focusAfter: "use-lexicon",
        onClick: () => actions.removeLexicon(),
      })
    );
  const problems = lexiconProblems(state);
  return element(
    "div",
    { class: "lexicon", "data-lexicon": "", role: "group", "aria-labelledby": "lexicon-title" },
    [
      element("h3", { id: "lexicon-title" }, [paneText(locale, "lexicon.title")]),
      element("p", {}, [paneText(locale, "lexicon.automatic")]),
      element("div", { class: "source-head" }, [
        element("span", { class: "measure-name", id: "lexicon-own" }, [
          paneText(locale, "lexicon.own"),
        ]),
        element("div", { class: "buttons" }, buttons),
      ]),
      element("p", { class: "hint" }, [paneText(locale, "lexicon.hint")]),
      element("div", { class: "card-status", "data-status": "lexicon", role: "status" }, [
        problems.length === 0 && wordsRead(state),
      ]),
      element(
        "ul",
        { class: "problems", "data-problems": "lexicon" },
        problems.map((problem) =>
          element("li", { class: "error" }, [lexiconProblemText(problem, locale)])
        )
      ),
    ]
  );
}

// "12 words from Words!A1:B13".
function wordsRead({ lexicon, locale }: PaneState): HTMLElement | undefined {
  if (!lexicon?.read?.ok) return undefined;
  return element("p", { class: "notice success" }, [
    lexiconReadText(lexicon.read.value.words, lexiconName(lexicon), locale),
  ]);
}

/** The preview: the headline figures from every row, shown before the sheet is written. */
import { Locale, paneText } from "../../i18n";
import { sheetWordsOf } from "../../i18n/sheets";
import { codeAuditLine } from "../../summary";
import { PaneState } from "../state/pane";
import { LabelCounts, PreviewFigure, previewText } from "../state/preview";
import { element, replaceChildren } from "./dom";
import { messageText, sourceTitle } from "./messages";

export class PreviewSection {
  readonly section: HTMLElement;
  private readonly heading = element("h2", { id: "preview-title" });
  private readonly body = element("div", { id: "preview-body", "aria-live": "polite" });

  constructor() {
    this.section = element("section", { id: "preview", "aria-labelledby": "preview-title" }, [
      this.heading,
      this.body,
    ]);
  }

  render(state: PaneState): void {
    const { preview, locale } = state;
    this.heading.textContent = paneText(locale, "preview.title");
    replaceChildren(this.body, content(state, locale));
    this.section.setAttribute("data-preview", preview.kind);
  }
}

function content({ preview }: PaneState, locale: Locale): HTMLElement[] {
  switch (preview.kind) {
    case "none":
      return [element("p", { class: "hint" }, [paneText(locale, "preview.none")])];
    case "computing": {
      const source = preview.source ? sourceTitle(preview.source, locale) : "";
      const { done, total } = preview;
      return [
        element("p", { class: "progress" }, [
          paneText(locale, "preview.computing", { source, done, total }),
        ]),
      ];
    }
    case "failed":
      return [
        element("p", { class: "notice warning" }, [paneText(locale, "preview.failed")]),
        ...preview.notices.map((notice) =>
          element("p", { class: `notice ${notice.tone}` }, [messageText(notice.message, locale)])
        ),
      ];
    case "ready":
      return [
        element("dl", { class: "figures" }, figureItems(preview.figures, preview.labelled, locale)),
        ...(preview.codeAudit
          ? [
              element("p", { class: "code-audit" }, [
                codeAuditLine(preview.codeAudit, sheetWordsOf(locale)),
              ]),
            ]
          : []),
        element("p", { class: "hint" }, [paneText(locale, "preview.note")]),
      ];
  }
}

// Each figure's label and value; the labels' counts follow the social NPS they make (or end the list without one).
function figureItems(
  figures: PreviewFigure[],
  labelled: LabelCounts | undefined,
  locale: Locale
): HTMLElement[] {
  const items = figures.flatMap((figure) => {
    const { label, value } = previewText(figure, locale);
    const shown = [
      element("dt", {}, [label]),
      element("dd", { "data-figure": figure.figure, "data-value": String(figure.value) }, [value]),
    ];
    return labelled && figure.figure === "socialNps"
      ? [...shown, ...labelledCounts(labelled, locale)]
      : shown;
  });
  const placed = figures.some(({ figure }) => figure === "socialNps");
  return labelled && !placed ? [...items, ...labelledCounts(labelled, locale)] : items;
}

// "Labelled from comment text (automatic): 950 positive · 150 neutral · 100 negative", across the list.
function labelledCounts(counts: LabelCounts, locale: Locale): HTMLElement[] {
  return [
    element("dt", { class: "labelled" }, [paneText(locale, "preview.labelled")]),
    element(
      "dd",
      {
        class: "labelled",
        "data-labelled": `${counts.positive} ${counts.neutral} ${counts.negative}`,
      },
      [paneText(locale, "preview.labelCounts", { ...counts })]
    ),
  ];
}

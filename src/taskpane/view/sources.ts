/**
 * A source's card: its selection button, where it was read, what the pane says of it, and which
 * column holds each measure. A source the pane can use as it is folds into one line. Mentions the
 * add-in labels from their comment text say so, with the user's words.
 */
import { Locale, measureName, paneText } from "../../i18n";
import { isDateMeasure, Measure, MEASURES_BY_KIND, SourceKind, SourceProblem } from "../../summary";
import { hiddenMeasureCount, measureFields, MeasureField, sampleValues } from "../state/fields";
import { needsAutomaticLabels } from "../state/lexicon";
import { isUsable, Notice, PaneState, SourceSlot } from "../state/pane";
import { button, dropdown } from "./controls";
import { element } from "./dom";
import { LexiconActions, lexiconSection } from "./lexicon";
import { messageText, sourceTitle, workbookProblemText } from "./messages";

/** What a source card can ask for. */
export interface SourceActions extends LexiconActions {
  useSelection(kind: SourceKind, wholeBlock?: boolean): void;
  removeSource(kind: SourceKind): void;
  chooseMeasure(kind: SourceKind, measure: Measure, column: number | undefined): void;
  editSource(kind: SourceKind, editing: boolean, all?: boolean): void;
  keepPart(kind: SourceKind): void;
  useAsKind(kind: SourceKind, better: SourceKind): void;
  goToCell(reference: string): void;
}

/** The card of one source, empty or picked, with the notices about it and its problems. */
export function sourceCard(
  kind: SourceKind,
  state: PaneState,
  problems: SourceProblem[],
  actions: SourceActions
): HTMLElement {
  const { locale } = state;
  const slot = state.sources[kind];
  // The problems found once for the whole page: checking the samples again per card is wasted work.
  const usable = isUsable(state, kind, problems);
  const titleId = `source-${kind}-title`;
  const title = element("h2", { id: titleId }, [sourceTitle(kind, locale)]);
  const use = button({
    key: `use-${kind}`,
    label: paneText(locale, "source.use"),
    appearance: slot ? "secondary" : "primary",
    onClick: () => actions.useSelection(kind),
  });
  const buttons: HTMLElement[] = [use];
  if (slot)
    buttons.push(
      button({
        key: `remove-${kind}`,
        label: paneText(locale, "source.remove"),
        appearance: "subtle",
        focusAfter: `use-${kind}`,
        onClick: () => actions.removeSource(kind),
      })
    );
  const own = state.notices.filter((notice) => notice.source === kind);
  return element(
    "section",
    {
      class: usable ? "source usable" : "source",
      "data-kind": kind,
      "aria-labelledby": titleId,
    },
    [
      element("div", { class: "source-head" }, [
        title,
        element("div", { class: "buttons" }, buttons),
      ]),
      slot
        ? whereRead(slot, locale)
        : element("p", { class: "hint" }, [paneText(locale, `source.${kind}.hint`)]),
      element("div", { class: "card-status", "data-status": kind, role: "status" }, [
        slot && usable && !slot.editing && foldedLine(kind, slot, locale, actions),
        ...own.map((notice) => noticeLine(notice, locale, actions)),
      ]),
      slot && partPrompt(kind, slot, locale, actions),
      slot?.betterKind && betterKindPrompt(kind, slot.betterKind, locale, actions),
      element(
        "ul",
        { class: "problems", "data-problems": kind },
        problemItems(slot, problems, locale, actions)
      ),
      slot && (!usable || slot.editing) && measuresOf(kind, slot, usable, locale, actions),
      kind === "mentions" && needsAutomaticLabels(state) && lexiconSection(state, actions),
    ]
  );
}

/** One notice as a paragraph, with a button to its cell when it names one. */
export function noticeLine(
  notice: Notice,
  locale: Locale,
  actions: Pick<SourceActions, "goToCell">
): HTMLElement {
  return element("p", { class: `notice ${notice.tone}` }, [
    messageText(notice.message, locale),
    notice.cell && goToButton(notice.cell, locale, actions),
  ]);
}

function goToButton(
  cell: string,
  locale: Locale,
  actions: Pick<SourceActions, "goToCell">
): HTMLElement {
  return button({
    key: `go-${cell}`,
    label: paneText(locale, "source.goToCell", { cell }),
    appearance: "subtle",
    busyDisables: false,
    onClick: () => actions.goToCell(cell),
  });
}

function whereRead(slot: SourceSlot, locale: Locale): HTMLElement {
  const { table } = slot;
  const where = table.tableName
    ? paneText(locale, "source.table", { table: table.tableName })
    : `${table.sheet}!${table.address}`;
  return element("p", { class: "where" }, [
    paneText(locale, "source.where", { where, rows: table.rowCount }),
  ]);
}

// A selection that is part of a larger block: take the block, or keep the part as chosen.
function partPrompt(kind: SourceKind, slot: SourceSlot, locale: Locale, actions: SourceActions) {
  const { part } = slot;
  if (!part) return undefined;
  if (part.kept)
    return element("p", { class: "notice info" }, [
      paneText(locale, "source.keptPart", { selected: part.selected }),
    ]);
  return element("div", { class: "prompt warning", "data-prompt": `part-${kind}` }, [
    element("p", {}, [
      paneText(locale, "problem.partOfBlock", { selected: part.selected, block: part.block }),
    ]),
    element("div", { class: "buttons" }, [
      button({
        key: `whole-${kind}`,
        label: paneText(locale, "source.wholeBlock", { block: part.block }),
        appearance: "primary",
        onClick: () => actions.useSelection(kind, true),
      }),
      button({
        key: `keep-${kind}`,
        label: paneText(locale, "source.keepPart", { selected: part.selected }),
        onClick: () => actions.keepPart(kind),
      }),
    ]),
    element("p", { class: "hint" }, [paneText(locale, "source.tableTip")]),
  ]);
}

function betterKindPrompt(
  kind: SourceKind,
  better: SourceKind,
  locale: Locale,
  actions: SourceActions
) {
  return element("div", { class: "buttons" }, [
    button({
      key: `as-${better}-${kind}`,
      label: paneText(locale, "source.useAs", { other: sourceTitle(better, locale) }),
      onClick: () => actions.useAsKind(kind, better),
    }),
  ]);
}

// A usable source in one line: how many of its columns are recognised, and a way to see them.
function foldedLine(kind: SourceKind, slot: SourceSlot, locale: Locale, actions: SourceActions) {
  const columns = slot.table.headers.length;
  const count = slot.choices.filter((measure) => measure !== undefined).length;
  return element("div", { class: "folded" }, [
    element("span", { class: "recognised" }, [
      paneText(locale, "source.recognised", { count, columns }),
    ]),
    button({
      key: `edit-${kind}`,
      label: paneText(locale, "source.edit"),
      appearance: "subtle",
      onClick: () => actions.editSource(kind, true),
    }),
  ]);
}

// One field per measure: which column holds it, with two of its values.
function measuresOf(
  kind: SourceKind,
  slot: SourceSlot,
  usable: boolean,
  locale: Locale,
  actions: SourceActions
) {
  const fields = measureFields(
    kind,
    MEASURES_BY_KIND[kind],
    slot.choices,
    slot.showAllMeasures === true
  );
  const hidden = slot.showAllMeasures ? 0 : hiddenMeasureCount(kind, slot.choices);
  const groupId = `measures-${kind}`;
  return element("div", { class: "measures", role: "group", "aria-labelledby": groupId }, [
    element("p", { class: "measures-title", id: groupId }, [paneText(locale, "source.measures")]),
    ...fields.map((field) => measureRow(kind, slot, field, locale, actions)),
    element(
      "div",
      { class: "buttons" },
      [
        hidden > 0 &&
          button({
            key: `more-${kind}`,
            label: paneText(locale, "source.moreMeasures", { count: hidden }),
            appearance: "subtle",
            onClick: () => actions.editSource(kind, true, true),
          }),
        usable &&
          button({
            key: `done-${kind}`,
            label: paneText(locale, "source.done"),
            appearance: "subtle",
            focusAfter: `edit-${kind}`,
            onClick: () => actions.editSource(kind, false),
          }),
      ].filter((item): item is HTMLElement => item instanceof HTMLElement)
    ),
  ]);
}

// A value not "": a drop-down starts on the first option whose value equals its own, which is "" at first.
const NO_COLUMN = "-";

function measureRow(
  kind: SourceKind,
  slot: SourceSlot,
  { measure, required }: MeasureField,
  locale: Locale,
  actions: SourceActions
): HTMLElement {
  const labelId = `measure-${kind}-${measure}`;
  const column = slot.choices.indexOf(measure);
  const header = (text: string) =>
    text.trim() === "" ? paneText(locale, "source.blankHeader") : text;
  const select = dropdown({
    key: `measure-${kind}-${measure}`,
    labelledBy: labelId,
    value: column < 0 ? NO_COLUMN : String(column),
    options: [
      { value: NO_COLUMN, label: paneText(locale, "source.noColumn") },
      ...slot.table.headers.map((text, at) => ({ value: String(at), label: header(text) })),
    ],
    onChange: (value) =>
      actions.chooseMeasure(kind, measure, value === NO_COLUMN ? undefined : Number(value)),
  });
  const samples = column < 0 ? [] : sampleValues(slot.table, column, isDateMeasure(measure));
  const missing = required && column < 0;
  return element(
    "div",
    { class: missing ? "measure missing" : "measure", "data-measure": measure },
    [
      element("span", { class: "measure-name", id: labelId }, [
        measureName(measure, locale),
        element("span", { class: required ? "badge required" : "badge" }, [
          paneText(locale, required ? "source.required" : "source.optional"),
        ]),
      ]),
      select,
      column >= 0 &&
        element("span", { class: "samples" }, [
          samples.length > 0
            ? paneText(locale, "source.samples", { values: samples.join(" · ") })
            : paneText(locale, "source.noSamples"),
        ]),
    ]
  );
}

/** The list items of a source's problems and read warnings, errors first, each with its cell to go to. */
export function problemItems(
  slot: SourceSlot | undefined,
  problems: SourceProblem[],
  locale: Locale,
  actions: Pick<SourceActions, "goToCell">
): HTMLElement[] {
  const warnings = (slot?.warnings ?? []).map((problem) =>
    element("li", { class: "warning" }, [workbookProblemText(problem, "read", locale)])
  );
  const all = [...problems, ...(slot?.found ?? [])];
  const sorted = all.sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  const found = sorted.map((problem) => {
    const cell = "cell" in problem.params ? problem.params.cell : undefined;
    return element("li", { class: problem.severity }, [
      messageText({ kind: "source", problem }, locale),
      typeof cell === "string" && goToButton(cell, locale, actions),
    ]);
  });
  return [...found, ...warnings];
}

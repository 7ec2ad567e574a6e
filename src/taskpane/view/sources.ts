/** A source's card: its selection button, where it was read, one drop-down per column, its problems. */
import { Locale, measureName, paneText } from "../../i18n";
import { Measure, MEASURES_BY_KIND, SourceKind, SourceProblem } from "../../summary";
import { SourceSlot } from "../state/pane";
import { element } from "./dom";
import { messageText, sourceTitle, workbookProblemText } from "./messages";

/** What a source card can ask for. */
export interface SourceActions {
  useSelection(kind: SourceKind): void;
  removeSource(kind: SourceKind): void;
  chooseMeasure(kind: SourceKind, column: number, measure: Measure | undefined): void;
}

/** The card of one source, empty or picked. */
export function sourceCard(
  kind: SourceKind,
  slot: SourceSlot | undefined,
  locale: Locale,
  actions: SourceActions
): HTMLElement {
  const titleId = `source-${kind}-title`;
  const use = element("fluent-button", { "data-key": `use-${kind}`, "data-busy-disables": true }, [
    paneText(locale, "source.use"),
  ]);
  use.addEventListener("click", () => actions.useSelection(kind));
  const buttons: HTMLElement[] = [use];
  if (slot) {
    const remove = element(
      "fluent-button",
      {
        appearance: "stealth",
        "data-key": `remove-${kind}`,
        "data-focus-after": `use-${kind}`,
        "data-busy-disables": true,
      },
      [paneText(locale, "source.remove")]
    );
    remove.addEventListener("click", () => actions.removeSource(kind));
    buttons.push(remove);
  }
  return element("section", { class: "source", "data-kind": kind, "aria-labelledby": titleId }, [
    element("h2", { id: titleId }, [sourceTitle(kind, locale)]),
    element("p", { class: "hint" }, [paneText(locale, `source.${kind}.hint`)]),
    element("div", { class: "buttons" }, buttons),
    slot
      ? whereRead(slot, locale)
      : element("p", { class: "none" }, [paneText(locale, "source.none")]),
    slot && columnChoices(kind, slot, locale, actions),
    element("ul", { class: "problems", "data-problems": kind }),
  ]);
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

function columnChoices(
  kind: SourceKind,
  slot: SourceSlot,
  locale: Locale,
  actions: SourceActions
): HTMLElement {
  const rows = slot.table.headers.map((header, column) => {
    const labelId = `column-${kind}-${column}`;
    const shown = header === "" ? paneText(locale, "source.blankHeader") : header;
    const select = measureSelect(kind, slot.choices[column], locale);
    select.setAttribute("aria-labelledby", labelId);
    select.setAttribute("data-key", `choice-${kind}-${column}`);
    select.addEventListener("change", () => {
      const value = (select as unknown as { value: string }).value;
      actions.chooseMeasure(kind, column, value === NOT_USED ? undefined : (value as Measure));
    });
    return element("div", { class: "column" }, [
      element("span", { id: labelId, class: "header" }, [shown]),
      select,
    ]);
  });
  return element(
    "div",
    { class: "columns", role: "group", "aria-label": paneText(locale, "source.columns") },
    rows
  );
}

// Not "": a Fluent select starts on the first option whose value equals its own, which is "" at first.
const NOT_USED = "-";

function measureSelect(kind: SourceKind, chosen: Measure | undefined, locale: Locale): HTMLElement {
  const option = (value: string, label: string) =>
    element("fluent-option", { value, selected: value === (chosen ?? NOT_USED) }, [label]);
  return element("fluent-select", { "data-busy-disables": true }, [
    option(NOT_USED, paneText(locale, "source.notUsed")),
    ...MEASURES_BY_KIND[kind].map((measure) => option(measure, measureName(measure, locale))),
  ]);
}

/** The list items of a source's problems and read warnings, errors first. */
export function problemItems(
  slot: SourceSlot | undefined,
  problems: SourceProblem[],
  locale: Locale
): HTMLElement[] {
  const warnings = (slot?.warnings ?? []).map((problem) =>
    element("li", { class: "warning" }, [workbookProblemText(problem, "read", locale)])
  );
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  const found = sorted.map((problem) =>
    element("li", { class: problem.severity }, [messageText({ kind: "source", problem }, locale)])
  );
  return [...found, ...warnings];
}

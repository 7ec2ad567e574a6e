/** The pane's page: built once, then brought up to date with each new state. */
import { LANGUAGE_NAMES, Locale, paneText } from "../../i18n";
import { Measure, SOURCE_KINDS, SourceKind } from "../../summary";
import { Activity, AssumptionInput, isBusy, Notice, PaneState, problemsOf } from "../state/pane";
import { RateName } from "../state/rate-card";
import { AssumptionFields } from "./assumptions";
import { element, replaceChildren } from "./dom";
import { messageText } from "./messages";
import { RateCardSection } from "./rate-card";
import { problemItems, sourceCard } from "./sources";

/** Everything the page lets the user do. */
export interface PaneActions {
  chooseLocale(locale: Locale): void;
  useSelection(kind: SourceKind): void;
  removeSource(kind: SourceKind): void;
  chooseMeasure(kind: SourceKind, column: number, measure: Measure | undefined): void;
  editAssumptions(change: Partial<AssumptionInput>): void;
  editRate(channel: string | undefined, rate: RateName, typed: string): void;
  createSummary(): void;
  refreshSummary(): void;
}

/** A language drop-down whose options name each language in itself. */
export function languageSelect(locale: Locale, onChoose: (locale: Locale) => void): HTMLElement {
  const options = (Object.keys(LANGUAGE_NAMES) as Locale[]).map((value) =>
    element("fluent-option", { value, lang: value, selected: value === locale }, [
      LANGUAGE_NAMES[value],
    ])
  );
  const select = element(
    "fluent-select",
    { id: "language", "data-key": "language", "aria-labelledby": "language-label" },
    options
  );
  select.addEventListener("change", () => onChoose((select as unknown as { value: Locale }).value));
  return select;
}

export class PaneView {
  private previous?: PaneState;
  private readonly title = element("h1", { id: "title" });
  private readonly intro = element("p", { id: "intro" });
  private readonly languageLabel = element("span", { id: "language-label" });
  private readonly language = element("div", { class: "language" });
  private readonly sources = element("div", { id: "sources" });
  private readonly assumptions: AssumptionFields;
  private readonly rateCard: RateCardSection;
  private readonly create = element("fluent-button", {
    id: "create",
    appearance: "accent",
    "data-key": "create",
    "data-busy-disables": true,
  });
  private readonly refresh = element("fluent-button", {
    id: "refresh",
    "data-key": "refresh",
    "data-busy-disables": true,
    hidden: true,
  });
  private readonly status = element("div", { id: "status", role: "status", "aria-live": "polite" });
  private readonly alerts = element("div", {
    id: "alerts",
    role: "alert",
    "aria-live": "assertive",
  });

  constructor(
    private readonly root: HTMLElement,
    initial: PaneState,
    private readonly actions: PaneActions
  ) {
    this.assumptions = new AssumptionFields(initial.assumptions, (change) =>
      actions.editAssumptions(change)
    );
    this.rateCard = new RateCardSection((channel, rate, typed) =>
      actions.editRate(channel, rate, typed)
    );
    this.create.addEventListener("click", () => actions.createSummary());
    this.refresh.addEventListener("click", () => actions.refreshSummary());
    replaceChildren(root, [
      element("header", {}, [this.title, this.intro, this.language]),
      this.sources,
      this.assumptions.section,
      this.rateCard.section,
      element("div", { class: "actions" }, [this.create, this.refresh]),
      this.status,
      this.alerts,
    ]);
  }

  /** Brings the page up to date, rebuilding only the parts whose state changed. */
  render(state: PaneState): void {
    const before = this.previous;
    const relanguage = before?.locale !== state.locale;
    if (relanguage) this.renderLanguage(state.locale);
    if (
      relanguage ||
      SOURCE_KINDS.some((kind) => before?.sources[kind]?.table !== state.sources[kind]?.table)
    ) {
      replaceChildren(
        this.sources,
        SOURCE_KINDS.map((kind) =>
          sourceCard(kind, state.sources[kind], state.locale, this.actions)
        )
      );
    }
    // Both read the sources' samples: redo them only when what they show has changed.
    if (relanguage || before?.sources !== state.sources) this.renderProblems(state);
    if (
      relanguage ||
      before?.sources !== state.sources ||
      before?.assumptions !== state.assumptions
    )
      this.rateCard.render(state);
    if (relanguage || before?.summarySheet !== state.summarySheet) this.renderButtons(state);
    if (relanguage || before?.activity !== state.activity || before?.notices !== state.notices)
      this.renderStatus(state);
    // aria-disabled, not disabled: a control that keeps focus while a job runs keeps the keyboard user's place.
    const busy = String(isBusy(state));
    this.root
      .querySelectorAll("[data-busy-disables]")
      .forEach((control) => control.setAttribute("aria-disabled", busy));
    this.previous = state;
  }

  private renderLanguage(locale: Locale): void {
    document.documentElement.lang = locale;
    document.title = paneText(locale, "app.title");
    this.title.textContent = paneText(locale, "app.title");
    this.intro.textContent = paneText(locale, "app.intro");
    this.languageLabel.textContent = paneText(locale, "language.label");
    replaceChildren(this.language, [
      this.languageLabel,
      languageSelect(locale, (chosen) => this.actions.chooseLocale(chosen)),
    ]);
    this.assumptions.relabel(locale);
  }

  private renderProblems(state: PaneState): void {
    const problems = problemsOf(state);
    for (const kind of SOURCE_KINDS) {
      const list = this.sources.querySelector(`[data-problems="${kind}"]`);
      const own = problems.filter((problem) => problem.source === kind);
      list?.replaceChildren(...problemItems(state.sources[kind], own, state.locale));
    }
  }

  private renderButtons(state: PaneState): void {
    this.create.textContent = paneText(state.locale, "action.create");
    const sheet = state.summarySheet;
    this.refresh.toggleAttribute("hidden", sheet === undefined);
    this.refresh.textContent =
      sheet === undefined ? "" : paneText(state.locale, "action.refresh", { sheet });
  }

  private renderStatus(state: PaneState): void {
    const notices = (tones: Notice["tone"][]) =>
      state.notices
        .filter((notice) => tones.includes(notice.tone))
        .map((notice) =>
          element("p", { class: `notice ${notice.tone}` }, [
            messageText(notice.message, state.locale),
          ])
        );
    replaceChildren(this.status, [
      ...progress(state.activity, state.locale),
      ...notices(["success", "info", "warning"]),
    ]);
    replaceChildren(this.alerts, notices(["error"]));
  }
}

function progressLabel(activity: Activity, locale: Locale): string {
  switch (activity.kind) {
    case "computing":
      return activity.total === 0
        ? paneText(locale, "status.preparing")
        : paneText(locale, "status.computing", { done: activity.done, total: activity.total });
    case "writing":
      return paneText(locale, "status.writing");
    default:
      return paneText(locale, "status.reading");
  }
}

function progress(activity: Activity, locale: Locale): HTMLElement[] {
  if (activity.kind === "idle") return [];
  const label = progressLabel(activity, locale);
  // The browser's own bar: Fluent's sizes its fill with a style attribute, which the page's CSP refuses.
  const bar = element("progress", { "aria-label": label });
  if (activity.kind === "computing" && activity.total > 0) {
    bar.setAttribute("max", String(activity.total));
    bar.setAttribute("value", String(activity.done));
  }
  return [bar, element("p", { class: "progress" }, [label])];
}

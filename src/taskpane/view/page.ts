/**
 * The pane's page: a header with help and settings, the sources, assumptions, rate card and
 * preview, and a footer that stays in view with the main action and what the pane is doing.
 * Built once, then brought up to date with each new state.
 */
import { LANGUAGE_NAMES, Locale, paneText } from "../../i18n";
import { SOURCE_KINDS, SourceKind } from "../../summary";
import { Activity, AssumptionInput, isBusy, PaneState, problemsOf } from "../state/pane";
import { RateName } from "../state/rate-card";
import { AssumptionFields } from "./assumptions";
import { button, link, settingsMenu } from "./controls";
import { element, replaceChildren } from "./dom";
import { sourceTitle } from "./messages";
import { PreviewSection } from "./preview";
import { RateCardSection } from "./rate-card";
import { noticeLine, sourceCard, SourceActions } from "./sources";

/** Everything the page lets the user do. */
export interface PaneActions extends SourceActions {
  chooseLocale(locale: Locale): void;
  editAssumptions(change: Partial<AssumptionInput>): void;
  editRate(channel: string | undefined, rate: RateName, typed: string): void;
  createSummary(confirmed?: boolean): void;
  refreshSummary(sheet?: string): void;
  dismissConfirm(): void;
  cancel(): void;
}

/** The function reference in the pane's language, beside the pane on the add-in's site. */
export function helpPage(locale: Locale): string {
  return locale === "en" ? "help.html" : `help-${locale.toLowerCase()}.html`;
}

/** The settings menu: the language, each named in itself, the one in use checked. */
export function languageMenu(locale: Locale, onChoose: (locale: Locale) => void): HTMLElement {
  return settingsMenu({
    key: "settings",
    label: paneText(locale, "settings.label"),
    items: (Object.keys(LANGUAGE_NAMES) as Locale[]).map((value) => ({
      key: `language-${value}`,
      label: LANGUAGE_NAMES[value],
      lang: value,
      checked: value === locale,
      onSelect: () => onChoose(value),
    })),
  });
}

export class PaneView {
  private previous?: PaneState;
  private readonly title = element("h1", { id: "title" });
  private readonly tools = element("div", { class: "tools" });
  private readonly intro = element("p", { id: "intro", class: "hint" });
  private readonly sources = element("div", { id: "sources" });
  private readonly assumptions: AssumptionFields;
  private readonly rateCard: RateCardSection;
  private readonly preview = new PreviewSection();
  private readonly status = element("div", { id: "status", role: "status", "aria-live": "polite" });
  private readonly alerts = element("div", {
    id: "alerts",
    role: "alert",
    "aria-live": "assertive",
  });
  private readonly question = element("div", { id: "confirm" });
  private readonly actions = element("div", { class: "actions" });

  constructor(
    private readonly root: HTMLElement,
    initial: PaneState,
    private readonly act: PaneActions
  ) {
    this.assumptions = new AssumptionFields(initial.assumptions, (change) =>
      act.editAssumptions(change)
    );
    this.rateCard = new RateCardSection((channel, rate, typed) =>
      act.editRate(channel, rate, typed)
    );
    replaceChildren(root, [
      element("header", {}, [this.title, this.tools]),
      element("div", { class: "content" }, [
        this.intro,
        this.sources,
        this.assumptions.section,
        this.rateCard.section,
        this.preview.section,
      ]),
      element("footer", {}, [this.status, this.alerts, this.question, this.actions]),
    ]);
  }

  /** Brings the page up to date, rebuilding only the parts whose state changed. */
  render(state: PaneState): void {
    const before = this.previous;
    const relanguage = before?.locale !== state.locale;
    if (relanguage) this.renderLanguage(state.locale);
    const busyChanged = isBusy(state) !== (before ? isBusy(before) : false);
    if (
      relanguage ||
      busyChanged ||
      before?.sources !== state.sources ||
      before?.notices !== state.notices ||
      before?.lexicon !== state.lexicon ||
      before?.lexiconUnread !== state.lexiconUnread
    )
      this.renderSources(state);
    // The first time, before any source: what the pane is for.
    this.intro.toggleAttribute("hidden", Object.keys(state.sources).length > 0);
    if (relanguage || before?.assumptions !== state.assumptions)
      this.assumptions.render(state.assumptions, state.locale);
    if (
      relanguage ||
      before?.sources !== state.sources ||
      before?.assumptions !== state.assumptions
    )
      this.rateCard.render(state);
    if (relanguage || before?.preview !== state.preview) this.preview.render(state);
    if (
      relanguage ||
      before?.activity !== state.activity ||
      before?.notices !== state.notices ||
      before?.summarySheet !== state.summarySheet ||
      before?.summaries !== state.summaries ||
      before?.confirmSecond !== state.confirmSecond
    )
      this.renderFooter(state);
    // aria-disabled, not disabled: a control that keeps focus while a job runs keeps the keyboard user's place.
    const busy = String(isBusy(state));
    this.root
      .querySelectorAll("[data-busy-disables]")
      .forEach((control) => control.setAttribute("aria-disabled", busy));
    // Once the footer has its new height: it may cover the foot of the content.
    if (
      before?.activity.kind === "reading" &&
      before.activity.source &&
      state.activity.kind === "idle"
    )
      this.showCardOf(before.activity.source);
    this.previous = state;
  }

  private renderLanguage(locale: Locale): void {
    document.documentElement.lang = locale;
    document.title = paneText(locale, "app.title");
    this.title.textContent = paneText(locale, "app.title");
    this.intro.textContent = paneText(locale, "app.intro");
    replaceChildren(this.tools, [
      link({ key: "help", href: helpPage(locale), label: paneText(locale, "help.link") }),
      languageMenu(locale, (chosen) => this.act.chooseLocale(chosen)),
    ]);
    this.assumptions.relabel(locale);
  }

  private renderSources(state: PaneState): void {
    const problems = problemsOf(state);
    replaceChildren(
      this.sources,
      SOURCE_KINDS.map((kind) =>
        sourceCard(
          kind,
          state,
          problems.filter((problem) => problem.source === kind),
          this.act
        )
      )
    );
  }

  // A source just read: what its card now says is brought into view above the footer.
  private showCardOf(kind: SourceKind): void {
    const card = this.sources.querySelector(`[data-kind="${kind}"]`);
    const said = card?.querySelectorAll(".prompt, .card-status > *, .problems > li");
    const last = said && said.length > 0 ? said[said.length - 1] : card;
    last?.scrollIntoView({ block: "nearest" });
  }

  private renderFooter(state: PaneState): void {
    const { locale } = state;
    const general = state.notices.filter((notice) => notice.source === undefined);
    replaceChildren(this.status, [
      ...progress(state.activity, locale),
      ...general.filter((n) => n.tone !== "error").map((n) => noticeLine(n, locale, this.act)),
    ]);
    replaceChildren(
      this.alerts,
      general.filter((n) => n.tone === "error").map((n) => noticeLine(n, locale, this.act))
    );
    replaceChildren(this.question, this.confirmQuestion(state));
    replaceChildren(this.actions, this.mainActions(state));
  }

  // Asked before a second summary: refresh the one there is, create another, or go back.
  private confirmQuestion(state: PaneState): HTMLElement[] {
    const sheet = state.summarySheet ?? state.summaries[state.summaries.length - 1];
    if (!state.confirmSecond || sheet === undefined) return [];
    const { locale } = state;
    return [
      element("p", { class: "notice warning", role: "alert" }, [
        paneText(locale, "confirm.second", { sheet }),
      ]),
      element("div", { class: "buttons" }, [
        button({
          key: "confirm-refresh",
          label: paneText(locale, "action.refresh", { sheet }),
          appearance: "primary",
          onClick: () => this.act.refreshSummary(sheet),
        }),
        button({
          key: "confirm-create",
          label: paneText(locale, "action.createAnother"),
          onClick: () => this.act.createSummary(true),
        }),
        button({
          key: "confirm-back",
          label: paneText(locale, "action.back"),
          appearance: "subtle",
          focusAfter: "create",
          onClick: () => this.act.dismissConfirm(),
        }),
      ]),
    ];
  }

  // Refresh is the main action once there is a summary to refresh; a long job can be stopped.
  private mainActions(state: PaneState): HTMLElement[] {
    const { locale, activity } = state;
    if (
      activity.kind === "computing" ||
      activity.kind === "reading" ||
      activity.kind === "cancelling"
    )
      return [
        button({
          key: "cancel",
          label: paneText(locale, "action.cancel"),
          busyDisables: false,
          // The keyboard user's place comes back to the action once the job ends.
          focusAfter: state.summarySheet === undefined ? "create" : "refresh",
          onClick: () => this.act.cancel(),
        }),
      ];
    const sheet = state.summarySheet;
    const create = button({
      key: "create",
      label: paneText(locale, sheet === undefined ? "action.create" : "action.createAnother"),
      appearance: sheet === undefined ? "primary" : "secondary",
      focusAfter: "cancel",
      onClick: () => this.act.createSummary(),
    });
    if (sheet === undefined) return [create];
    const refresh = button({
      key: "refresh",
      label: paneText(locale, "action.refresh", { sheet }),
      appearance: "primary",
      focusAfter: "cancel",
      onClick: () => this.act.refreshSummary(),
    });
    return [refresh, create];
  }
}

function progressLabel(activity: Activity, locale: Locale): string {
  const source = (kind: SourceKind | undefined) => (kind ? sourceTitle(kind, locale) : "");
  switch (activity.kind) {
    case "restoring":
      return paneText(locale, "status.restoring");
    case "reading":
      return activity.source
        ? paneText(locale, "status.readingSource", { source: source(activity.source) })
        : paneText(locale, "status.reading");
    case "computing":
      return activity.total === 0
        ? paneText(locale, "status.preparing")
        : paneText(locale, "status.computingSource", {
            source: source(activity.source),
            done: activity.done,
            total: activity.total,
          });
    case "writing":
      return paneText(locale, "status.writing");
    case "cancelling":
      return paneText(locale, "status.cancelling");
    default:
      return "";
  }
}

function progress(activity: Activity, locale: Locale): HTMLElement[] {
  if (activity.kind === "idle") return [];
  const label = progressLabel(activity, locale);
  // The browser's own bar: a component's would size its fill with a style attribute, which the page's CSP refuses.
  const bar = element("progress", { "aria-label": label });
  if (activity.kind === "computing" && activity.total > 0) {
    bar.setAttribute("max", String(activity.total));
    bar.setAttribute("value", String(activity.done));
  }
  return [bar, element("p", { class: "progress" }, [label])];
}

/**
 * The EMV rate card: a field per rate of each channel the posts name, and of the other channels,
 * under a disclosure so that the pane stays short. Its fields are rebuilt only when its rows or
 * language change, so typing is never interrupted.
 */
import { Locale, paneText } from "../../i18n";
import { PaneState, rateCardRowsOf } from "../state/pane";
import {
  RATE_NAMES,
  RateCardRow,
  RateName,
  rateProblems,
  shownOtherRate,
  shownRate,
} from "../state/rate-card";
import { disclosure, Disclosure, textField, TextField } from "./controls";
import { element, replaceChildren } from "./dom";
import { messageText } from "./messages";

/** Typing a rate: on a channel's row (by its key), or on the other channels' row. */
export type EditRate = (channel: string | undefined, rate: RateName, typed: string) => void;

interface RateField {
  row?: RateCardRow;
  rate: RateName;
  field: TextField;
}

export class RateCardSection {
  readonly section: HTMLElement;
  private readonly heading = element("h2", { id: "rate-card-title" });
  private readonly hint = element("p", { class: "hint" });
  private readonly details: Disclosure;
  private readonly explain = element("p", { class: "hint" });
  private readonly grid = element("div", { class: "rate-grid", role: "group" });
  private readonly note = element("p", { class: "hint" });
  private readonly problem = element("p", { class: "error", "aria-live": "polite" });
  private readonly otherCpm = element("span", { class: "rate-value" });
  private fields: RateField[] = [];
  private built = "";

  constructor(private readonly onEdit: EditRate) {
    this.details = disclosure({
      key: "rate-card-toggle",
      heading: "",
      body: [this.explain, this.grid, this.note],
    });
    this.section = element("section", { id: "rate-card", "aria-labelledby": "rate-card-title" }, [
      this.heading,
      this.hint,
      this.details.element,
      this.problem,
    ]);
  }

  /** Brings the card up to date: rows and labels when they changed, then shown rates and problems. */
  render(state: PaneState): void {
    // Only the channels the posts name: the others keep their starting rates, valued as the sheet lists them.
    const rows = rateCardRowsOf(state).filter((row) => row.inPosts);
    const { locale } = state;
    const signature = JSON.stringify([locale, rows]);
    if (signature !== this.built) this.build(locale, rows);
    this.built = signature;
    const { rates, cpm } = state.assumptions;
    for (const { row, rate, field } of this.fields) {
      // Only a field the user did not just type into differs: a new channel following the other channels.
      field.setValue(row ? shownRate(rates, cpm, row, rate) : shownOtherRate(rates, cpm, rate));
    }
    this.otherCpm.textContent = cpm.trim() === "" ? "–" : cpm.trim();
    const problems = rateProblems(rates, rows);
    for (const { row, rate, field } of this.fields) {
      const wrong = problems.find((p) => p.rate === rate && p.channel === row?.label);
      field.setError(wrong ? messageText({ kind: "rate", ...wrong }, locale) : undefined);
    }
    this.problem.textContent =
      problems.length > 0 ? messageText({ kind: "rate", ...problems[0] }, locale) : "";
    if (problems.length > 0) this.details.open = true;
  }

  private build(locale: Locale, rows: RateCardRow[]): void {
    const found = rows.filter((row) => row.inPosts).length;
    this.heading.textContent = paneText(locale, "rateCard.title");
    this.hint.textContent = paneText(locale, "rateCard.hint");
    this.details.setHeading(
      found > 0
        ? paneText(locale, "rateCard.showFound", { count: found })
        : paneText(locale, "rateCard.show")
    );
    this.explain.textContent = paneText(locale, "rateCard.explain");
    this.note.textContent = paneText(locale, found > 0 ? "rateCard.found" : "rateCard.noChannels");
    this.grid.setAttribute("aria-label", paneText(locale, "rateCard.title"));
    this.fields = [];
    replaceChildren(this.grid, [
      ...headerCells(locale),
      ...rows.flatMap((row) => this.rowCells(row, locale)),
      ...this.rowCells(undefined, locale),
    ]);
  }

  // A row's name cell and its four rate fields; the other channels' CPM is the field above, shown as text.
  private rowCells(row: RateCardRow | undefined, locale: Locale): HTMLElement[] {
    const label = row?.label ?? paneText(locale, "rateCard.other");
    const mark = row
      ? row.inPosts && paneText(locale, "rateCard.inPosts")
      : paneText(locale, "rateCard.otherCpm");
    const name = element(
      "div",
      { class: row?.inPosts ? "rate-channel in-posts" : "rate-channel" },
      [
        element("span", { class: "rate-name" }, [label]),
        mark && element("span", { class: "rate-mark" }, [mark]),
      ]
    );
    const cells = RATE_NAMES.map((rate) => {
      if (!row && rate === "cpm") return this.otherCpm;
      const field = textField({
        key: `rate-${row ? `channel-${row.key}` : "other"}-${rate}`,
        label: paneText(locale, "rateCard.field", {
          channel: label,
          rate: paneText(locale, `rateCard.${rate}.long`),
        }),
        labelHidden: true,
        value: "",
        inputMode: "decimal",
        onInput: (typed) => this.onEdit(row?.key, rate, typed),
      });
      this.fields.push({ row, rate, field });
      return field.element;
    });
    return [name, ...cells];
  }
}

function headerCells(locale: Locale): HTMLElement[] {
  const head = (label: string, extra = "") =>
    element("span", { class: `rate-head${extra}` }, [label]);
  return [
    head(paneText(locale, "rateCard.channel"), " rate-head-channel"),
    ...RATE_NAMES.map((rate) => head(paneText(locale, `rateCard.${rate}`))),
  ];
}

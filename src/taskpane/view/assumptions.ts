/** The assumptions: campaign name, the other channels' CPM, attribution window and whether EMV counts as return. */
import { Locale, PaneKey, paneText } from "../../i18n";
import { AssumptionInput } from "../state/pane";
import { controlValue, element } from "./dom";

type Field = {
  key: Exclude<keyof AssumptionInput, "rates">;
  label: PaneKey;
  control: HTMLElement;
};

/** The assumption fields, built once so that typing is never interrupted; labels follow the language. */
export class AssumptionFields {
  readonly section: HTMLElement;
  private readonly heading = element("h2", { id: "assumptions-title" });
  private readonly cpmHelp = element("p", { class: "hint field-help", id: "cpm-help" });
  private readonly fields: Field[];

  constructor(initial: AssumptionInput, onEdit: (change: Partial<AssumptionInput>) => void) {
    const textField = (key: "campaignName", id: string) => {
      const control = element("fluent-text-field", { id, "data-key": id, value: initial[key] });
      control.addEventListener("input", () => onEdit({ [key]: controlValue(control) }));
      return control;
    };
    const numberField = (key: "cpm" | "windowDays", id: string, step: string) => {
      const control = element("fluent-number-field", {
        id,
        "data-key": id,
        min: "0",
        step,
        value: initial[key],
      });
      control.addEventListener("input", () => onEdit({ [key]: controlValue(control) }));
      return control;
    };
    const checkbox = element("fluent-checkbox", {
      id: "emv-as-return",
      "data-key": "emv-as-return",
      checked: initial.emvAsReturn,
    });
    checkbox.addEventListener("change", () =>
      onEdit({ emvAsReturn: (checkbox as unknown as { checked: boolean }).checked })
    );
    this.fields = [
      {
        key: "campaignName",
        label: "assumptions.campaign",
        control: textField("campaignName", "campaign-name"),
      },
      { key: "cpm", label: "assumptions.cpm", control: numberField("cpm", "cpm", "0.01") },
      {
        key: "windowDays",
        label: "assumptions.window",
        control: numberField("windowDays", "window-days", "1"),
      },
      { key: "emvAsReturn", label: "assumptions.emv", control: checkbox },
    ];
    this.section = element(
      "section",
      { id: "assumptions", "aria-labelledby": "assumptions-title" },
      [
        this.heading,
        ...this.fields.flatMap((field) =>
          field.key === "cpm" ? [field.control, this.cpmHelp] : [field.control]
        ),
      ]
    );
  }

  /** Puts every label in the given language; a Fluent field's label is its text content. */
  relabel(locale: Locale): void {
    this.heading.textContent = paneText(locale, "assumptions.title");
    this.cpmHelp.textContent = paneText(locale, "assumptions.cpmHelp");
    for (const field of this.fields) field.control.textContent = paneText(locale, field.label);
  }
}

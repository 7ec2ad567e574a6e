/**
 * The assumptions: campaign name, the other channels' CPM (8 to start, said to be an assumption),
 * attribution window, whether EMV counts as return, the staff time with its hourly rate and when a
 * code order is doubtful; each number checked as it is typed.
 */
import { Locale, PaneKey, paneText } from "../../i18n";
import { ASSUMPTION_FIELDS, assumptionProblems, AssumptionInput } from "../state/pane";
import { checkbox, Checkbox, textField, TextField } from "./controls";
import { element } from "./dom";

type TextKey = "campaignName" | (typeof ASSUMPTION_FIELDS)[number];

/** The assumption fields, built once so that typing is never interrupted; labels follow the language. */
export class AssumptionFields {
  readonly section: HTMLElement;
  private readonly heading = element("h2", { id: "assumptions-title" });
  private readonly fields: Record<TextKey, { field: TextField; label: PaneKey; hint?: PaneKey }>;
  private readonly emv: Checkbox;

  constructor(initial: AssumptionInput, onEdit: (change: Partial<AssumptionInput>) => void) {
    const field = (key: TextKey, id: string, inputMode: "text" | "decimal" | "numeric") =>
      textField({
        key: id,
        id,
        label: "",
        value: initial[key],
        inputMode,
        onInput: (value) => onEdit({ [key]: value }),
      });
    this.fields = {
      campaignName: {
        field: field("campaignName", "campaign-name", "text"),
        label: "assumptions.campaign",
      },
      cpm: {
        field: field("cpm", "cpm", "decimal"),
        label: "assumptions.cpm",
        hint: "assumptions.cpmAssumed",
      },
      windowDays: {
        field: field("windowDays", "window-days", "numeric"),
        label: "assumptions.window",
      },
      staffHours: {
        field: field("staffHours", "staff-hours", "decimal"),
        label: "assumptions.staffHours",
      },
      hourlyRate: {
        field: field("hourlyRate", "hourly-rate", "decimal"),
        label: "assumptions.hourlyRate",
      },
      doubtOrders: {
        field: field("doubtOrders", "doubt-orders", "numeric"),
        label: "assumptions.doubtOrders",
        hint: "assumptions.doubtHint",
      },
      doubtShare: {
        field: field("doubtShare", "doubt-share", "decimal"),
        label: "assumptions.doubtShare",
      },
      doubtReach: {
        field: field("doubtReach", "doubt-reach", "decimal"),
        label: "assumptions.doubtReach",
      },
    };
    this.emv = checkbox({
      key: "emv-as-return",
      label: "",
      checked: initial.emvAsReturn,
      onChange: (checked) => onEdit({ emvAsReturn: checked }),
    });
    this.section = element(
      "section",
      { id: "assumptions", "aria-labelledby": "assumptions-title" },
      [
        this.heading,
        ...Object.values(this.fields).map(({ field }) => field.element),
        this.emv.element,
      ]
    );
  }

  /** Puts every label in the given language. */
  relabel(locale: Locale): void {
    this.heading.textContent = paneText(locale, "assumptions.title");
    for (const { field, label, hint } of Object.values(this.fields)) {
      field.setLabel(paneText(locale, label));
      if (hint) field.setHint(paneText(locale, hint));
    }
    this.emv.setLabel(paneText(locale, "assumptions.emv"));
  }

  /** Marks each field whose text is wrong, with the reason beside it; values typed elsewhere (a restore) shown. */
  render(input: AssumptionInput, locale: Locale): void {
    const problems = assumptionProblems(input);
    for (const key of ASSUMPTION_FIELDS) {
      const problem = problems[key];
      this.fields[key].field.setError(problem ? paneText(locale, problem) : undefined);
    }
    for (const key of Object.keys(this.fields) as TextKey[])
      this.fields[key].field.setValue(input[key]);
    this.emv.setChecked(input.emvAsReturn);
  }
}

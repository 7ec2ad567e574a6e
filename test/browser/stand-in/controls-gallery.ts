// One of each control of src/taskpane/view/controls.ts, in the theme the test gives, for controls.test.ts.
import {
  button,
  checkbox,
  disclosure,
  dropdown,
  link,
  setDropdownValue,
  settingsMenu,
  textField,
} from "../../../src/taskpane/view/controls";
import { applyTheme, registerFluentComponents } from "../../../src/taskpane/view/fluent";
import { PaneTheme } from "../../../src/taskpane/view/theme";

/** What the test reads and does on the gallery page. */
export interface Gallery {
  /** What the controls' handlers heard, in order. */
  heard: string[];
  setError(message: string | undefined): void;
  setDropdownValue(value: string): void;
  setOpen(open: boolean): void;
}

type GalleryWindow = Window & { galleryTheme?: PaneTheme; gallery?: Gallery };

function showGallery(root: HTMLElement): Gallery {
  const heard: string[] = [];
  const hear = (what: string) => () => void heard.push(what);
  const field = textField({
    key: "cpm",
    id: "cpm",
    label: "CPM of other channels",
    inputMode: "decimal",
    hint: "The value of 1,000 impressions.",
    onInput: (value) => heard.push(`cpm ${value}`),
  });
  const hidden = textField({
    key: "rate",
    label: "小红书, value per comment",
    labelHidden: true,
    value: "0.1",
    onInput: (value) => heard.push(`rate ${value}`),
  });
  const choices = [
    { value: "en", label: "English", lang: "en" },
    { value: "zh-CN", label: "简体中文", lang: "zh-CN" },
  ];
  const language = dropdown({
    key: "language",
    label: "Language",
    options: choices,
    value: "en",
    onChange: (value) => heard.push(`dropdown ${value}`),
  });
  const rates = disclosure({ key: "rates", heading: "Rates per channel", body: [hidden.element] });
  const menu = settingsMenu({
    key: "settings",
    label: "Settings",
    items: [
      ...choices.map(({ value, label, lang }) => ({
        key: `menu-${value}`,
        label,
        lang,
        checked: value === "en",
        onSelect: hear(`menu ${value}`),
      })),
      { key: "menu-help", label: "Help", onSelect: hear("menu help") },
    ],
  });
  const emv = checkbox({
    key: "emv",
    label: "Count EMV as return",
    checked: false,
    onChange: (checked) => heard.push(`checkbox ${checked}`),
  });
  root.append(
    menu,
    language,
    field.element,
    emv.element,
    rates.element,
    button({
      key: "create",
      label: "Create summary",
      appearance: "primary",
      onClick: hear("create"),
    }),
    button({ key: "remove", label: "Remove", appearance: "subtle", onClick: hear("remove") }),
    link({ key: "help", href: "https://example.com/help", label: "Help page" })
  );
  return {
    heard,
    setError: (message) => field.setError(message),
    setDropdownValue: (value) => setDropdownValue(language, value),
    setOpen: (open) => void (rates.open = open),
  };
}

const galleryWindow = window as GalleryWindow;
void registerFluentComponents().then(() => {
  applyTheme(document.body, galleryWindow.galleryTheme ?? { dark: false });
  galleryWindow.gallery = showGallery(document.getElementById("app") as HTMLElement);
});

/**
 * The WOM functions the summary sheet names, as the user's Excel lists them: the localized names
 * come from the table the build localizes the functions metadata with. Each name is read by a
 * constant path, so that the bundles keep only these names of the table.
 */
import translations from "../functions/translations.json";
import { Locale } from "./locale";

// The manifest's Functions.Namespace, which no language overrides.
const NAMESPACE = "WOM";

/** The functions the sheet's notes name. */
export interface SheetFunctionNames {
  nps: string;
  sentiment: string;
}

/** The functions the sheet's notes name, in each language. */
export const SHEET_FUNCTION_NAMES: Record<Locale, SheetFunctionNames> = {
  en: { nps: `${NAMESPACE}.NPS`, sentiment: `${NAMESPACE}.SENTIMENT` },
  "zh-CN": {
    nps: `${NAMESPACE}.${translations.functions.NPS["zh-CN"].name}`,
    sentiment: `${NAMESPACE}.${translations.functions.SENTIMENT["zh-CN"].name}`,
  },
  "zh-TW": {
    nps: `${NAMESPACE}.${translations.functions.NPS["zh-TW"].name}`,
    sentiment: `${NAMESPACE}.${translations.functions.SENTIMENT["zh-TW"].name}`,
  },
};

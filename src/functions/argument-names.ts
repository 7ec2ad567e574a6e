/** Argument names as the user's Excel shows them, so that a message names what the tooltip names. */
import { ProblemDetail } from "../cells/problem";
import { Locale } from "../i18n/locale";
import translations from "./translations.json";

type LocalNames = Readonly<Record<string, Readonly<Record<string, string>>>>;

// Only the parameter names are read here, so the bundle keeps none of the descriptions.
const parameterNames: LocalNames = translations.parameters;

/** An argument's name in the given language; English, and names it does not know, stay as they are. */
function localArgumentName(arg: string, locale: Locale): string {
  if (locale === "en") return arg;
  return parameterNames[arg]?.[locale] ?? arg;
}

/** A problem whose argument names are those of the given language. */
export function withLocalArgumentNames(detail: ProblemDetail, locale: Locale): ProblemDetail {
  if (locale === "en") return detail;
  const local: Record<string, unknown> = { ...detail };
  for (const key of ["arg", "partner", "limitArg", "expected"] as const) {
    const name = local[key];
    if (typeof name === "string") local[key] = localArgumentName(name, locale);
  }
  if ("at" in detail) local.at = { ...detail.at, arg: localArgumentName(detail.at.arg, locale) };
  return local as ProblemDetail;
}

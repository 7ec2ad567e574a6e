/** How a cell's value is quoted inside a message, in every language. */

/** Text in quotes (cut after 40 characters), booleans as Excel writes them, blanks as "(blank)". */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined) return "(blank)";
  return typeof value;
}

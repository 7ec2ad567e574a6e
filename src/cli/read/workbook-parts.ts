/** A workbook's sheets by name, read from its package before streaming one of them. */
import path from "path";
import { ZipEntry, zipEntries, zipEntryText } from "./zip-entries";

/** A sheet of a workbook: its name on the tab and the package part that holds its cells. */
export interface WorkbookSheet {
  name: string;
  part: string;
}

/** A workbook's parts by name and its sheets in tab order. */
export interface WorkbookParts {
  entries: Map<string, ZipEntry>;
  sheets: WorkbookSheet[];
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** Raised when the package lacks the parts every workbook has. */
export class NotWorkbookError extends Error {}

/** The attributes of one XML start tag, entities decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1], xmlText(match[2] ?? match[3]));
  return found;
}

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name.toLowerCase()] ?? "";
  });
}

/** A relationship target as a part name: relative to the workbook's folder, or package-absolute ("/xl/..."). */
export function partOfTarget(target: string, base = path.posix.dirname(WORKBOOK)): string {
  const absolute = target.startsWith("/") ? target : path.posix.join("/", base, target);
  return path.posix.normalize(absolute).slice(1);
}

/** The sheets of a workbook in tab order, matched to their parts whatever form the targets take. */
export async function workbookParts(file: string): Promise<WorkbookParts> {
  const entries = zipEntries(file);
  const workbook = entries.get(WORKBOOK);
  const rels = entries.get(WORKBOOK_RELS);
  if (!workbook || !rels) throw new NotWorkbookError(`${file} has no ${WORKBOOK}`);
  const targets = new Map<string, string>();
  for (const tag of (await zipEntryText(file, rels)).match(/<(\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const attrs = attributes(tag);
    const id = attrs.get("Id");
    const target = attrs.get("Target");
    if (id && target && attrs.get("TargetMode") !== "External")
      targets.set(id, partOfTarget(target));
  }
  const sheets: WorkbookSheet[] = [];
  for (const tag of (await zipEntryText(file, workbook)).match(/<(\w+:)?sheet\b[^>]*>/g) ?? []) {
    const attrs = attributes(tag);
    // The relationship id is in the relationships namespace, whatever prefix the writer chose.
    const idKey = [...attrs.keys()].find((key) => /^[\w.-]+:id$/.test(key));
    const part = idKey ? targets.get(attrs.get(idKey) ?? "") : undefined;
    const name = attrs.get("name");
    if (name !== undefined && part !== undefined) sheets.push({ name, part });
  }
  return { entries, sheets };
}

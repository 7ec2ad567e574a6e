// What in a bundle Safari 14's WKWebView (old Macs, and the build's target) cannot run: syntax after ES2020,
// which acorn refuses to parse, and what ES2020 allows but Safari 14 lacks.
import { parse } from "acorn";

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

/** Regex flags after Safari 14: d (match indices) came in Safari 15, v (sets) in 17. */
const LATER_FLAGS = /[dv]/;

// Built-ins after Safari 14 that TypeScript's ES2020 library keeps out of src/ but not out of packages.
const LATER_METHODS = new Set([
  "at", // Safari 15.4
  "findLast", // 15.4
  "findLastIndex", // 15.4
  "hasOwn", // 15.4
  "toSorted", // 16
  "toReversed", // 16
  "toSpliced", // 16
  "groupBy", // 17.4
]);
const LATER_GLOBALS = new Set(["structuredClone"]); // 15.4

/** Whether a regex pattern has a lookbehind, (?<= or (?<!, outside escapes and character classes. */
export function hasLookbehind(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && /^\?<[=!]/.test(pattern.slice(i + 1, i + 4))) return true;
  }
  return false;
}

function children(node: Node): Node[] {
  return Object.values(node).flatMap((value) =>
    (Array.isArray(value) ? value : [value]).filter(
      (child): child is Node => typeof child?.type === "string"
    )
  );
}

/** The text a RegExp argument spells out where the bundle writes it literally: strings, templates, "a" + "b". */
function literalText(node: Node | undefined): string {
  if (!node) return "";
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral")
    return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join("");
  if (node.type === "BinaryExpression" && node.operator === "+")
    return literalText(node.left as Node) + literalText(node.right as Node);
  return "";
}

function regexFinding(pattern: string, flags: string): string | undefined {
  if (hasLookbehind(pattern)) return `regex lookbehind /${pattern}/`;
  if (LATER_FLAGS.test(flags)) return `regex flag ${flags} on /${pattern}/`;
  return undefined;
}

function findingAt(node: Node): string | undefined {
  const regex = node.regex as { pattern: string; flags: string } | undefined;
  if (node.type === "Literal" && regex) return regexFinding(regex.pattern, regex.flags);
  if (node.type !== "NewExpression" && node.type !== "CallExpression") return undefined;
  const callee = node.callee as Node;
  const [pattern, flags] = node.arguments as Node[];
  if (callee.type === "Identifier" && callee.name === "RegExp")
    return regexFinding(literalText(pattern), literalText(flags));
  // A minifier names its own functions with short names such as `at`: only methods and globals count.
  const later =
    callee.type === "MemberExpression" && !callee.computed
      ? LATER_METHODS.has((callee.property as Node).name as string) &&
        (callee.property as Node).name
      : callee.type === "Identifier" && LATER_GLOBALS.has(callee.name as string) && callee.name;
  return later ? `call of ${later}(), after Safari 14` : undefined;
}

/** Everything in `source` that Safari 14 cannot parse or lacks, each with where it is; empty when none. */
export function unsupportedSyntax(source: string): string[] {
  let program: Node;
  try {
    program = parse(source, { ecmaVersion: 2020, sourceType: "script" }) as unknown as Node;
  } catch (error) {
    return [`not ES2020: ${(error as Error).message}`];
  }
  const findings: string[] = [];
  const pending = [program];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    const finding = findingAt(node);
    if (finding) findings.push(`${finding} at ${node.start}`);
    pending.push(...children(node));
  }
  return findings;
}

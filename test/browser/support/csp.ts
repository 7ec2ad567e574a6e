// The Content-Security-Policy the built page declares, read from its <meta> element.
import fs from "fs";
import path from "path";
import { DIST } from "./browsing";

/** dist/taskpane.html as built. */
export function builtPage(): string {
  return fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
}

/** The policy's directives, each with its sources, as the page's meta element gives them. */
export function declaredPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error("the page declares no Content-Security-Policy");
  const directives = meta[1].split(";").map((directive) => directive.trim().split(/\s+/));
  return new Map(directives.filter(([name]) => name).map(([name, ...sources]) => [name, sources]));
}

/** Where in the page the policy is declared, and where the first thing it governs is. */
export function policyPosition(html: string): { policy: number; firstResource: number } {
  return {
    policy: html.search(/<meta\s+http-equiv="?Content-Security-Policy/i),
    firstResource: html.search(/<(script|link|style)\b/i),
  };
}

// The source's shape: folders a reader can take in, dependencies that point one way, one entry to the summary.
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");
const MOST_FILES_FLAT = 15;

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const FILES = filesUnder(SRC);
const MODULES = FILES.filter((file) => file.endsWith(".ts"));
// `import … from`, `export … from` and bare `import "…"`; the first group is what is imported.
const IMPORT =
  /^\s*(?:import|export)\b([^;]*?)\bfrom\s+["'](\.{1,2}\/[^"']+)["']|^\s*import\s+["'](\.{1,2}\/[^"']+)["']/gm;

/** The source files a module imports; with `runtime`, only those a bundle takes in, not types. */
function importsOf(file: string, runtime = false): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].flatMap((match) => {
    if (runtime && /^\s*type\b/.test(match[1] ?? "")) return [];
    const base = path.resolve(path.dirname(file), match[2] ?? match[3]);
    const found = [`${base}.ts`, path.join(base, "index.ts")].find((candidate) =>
      fs.existsSync(candidate)
    );
    return found ? [found] : [];
  });
}

const GRAPH = new Map(MODULES.map((file) => [file, importsOf(file)]));
const relative = (file: string) => path.relative(SRC, file);

/** Every cycle found by a depth-first walk, as the files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of GRAPH.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of MODULES) if (!state.has(file)) visit(file);
  return found.map((cycle) => cycle.map(relative));
}

describe("the source's shape", () => {
  it("has no import cycle, type-only imports included", () => {
    expect(MODULES.length).toBeGreaterThan(100);
    expect(cycles()).toEqual([]);
  });

  it(`holds at most ${MOST_FILES_FLAT} files flat in any folder`, () => {
    const counts = new Map<string, number>();
    for (const file of FILES) {
      const folder = relative(path.dirname(file)) || ".";
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
    const crowded = [...counts].filter(([, count]) => count > MOST_FILES_FLAT);
    expect(crowded).toEqual([]);
  });

  it("lets the pane, the report and the workbook writers reach the summary only through its entry", () => {
    const outside = MODULES.filter((file) => /^(taskpane|cli|excel)\//.test(relative(file)));
    const deep = outside.flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .map(relative)
        .filter((target) => target.startsWith("summary/") && target !== "summary/index.ts")
        .map((target) => `${relative(file)} -> ${target}`)
    );
    expect(deep).toEqual([]);
  });

  it("keeps kpi/ pure: it imports nothing but itself", () => {
    const kpi = MODULES.filter((file) => relative(file).startsWith("kpi/"));
    const outside = kpi.flatMap((file) =>
      (GRAPH.get(file) ?? []).map(relative).filter((target) => !target.startsWith("kpi/"))
    );
    expect(outside).toEqual([]);
  });

  it("gives the functions bundle the cells' words only, not the pane's, the sheet's or the report's", () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of importsOf(file, true)) walk(next);
    };
    walk(path.join(SRC, "functions/functions.ts"));
    const words = [...reached]
      .map(relative)
      .filter((file) => /^i18n\/.*\/(pane|sheet|report|sources)\.ts$/.test(file));
    expect(words).toEqual([]);
  });
});

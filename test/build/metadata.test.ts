// The metadata Excel reads (dist/functions.json) against what the source declares.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src/functions/functions.ts");

interface Parameter {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Parameter[];
  result: { type: string; dimensionality?: string };
}

function builtMetadata(): FunctionMetadata[] {
  return JSON.parse(fs.readFileSync(path.join(root, "dist/functions.json"), "utf8")).functions;
}

function declaredIds(): string[] {
  const text = fs.readFileSync(source, "utf8");
  return [...text.matchAll(/@customfunction (\w+)/g)].map((match) => match[1]).sort();
}

describe("dist/functions.json", () => {
  it("lists exactly the functions the source declares", () => {
    expect(
      builtMetadata()
        .map((f) => f.id)
        .sort()
    ).toEqual(declaredIds());
  });

  it("matches the metadata generated from the source now", async () => {
    const generated = await generateCustomFunctionsMetadata([source], true);
    expect(generated.errors).toEqual([]);
    const fresh: FunctionMetadata[] = JSON.parse(generated.metadataJson).functions;
    const strip = (list: FunctionMetadata[]) => list.map(({ helpUrl: _url, ...rest }) => rest);
    expect(strip(builtMetadata())).toEqual(strip(fresh));
  });

  it("declares the headline functions with ranges as matrices and the documented optional parameters", () => {
    const byId = new Map(builtMetadata().map((f) => [f.id, f]));
    const shape = (id: string) =>
      byId
        .get(id)
        ?.parameters.map(
          (p) => `${p.name}:${p.dimensionality ?? "scalar"}${p.optional ? "?" : ""}`
        );
    expect(shape("EMV")).toEqual([
      "impressions:matrix",
      "cpm:matrix",
      "engagements:matrix?",
      "value_per_engagement:matrix?",
    ]);
    expect(shape("NPS")).toEqual(["answers:matrix"]);
    expect(shape("ROI")).toEqual(["returns:matrix", "cost:matrix"]);
    expect(shape("REPEATRATE")).toEqual([
      "customer_ids:matrix",
      "order_dates:matrix?",
      "start_date:scalar?",
      "end_date:scalar?",
    ]);
  });

  it("gives every function and parameter a description and a help link", () => {
    for (const f of builtMetadata()) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\.html#wom/);
      for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(10);
      expect(f.result.type).toBe("number");
    }
  });

  it("links each function to an anchor that the help page has", () => {
    const help = fs.readFileSync(path.join(root, "dist/help.html"), "utf8");
    for (const f of builtMetadata()) {
      const anchor = f.helpUrl.split("#")[1];
      expect(help).toContain(`id="${anchor}"`);
    }
  });
});

describe("dist/functions.js", () => {
  it("registers every declared function with Excel", () => {
    const bundle = fs.readFileSync(path.join(root, "dist/functions.js"), "utf8");
    for (const id of declaredIds())
      expect(bundle).toMatch(new RegExp(`CustomFunctions\\.associate\\("${id}",`));
  });

  it("touches no DOM when it loads", () => {
    const bundle = fs.readFileSync(path.join(root, "dist/functions.js"), "utf8");
    expect(bundle).not.toMatch(/\bdocument\.|\bwindow\.|localStorage/);
  });
});

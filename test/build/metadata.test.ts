// The metadata Excel reads (dist/functions.json) against what the source declares.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { builtMetadata, FunctionMetadata } from "../support/metadata";

const { functionSources } = require("../../scripts/function-sources");

const root = path.resolve(__dirname, "../..");
const sources: string[] = functionSources();

const functions = (): FunctionMetadata[] => builtMetadata().functions;

function declaredIds(): string[] {
  const text = sources.map((source) => fs.readFileSync(source, "utf8")).join("\n");
  return [...text.matchAll(/@customfunction (\w+)/g)].map((match) => match[1]).sort();
}

describe("dist/functions.json", () => {
  it("lists exactly the functions the source declares", () => {
    expect(
      functions()
        .map((f) => f.id)
        .sort()
    ).toEqual(declaredIds());
  });

  it("asks Excel for a data type's plain value, in every language's metadata", () => {
    // With it true, a formatted number arrives as {type: "Double", basicValue: …}, which no
    // function reads; the generator always writes true.
    for (const file of ["functions.json", "functions-zh-cn.json", "functions-zh-tw.json"]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(root, "dist", file), "utf8"));
      expect([file, metadata.allowCustomDataForDataTypeAny]).toEqual([file, false]);
    }
  });

  it("matches the metadata generated from the source now", async () => {
    const generated = await generateCustomFunctionsMetadata(sources, true);
    expect(generated.errors).toEqual([]);
    const fresh: FunctionMetadata[] = JSON.parse(generated.metadataJson).functions;
    const strip = (list: FunctionMetadata[]) => list.map(({ helpUrl: _url, ...rest }) => rest);
    expect(strip(functions())).toEqual(strip(fresh));
  });

  it("declares every function with ranges as matrices and the documented optional parameters", () => {
    const byId = new Map(functions().map((f) => [f.id, f]));
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
    expect(shape("SOCIALNPS")).toEqual(["positive_or_labels:matrix", "negative:matrix?"]);
    expect(shape("NPSMOE")).toEqual([
      "answers:matrix",
      "confidence:scalar?",
      "adjusted_wald:scalar?",
    ]);
    expect(shape("NPSTEST")).toEqual([
      "answers_a:matrix",
      "answers_b:matrix",
      "confidence:scalar?",
      "adjusted_wald:scalar?",
    ]);
    expect(shape("ROAS")).toEqual(["revenue:matrix", "ad_spend:matrix"]);
    expect(shape("RATECI")).toEqual(["successes:matrix", "total:matrix", "confidence:scalar?"]);
    expect(shape("NPSBREAKDOWN")).toEqual(["answers:matrix"]);
    expect(shape("CPM")).toEqual(["cost:matrix", "impressions:matrix"]);
    expect(shape("ENGAGEMENTRATE")).toEqual(["engagements:matrix", "impressions:matrix"]);
    expect(shape("CPE")).toEqual(["cost:matrix", "engagements:matrix"]);
    expect(shape("CPV")).toEqual(["cost:matrix", "views:matrix"]);
    expect(shape("ATTRIBUTED")).toEqual([
      "exposure_dates:matrix",
      "order_dates:matrix",
      "window_days:scalar?",
    ]);
    expect(shape("CHURN")).toEqual(["customers_at_start:matrix", "customers_lost:matrix"]);
    expect(shape("RETENTION")).toEqual([
      "customers_at_start:matrix",
      "customers_at_end:matrix",
      "new_customers:matrix",
    ]);
    expect(shape("CLV")).toEqual([
      "average_order_value:scalar",
      "orders_per_year:scalar",
      "years:scalar",
      "gross_margin:scalar?",
    ]);
    expect(shape("KFACTOR")).toEqual(["invites_per_user:scalar", "invite_conversion:scalar"]);
    expect(shape("GROWTH")).toEqual(["series:matrix"]);
    expect(shape("COSTRATIO")).toEqual(["marketing_spend:matrix", "revenue:matrix"]);
    expect(shape("LOYALTYGAP")).toEqual(["satisfaction_rate:scalar", "repeat_rate:scalar"]);
    expect(shape("ACQRETRATIO")).toEqual(["acquisition_cost:scalar", "retention_cost:scalar"]);
    expect(shape("ONTIME")).toEqual(["received:matrix", "resolved:matrix", "hours:scalar?"]);
    expect(shape("SENTIMENT")).toEqual(["texts:matrix", "lexicon:matrix?"]);
    expect(shape("SENTIMENTWHY")).toEqual(["text:matrix", "lexicon:matrix?"]);
    expect(shape("COHORTS")).toEqual([
      "customer_ids:matrix",
      "order_dates:matrix",
      "period:scalar?",
    ]);
    expect(shape("CODEFLAGS")).toEqual([
      "order_codes:matrix",
      "order_customers:matrix",
      "order_dates:matrix",
      "post_codes:matrix",
      "post_contacts:matrix?",
      "post_dates:matrix?",
      "post_impressions:matrix?",
      "min_orders:scalar?",
      "min_share:scalar?",
      "max_orders_per_impression:scalar?",
    ]);
  });

  it("spills only NPSBREAKDOWN, NPSTEST, RATECI, SENTIMENTWHY (rows), SENTIMENT (its texts' shape), COHORTS (a row per cohort) and CODEFLAGS (its orders' shape)", () => {
    const spilled = new Set([
      "NPSBREAKDOWN",
      "NPSTEST",
      "RATECI",
      "SENTIMENT",
      "SENTIMENTWHY",
      "COHORTS",
      "CODEFLAGS",
    ]);
    for (const f of functions()) {
      expect([f.id, f.result.dimensionality ?? "scalar"]).toEqual([
        f.id,
        spilled.has(f.id) ? "matrix" : "scalar",
      ]);
    }
  });

  it("gives every function and parameter a description and a help link", () => {
    for (const f of functions()) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\.html#wom/);
      for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it("returns numbers, but labels from SENTIMENT, label, score and words (any, left unset) from SENTIMENTWHY, numbers with blanks (any) from COHORTS and flags from CODEFLAGS", () => {
    const types: Record<string, string | undefined> = {
      SENTIMENT: "string",
      SENTIMENTWHY: undefined,
      COHORTS: undefined,
      CODEFLAGS: "string",
    };
    for (const f of functions())
      expect([f.id, f.result.type]).toEqual([f.id, f.id in types ? types[f.id] : "number"]);
  });

  it("links each function to an anchor that the help page has", () => {
    const help = fs.readFileSync(path.join(root, "dist/help.html"), "utf8");
    for (const f of functions()) {
      const anchor = f.helpUrl.split("#")[1];
      // An element's id, not the id written as text; the production build drops the quotes around attribute values.
      expect(help).toMatch(new RegExp(`<[a-z][a-z0-9]*\\s[^<>]*\\bid="?${anchor}[" >]`));
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

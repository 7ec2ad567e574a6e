// Microsoft's manifest schemas, as test/fixtures/manifest-schemas/ holds them, applied by xmllint (libxml2-utils).
import { spawnSync } from "child_process";
import path from "path";

const SCHEMA = path.resolve(__dirname, "../fixtures/manifest-schemas/OfficeAppManifestV1_1.xsd");

/** What xmllint finds wrong with a manifest against the schemas: empty when it is valid. */
export function schemaProblems(manifest: string): string[] {
  // --nonet: the schemas import one another from their folder, never from the network.
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, manifest], {
    encoding: "utf8",
  });
  if (result.error)
    throw new Error(
      "xmllint is missing: `npm test` installs libxml2-utils (scripts/system-packages.js)"
    );
  if (result.status === 0) return [];
  return result.stderr
    .split("\n")
    .filter((line) => line !== "" && !line.endsWith("fails to validate"));
}

// The custom functions metadata as the build writes it, for the tests that read it.
import fs from "fs";
import path from "path";

export interface ParameterMetadata {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: ParameterMetadata[];
  result: { type: string; dimensionality?: string };
}

export type Metadata = { functions: FunctionMetadata[] };

/** A metadata file of dist/: functions.json or a localized one. */
export function builtMetadata(file = "functions.json"): Metadata {
  const dist = path.resolve(__dirname, "../../dist");
  return JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
}

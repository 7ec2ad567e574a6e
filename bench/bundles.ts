/** The size of what Excel downloads before the first formula can calculate, and of the pane. */
import fs from "fs";
import path from "path";
import zlib from "zlib";

const DIST = path.resolve(__dirname, "../dist");
export const FUNCTIONS_BUDGET_BYTES = 30 * 1024;

export interface BundleFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Raw and gzipped sizes of the production bundles in dist/ (run `npm run build` first). */
export function measureBundles(): BundleFigures[] {
  const files = fs.readdirSync(DIST).filter((file) => /\.(js|css)$/.test(file));
  return files.map((file) => {
    const content = fs.readFileSync(path.join(DIST, file));
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
}

/** The bundle table as printed lines. */
export function bundleTable(bundles: BundleFigures[]): string[] {
  const lines = ["| bundle | bytes | gzipped | budget |", "|---|---:|---:|---|"];
  for (const b of bundles) {
    const budget =
      b.file === "functions.js"
        ? b.gzipBytes <= FUNCTIONS_BUDGET_BYTES
          ? "within 30 KB"
          : "OVER 30 KB"
        : "";
    lines.push(`| ${b.file} | ${b.bytes} | ${b.gzipBytes} | ${budget} |`);
  }
  return lines;
}

// Draws the pictures of the report's summary sheet, charts included, as LibreOffice Calc renders it:
// docs/summary-sheet.png (English, the README's), docs/summary-sheet-zh-CN.png and -zh-TW.png, from
// the example data. Needs LibreOffice and pdftoppm (poppler-utils).
// Run with `npm run build:cli && npx tsx bench/report-picture.ts`.
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { convert } from "../test/cli/support/libreoffice";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "dist-cli", "cli", "wom-report.js");
const LANGUAGES = ["en", "zh-CN", "zh-TW"];
const pictureOf = (lang: string) =>
  path.join(root, "docs", lang === "en" ? "summary-sheet.png" : `summary-sheet-${lang}.png`);
const RESOLUTION = 110;
const MARGIN = 12;

function writeExampleWorkbook(out: string, lang: string): void {
  const examples = ["posts", "mentions", "orders"].flatMap((kind) => [
    `--${kind}`,
    path.join(root, "examples", `${kind}.csv`),
  ]);
  const options = ["--campaign", "Early Bird", "--emv-as-return", "--lang", lang, "--out", out];
  execFileSync(process.execPath, [bin, ...examples, ...options], { stdio: "ignore" });
}

// The box around everything that is not white, in a binary PPM (P6) image.
function contentBox(ppm: Buffer): { x: number; y: number; width: number; height: number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not write a binary PPM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + (y * width + x) * 3;
      if (ppm[at] > 245 && ppm[at + 1] > 245 && ppm[at + 2] > 245) continue;
      [left, top] = [Math.min(left, x), Math.min(top, y)];
      [right, bottom] = [Math.max(right, x), Math.max(bottom, y)];
    }
  }
  const x = Math.max(0, left - MARGIN);
  const y = Math.max(0, top - MARGIN);
  return {
    x,
    y,
    width: Math.min(width, right + MARGIN) - x,
    height: Math.min(height, bottom + MARGIN) - y,
  };
}

async function drawPicture(lang: string): Promise<void> {
  const picture = pictureOf(lang);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "wom-picture-"));
  try {
    const workbook = path.join(folder, "summary.xlsx");
    writeExampleWorkbook(workbook, lang);
    // One page per sheet; the summary is the fourth sheet, after posts, mentions and orders.
    const pdfFilter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    const [pdf] = await convert(workbook, pdfFilter, folder);
    const page = ["-f", "4", "-l", "4", "-r", String(RESOLUTION), "-singlefile"];
    const ppm = execFileSync("pdftoppm", [...page, pdf], { maxBuffer: 1 << 28 });
    const box = contentBox(ppm);
    const crop = ["-x", box.x, "-y", box.y, "-W", box.width, "-H", box.height].map(String);
    const stem = path.join(folder, "summary");
    execFileSync("pdftoppm", [...page, ...crop, "-png", pdf, stem]);
    fs.mkdirSync(path.dirname(picture), { recursive: true });
    fs.copyFileSync(`${stem}.png`, picture);
    console.log(`${path.relative(root, picture)}: ${box.width} × ${box.height} pixels`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const lang of LANGUAGES) await drawPicture(lang);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

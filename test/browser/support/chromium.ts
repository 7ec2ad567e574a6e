// Debian's Chromium, driven by playwright-core: headless, offline, in a profile made for this run only.
import fs from "fs";
import os from "os";
import path from "path";
import { BrowserContext, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

// No sandbox (containers lack the kernel features), no GPU, and none of the browser's own traffic.
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Framed pages keep their storage, as in Edge and Chrome: Debian's Chromium denies a cross-site frame, such as
  // the pane inside Excel on the web, its sessionStorage, which office.js reads.
  "--disable-features=TrackingProtection3pcd",
];

/**
 * The only fonts the pages may use: those of the Debian packages the tests install themselves
 * (fonts-dejavu-core, fonts-noto-cjk; see scripts/system-packages.js). Whatever else a machine has
 * installed, text is measured in these, so a verdict on text that does not fit is the same everywhere.
 */
export const TEST_FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
];

/** A fontconfig setup in `folder` that sees only TEST_FONT_FILES; returns the environment that selects it. */
export function pinnedFontEnvironment(folder: string): Record<string, string> {
  const fonts = path.join(folder, "fonts");
  fs.mkdirSync(fonts, { recursive: true });
  for (const file of TEST_FONT_FILES) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: \`npm test\` installs it (scripts/system-packages.js)`);
    }
    fs.symlinkSync(file, path.join(fonts, path.basename(file)));
  }
  const alias = (generic: string, family: string) =>
    `<alias binding="strong"><family>${generic}</family><prefer><family>${family}</family>` +
    `<family>Noto Sans CJK SC</family></prefer></alias>`;
  const config = path.join(folder, "fonts.conf");
  fs.writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>` +
      `<dir>${fonts}</dir><cachedir>${path.join(folder, "font-cache")}</cachedir>` +
      alias("sans-serif", "DejaVu Sans") +
      alias("serif", "DejaVu Serif") +
      alias("monospace", "DejaVu Sans Mono") +
      `</fontconfig>`
  );
  return { ...(process.env as Record<string, string>), FONTCONFIG_FILE: config };
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data-dir and the pinned fonts, removed again on close. */
export async function launchChromium(): Promise<Chromium> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "wom-pane-"));
  const profile = path.join(scratch, "profile");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    env: pinnedFontEnvironment(scratch),
    locale: "en-US",
    viewport: { width: 320, height: 720 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

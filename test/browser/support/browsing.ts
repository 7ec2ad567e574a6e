// One web server for dist/ and one Chromium per test file, started before its tests and stopped after.
import fs from "fs";
import path from "path";
import { BrowserContext } from "playwright-core";
import { Chromium, launchChromium } from "./chromium";
import { STAND_IN_OFFICE_JS } from "./network";
import { serveDirectory, StaticServer } from "./server";

export const DIST = path.resolve(__dirname, "../../../dist");

export interface Browsing {
  /** The add-in's origin: dist/ served on localhost. */
  origin: string;
  context: BrowserContext;
}

function assertBuilt(): void {
  for (const file of [path.join(DIST, "taskpane.html"), STAND_IN_OFFICE_JS]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

/** Registers the file's beforeAll/afterAll; the returned function gives the running server and browser. */
export function useBrowsing(): () => Browsing {
  let server: StaticServer | undefined;
  let chromium: Chromium | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDirectory(DIST);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return () => {
    if (!server || !chromium) throw new Error("the browser is not running");
    return { origin: server.origin, context: chromium.context };
  };
}

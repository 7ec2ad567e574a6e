// Draws docs/pane-<language>-<theme>.png: the pane at 350 × 800 px in Chromium, over the stand-in
// workbook holding the example campaign, its three sources picked, in each language and Office
// theme: the light pictures show the sources, the dark ones the assumptions and the preview below
// them. Run with `npm run build && npx tsx bench/pane-pictures.ts`.
import path from "path";
import { launchChromium } from "../test/browser/support/chromium";
import { exampleCampaign, SOURCE_SHEETS } from "../test/browser/support/example-campaign";
import { LANGUAGES, THEMES } from "../test/browser/support/languages";
import { openPane, selectCells } from "../test/browser/support/pane-page";
import { serveDirectory } from "../test/browser/support/server";

const root = path.resolve(__dirname, "..");
const SIZE = { width: 350, height: 800 };

async function main(): Promise<void> {
  const server = await serveDirectory(path.join(root, "dist"));
  const chromium = await launchChromium();
  try {
    for (const language of LANGUAGES)
      for (const theme of THEMES) {
        const setup = exampleCampaign(language.displayLanguage, theme.bodyBackgroundColor);
        const { page } = await openPane(chromium.context, server.origin, setup, SIZE.width);
        await page.setViewportSize(SIZE);
        await page.waitForSelector('[data-key="use-posts"]');
        for (const sheet of SOURCE_SHEETS) {
          const kind = sheet.toLowerCase();
          await selectCells(page, sheet, "B2");
          await page.click(`[data-key="use-${kind}"]`);
          await page.waitForSelector(`[data-key="remove-${kind}"]`);
        }
        await page.waitForSelector('#preview[data-preview="ready"]');
        // The preview is the last part of the content: in view once a user scrolls down to it.
        if (theme.dark) await page.locator("#preview").scrollIntoViewIfNeeded();
        const picture = path.join(root, "docs", `pane-${language.locale}-${theme.name}.png`);
        await page.screenshot({ path: picture });
        console.log(path.relative(root, picture));
        await page.close();
      }
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

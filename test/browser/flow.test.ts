// The whole flow as a marketer goes through it, in headless Chromium, in each language and Office theme, at
// Excel's default pane widths: the built page over the stand-in workbook holding the example campaign.
// Screenshots: test-artifacts/pane/.
import { isoDateSerial } from "../../src/cells/dates";
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { exampleCampaign, exampleRepeatRate, SOURCE_SHEETS } from "./support/example-campaign";
import { LANGUAGES, THEMES } from "./support/languages";
import { waitForText } from "./support/pane-actions";
import {
  openPane,
  PaneSession,
  selectCells,
  textOf,
  typeCells,
  workbookSnapshot,
  workbookState,
} from "./support/pane-page";
import { evaluateSummary } from "./support/summary-engine";
import { summaryWrites } from "./support/summary-writes";
import { StandInSetup } from "./stand-in/contract";

const NOTHING_WRONG = { cutText: [], inaccessible: [] };
const HEIGHT = 800;
const browsing = useBrowsing();

// Three orders typed under the example's 200: a new customer who ordered twice, and one who ordered once.
const day = isoDateSerial("2024-03-20");
const ADDED = [
  ["EB-0201", day, "C9001", "", "", 30, day],
  ["EB-0202", day, "C9001", "", "", 30, day],
  ["EB-0203", day, "C9002", "", "", 30, day],
];

// Light at 350 px, dark at Excel's narrowest 320 px: every language at both widths and in both themes.
const flows = LANGUAGES.flatMap((language) =>
  THEMES.map((theme) => ({ language, theme, width: theme.dark ? 320 : 350 }))
);

/** Where an element is: inside the pane's view (not under its footer, unless in it), and in which source card. */
async function placeOf(session: PaneSession, selector: string) {
  return session.page
    .locator(selector)
    .first()
    .evaluate((shown) => {
      const box = shown.getBoundingClientRect();
      const footer = document.querySelector("main > footer")?.getBoundingClientRect();
      const bottom = shown.closest("footer") || !footer ? window.innerHeight : footer.top;
      return {
        inView: box.height > 0 && box.top >= 0 && box.bottom <= bottom + 0.5,
        card: shown.closest("[data-kind]")?.getAttribute("data-kind") ?? "footer",
      };
    });
}

describe.each(flows)(
  "the pane in $language.name, $theme.name theme, $width px",
  ({ language, theme, width }) => {
    let session: PaneSession;
    let setup: StandInSetup;
    // Every click and selection a person makes, counted up to the summary's creation.
    let clicks = 0;
    const step = (name: string) => `${language.locale}-${theme.name}-${width}-${name}`;
    const click = async (selector: string) => {
      clicks++;
      await session.page.click(selector);
    };
    const select = async (sheet: string, at: string) => {
      clicks++;
      await selectCells(session.page, sheet, at);
    };

    beforeAll(async () => {
      const { context, origin } = browsing();
      setup = exampleCampaign(language.displayLanguage, theme.bodyBackgroundColor);
      session = await openPane(context, origin, setup, width);
      await session.page.setViewportSize({ width, height: HEIGHT });
      await session.page.waitForSelector('[data-key="use-posts"]');
    });

    afterAll(() => session?.page.close());

    it("opens in Excel's display language and Office's theme, Create in view", async () => {
      const { page } = session;
      expect(await page.getAttribute("html", "lang")).toBe(language.locale);
      expect(await textOf(page, "h1")).toBe(language.title);
      const body = await page.evaluate(() => ({
        dark: document.body.classList.contains("dark"),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(body).toEqual({ dark: theme.dark, background: theme.rgb });
      expect(await placeOf(session, '[data-key="create"]')).toEqual({
        inView: true,
        card: "footer",
      });
      expect(await checkStep(page, step("1-opened"))).toEqual(NOTHING_WRONG);
    });

    it("reads each source around the selected cell and says so in that source's card, in view", async () => {
      for (const sheet of SOURCE_SHEETS) {
        const kind = sheet.toLowerCase() as keyof typeof language.read;
        await select(sheet, "B2");
        await click(`[data-key="use-${kind}"]`);
        await waitForText(session.page, `[data-status="${kind}"] .recognised`, language.read[kind]);
        expect(await placeOf(session, `[data-status="${kind}"] .recognised`)).toEqual({
          inView: true,
          card: kind,
        });
      }
      expect(await session.page.locator(".where").allTextContents()).toEqual(language.where);
      expect(await placeOf(session, '[data-key="create"]')).toEqual({
        inView: true,
        card: "footer",
      });
      expect(await checkStep(session.page, step("2-sources"))).toEqual(NOTHING_WRONG);
    });

    it("previews the headline figures, then creates the summary in at most 8 clicks, the figures the same", async () => {
      const { page } = session;
      await page.waitForSelector('#preview[data-preview="ready"]');
      const preview = await page
        .locator("#preview dd")
        .evaluateAll((cells) =>
          cells.map((cell) => [
            cell.previousElementSibling?.textContent ?? "",
            Number(cell.getAttribute("data-value")),
          ])
        );
      expect(preview.length).toBeGreaterThanOrEqual(4);
      expect(await checkStep(page, step("3-preview"))).toEqual(NOTHING_WRONG);
      await click('[data-key="create"]');
      await waitForText(page, "#status > p.success", language.created);
      expect(clicks).toBeLessThanOrEqual(8);
      expect(await placeOf(session, "#status > p.success")).toEqual({
        inView: true,
        card: "footer",
      });

      // The sheet the engine recalculates shows each previewed figure beside its label.
      const { cells } = await workbookState(page, language.sheet);
      const shown = evaluateSummary(cells, language.sheet);
      const { values } = summaryWrites(cells);
      for (const [label, value] of preview) {
        const at = values.find((cell) => cell.value === label);
        expect(at).toBeDefined();
        const row = at!.address.replace(/^[A-Z]+/, "");
        const column = at!.address.replace(/\d+$/, "").charCodeAt(0);
        const beside = Array.from({ length: 8 }, (_, i) =>
          shown(`${String.fromCharCode(column + 1 + i)}${row}`)
        );
        const number = beside.find((cell) => typeof cell === "number");
        expect(number).toBeCloseTo(value as number, 9);
      }
      expect(
        preview.find(([label]) => label !== "" && values.some((c) => c.value === label))
      ).toBeDefined();
      expect(await textOf(page, '[data-key="refresh"]')).toBe(language.refresh);
      expect(await checkStep(page, step("4-created"))).toEqual(NOTHING_WRONG);
    });

    it("takes in rows typed under the orders on Refresh, and says how many", async () => {
      const { page } = session;
      await typeCells(page, "Orders", "A202", ADDED);
      await page.click('[data-key="refresh"]');
      await waitForText(page, "#status > p.success", language.refreshed);
      const told = (await page.locator("#status > p.info").allTextContents()).map((text) =>
        text.trim()
      );
      expect(told).toContain(language.rowsAdded);
      const { cells } = await workbookState(page, language.sheet);
      // C9001 is a new repeat customer and C9002 a new customer: 31 of 172, against the example's 30 of 170.
      expect(exampleRepeatRate()).toBeCloseTo(30 / 170, 12);
      const written = summaryWrites(cells).values.map(({ value }) => value);
      expect(written.some((value) => Math.abs(Number(value) - 31 / 172) < 1e-12)).toBe(true);
      expect(await checkStep(page, step("5-refreshed"))).toEqual(NOTHING_WRONG);
    });

    it("says when a selection is part of a larger block, in that card, and takes the block on request", async () => {
      const { page } = session;
      await selectCells(page, "Orders", "A1:G50");
      await page.click('[data-key="use-orders"]');
      await page.waitForSelector('[data-prompt="part-orders"]');
      expect(await placeOf(session, '[data-prompt="part-orders"]')).toEqual({
        inView: true,
        card: "orders",
      });
      expect(await checkStep(page, step("6-part"))).toEqual(NOTHING_WRONG);
      expect(await textOf(page, '[data-key="whole-orders"]')).toBe(language.wholeBlock);
      await page.click('[data-key="whole-orders"]');
      await waitForText(
        page,
        '[data-kind="orders"] .where',
        language.where[2].replace("G201", "G204").replace("200", "203")
      );
    });

    it("tells an empty selection in the card of the source it was for", async () => {
      const { page } = session;
      await selectCells(page, "Mentions", "Z500");
      await page.click('[data-key="use-mentions"]');
      await waitForText(page, '[data-status="mentions"] p.error', language.emptySelection);
      expect(await placeOf(session, '[data-status="mentions"] p.error')).toEqual({
        inView: true,
        card: "mentions",
      });
      expect(await checkStep(page, step("7-empty"))).toEqual(NOTHING_WRONG);
    });

    it("clears a bad cell's error once the cell is fixed in the sheet", async () => {
      const { page } = session;
      await typeCells(page, "Posts", "E5", [["twelve thousand"]]);
      await selectCells(page, "Posts", "B2");
      await page.click('[data-key="use-posts"]');
      await page.waitForSelector('[data-problems="posts"] li.error');
      expect(await placeOf(session, '[data-problems="posts"] li.error')).toEqual({
        inView: true,
        card: "posts",
      });
      expect(
        await page.locator('[data-problems="posts"] li.error').first().textContent()
      ).toContain("Posts!E5");
      expect(await checkStep(page, step("8-bad-cell"))).toEqual(NOTHING_WRONG);
      await typeCells(page, "Posts", "E5", [[12000]]);
      await page.click('[data-key="refresh"]');
      await waitForText(page, "#status > p.success", language.refreshed);
      expect(await page.locator('[data-problems="posts"] li').count()).toBe(0);
    });

    it("opens again on the same workbook with its sources, and offers Refresh before a second summary", async () => {
      const left = await workbookSnapshot(session.page);
      const { context, origin } = browsing();
      const reopened = await openPane(context, origin, { ...setup, ...left }, width);
      const { page } = reopened;
      await page.setViewportSize({ width, height: HEIGHT });
      await waitForText(page, '[data-key="refresh"]', language.refresh);
      for (const sheet of SOURCE_SHEETS) {
        const kind = sheet.toLowerCase() as keyof typeof language.read;
        await waitForText(page, `[data-status="${kind}"] .recognised`, language.read[kind]);
      }
      await page.click('[data-key="create"]');
      await waitForText(page, "#confirm p", language.confirmSecond);
      expect(await placeOf(reopened, "#confirm p")).toEqual({ inView: true, card: "footer" });
      expect(await checkStep(page, step("9-reopened"))).toEqual(NOTHING_WRONG);
      expect((await workbookState(page)).sheetNames).toEqual([...SOURCE_SHEETS, language.sheet]);
      expect(reopened.errors).toEqual([]);
      await page.close();
      expect(session.errors).toEqual([]);
    });
  }
);

describe("Refresh on an Excel table", () => {
  it("reads the table as it has grown", async () => {
    const { context, origin } = browsing();
    const setup = exampleCampaign("en-US");
    setup.tables = [{ name: "OrdersTable", sheet: "Orders", at: "A1:G201" }];
    const session = await openPane(context, origin, setup, 350);
    const { page } = session;
    await selectCells(page, "Orders", "C3");
    await page.click('[data-key="use-orders"]');
    await waitForText(page, '[data-kind="orders"] .where', "table OrdersTable: 200 data rows");
    await page.click('[data-key="create"]');
    await waitForText(page, "#status > p.success", LANGUAGES[0].created);
    await page.evaluate(
      (rows) =>
        (
          window as unknown as { standIn: { typeUnderTable(t: string, v: unknown[][]): void } }
        ).standIn.typeUnderTable("OrdersTable", rows),
      ADDED
    );
    await page.click('[data-key="refresh"]');
    await waitForText(page, "#status > p.success", LANGUAGES[0].refreshed);
    await waitForText(page, '[data-kind="orders"] .where', "table OrdersTable: 203 data rows");
    expect(session.errors).toEqual([]);
    await page.close();
  });
});

// Every control of the pane reached and used from the keyboard alone, as a person who cannot use a mouse would.
import { useBrowsing } from "./support/browsing";
import { tabStops, tabTo, visibleControls } from "./support/checks";
import { exampleCampaign, exampleColumnIndex, SOURCE_SHEETS } from "./support/example-campaign";
import { focusedKey, pickExampleSources, shownValue, waitForText } from "./support/pane-actions";
import { openPane, PaneSession, selectCells, workbookState } from "./support/pane-page";
import { summaryWrites } from "./support/summary-writes";

const browsing = useBrowsing();
const SUMMARY = "Campaign Summary";

async function openExamplePane(): Promise<PaneSession> {
  const { context, origin } = browsing();
  const session = await openPane(context, origin, exampleCampaign("en-US"), 450);
  await session.page.waitForSelector('fluent-button[data-key="use-posts"]');
  return session;
}

describe("the pane from the keyboard", () => {
  it("reaches every control with Tab, in the order the page shows them", async () => {
    const { page } = await openExamplePane();
    await pickExampleSources(page);
    await page.click("#cpm");
    await page.keyboard.type("8");
    await page.click("#create");
    await page.waitForSelector("#refresh:not([hidden])");
    const controls = await visibleControls(page);
    // Language, three sources with their buttons and 22 column drop-downs, four assumptions, the
    // rate card's disclosure (closed, so its fields are hidden), two actions.
    expect(controls).toHaveLength(1 + 3 * 2 + 22 + 4 + 1 + 2);
    expect(await tabStops(page)).toEqual(controls);
    await page.close();
  });

  it("goes through the whole flow: sources, a mapping, the assumptions, create and refresh", async () => {
    const { page, errors } = await openExamplePane();
    for (const [sheet, key] of SOURCE_SHEETS.map((name, i) => [
      name,
      i === 1 ? "Space" : "Enter",
    ])) {
      const kind = sheet.toLowerCase();
      await selectCells(page, sheet, "B2");
      await tabTo(page, `use-${kind}`);
      await page.keyboard.press(key);
      await page.waitForSelector(`fluent-button[data-key="remove-${kind}"]`);
      expect(await focusedKey(page)).toBe(`use-${kind}`);
    }
    const likes = `choice-posts-${exampleColumnIndex("Posts", "Likes")}`;
    await tabTo(page, likes);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    expect(await shownValue(page, `[data-key="${likes}"]`)).toBe("Not used");
    await tabTo(page, "cpm");
    await page.keyboard.type("12.5");
    await tabTo(page, "emv-as-return");
    await page.keyboard.press("Space");
    await tabTo(page, "create");
    await page.keyboard.press("Enter");
    await waitForText(page, "#status > p.success", "Created the sheet “Campaign Summary”.");
    const { values } = summaryWrites((await workbookState(page, SUMMARY)).cells);
    expect(values.map(({ value }) => value)).toEqual(expect.arrayContaining([12.5, true]));
    await tabTo(page, "refresh");
    await page.keyboard.press("Space");
    await waitForText(page, "#status > p.success", "Refreshed the sheet “Campaign Summary”.");
    expect((await workbookState(page)).sheetNames).toEqual([...SOURCE_SHEETS, SUMMARY]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hands the focus to a source's selection button when the source is removed", async () => {
    const { page } = await openExamplePane();
    await pickExampleSources(page);
    await tabTo(page, "remove-mentions");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-kind="mentions"] .none');
    expect(await focusedKey(page)).toBe("use-mentions");
    await page.close();
  });

  it("switches language with the arrow keys, keeping the focus on the switch", async () => {
    const { page } = await openExamplePane();
    await tabTo(page, "language");
    await page.keyboard.press("ArrowDown");
    await waitForText(page, "h1", "活动汇总");
    await page.keyboard.press("ArrowDown");
    await waitForText(page, "h1", "活動摘要");
    expect(await focusedKey(page)).toBe("language");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await waitForText(page, "h1", "Campaign summary");
    await page.close();
  });
});

// Every control of the pane reached and used from the keyboard alone, as a person who cannot use a mouse would.
import { useBrowsing } from "./support/browsing";
import { tabStops, tabTo, visibleControls } from "./support/checks";
import { exampleCampaign, SOURCE_SHEETS } from "./support/example-campaign";
import {
  chooseFirstOption,
  focusedKey,
  pickExampleSources,
  shownValue,
  waitForText,
} from "./support/pane-actions";
import { openPane, PaneSession, selectCells, workbookState } from "./support/pane-page";
import { summaryWrites } from "./support/summary-writes";

const browsing = useBrowsing();
const SUMMARY = "Campaign Summary";

async function openExamplePane(): Promise<PaneSession> {
  const { context, origin } = browsing();
  const session = await openPane(context, origin, exampleCampaign("en-US"), 450);
  await session.page.waitForSelector('[data-key="use-posts"]');
  return session;
}

describe("the pane from the keyboard", () => {
  it("reaches every control with Tab, in the order the page shows them", async () => {
    const { page } = await openExamplePane();
    await pickExampleSources(page);
    await page.click('[data-key="create"]');
    await page.waitForSelector('[data-key="refresh"]');
    const controls = await visibleControls(page);
    // Help and settings; three sources, each folded with its selection, remove and edit buttons; six
    // assumptions (campaign, CPM, window, EMV as return, staff hours and their hourly rate, and the
    // doubt's three thresholds); the rate card's disclosure (closed, so its fields are hidden);
    // Refresh and Create another.
    expect(controls).toHaveLength(2 + 3 * 3 + 9 + 1 + 2);
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
      await page.waitForSelector(`[data-key="remove-${kind}"]`);
      expect(await focusedKey(page)).toBe(`use-${kind}`);
    }
    // The posts' measures opened, likes left out of the engagements.
    await tabTo(page, "edit-posts");
    await page.keyboard.press("Enter");
    const likes = "measure-posts-likes";
    await tabTo(page, likes);
    await chooseFirstOption(page, `[data-key="${likes}"]`);
    expect(await shownValue(page, `[data-key="${likes}"]`)).toBe("Not in this data");
    await tabTo(page, "cpm");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("12.5");
    await tabTo(page, "emv-as-return");
    await page.keyboard.press("Space");
    await tabTo(page, "create");
    await page.keyboard.press("Enter");
    await waitForText(page, "#status > p.success", "Created the sheet “Campaign Summary”.");
    expect(await focusedKey(page)).toBe("create");
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
    await page.waitForSelector('[data-kind="mentions"] .hint');
    expect(await focusedKey(page)).toBe("use-mentions");
    await page.close();
  });

  it("switches language in the settings menu, keeping the focus on its button", async () => {
    const { page } = await openExamplePane();
    for (const [steps, title] of [
      [1, "活动汇总"],
      [2, "活動摘要"],
      [0, "Campaign summary"],
    ] as const) {
      await tabTo(page, "settings");
      await page.keyboard.press("Enter");
      // The menu opens on its first language, English.
      await page.waitForFunction(() => document.activeElement?.hasAttribute("data-item"));
      for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await waitForText(page, "h1", title);
      expect(await focusedKey(page)).toBe("settings");
    }
    await page.close();
  });
});

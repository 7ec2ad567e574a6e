// The whole flow as a marketer goes through it, in headless Chromium, in each language and Office theme:
// the built page over the stand-in workbook holding the example campaign. Screenshots: test-artifacts/pane/.
import { exampleEmv } from "../taskpane/support/example-emv";
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { tabTo } from "./support/checks";
import {
  exampleCampaign,
  exampleCellTexts,
  exampleColumn,
  exampleColumnIndex,
  exampleRepeatRate,
  SOURCE_SHEETS,
} from "./support/example-campaign";
import { LANGUAGES, THEMES } from "./support/languages";
import { shownText, shownValue, waitForText } from "./support/pane-actions";
import {
  announcements,
  cspRefusals,
  openPane,
  PaneSession,
  selectCells,
  textOf,
  workbookState,
} from "./support/pane-page";
import { evaluateSummary } from "./support/summary-engine";
import {
  readsColumn,
  readsRangeHolding,
  refersToCell,
  summaryWrites,
} from "./support/summary-writes";

const NOTHING_WRONG = { cutText: [], inaccessible: [] };
// A CPM no channel of the starting card has, so that the cell holding it is the one typed.
const CPM = 12;
// 小红书's value per comment, 0.1 on the starting card.
const RED_COMMENTS = "rate-channel-小红书-perComment";
const RED_COMMENT_RATE = 0.3;
const browsing = useBrowsing();

const flows = LANGUAGES.flatMap((language) => THEMES.map((theme) => ({ language, theme })));

describe.each(flows)("the pane in $language.name, $theme.name theme", ({ language, theme }) => {
  const SUMMARY = language.sheet;
  let session: PaneSession;
  const step = (name: string) => `${language.locale}-${theme.name}-${name}`;

  beforeAll(async () => {
    const { context, origin } = browsing();
    const setup = exampleCampaign(language.displayLanguage, theme.bodyBackgroundColor);
    session = await openPane(context, origin, setup);
    await session.page.waitForSelector('fluent-button[data-key="use-posts"]');
  });

  afterAll(() => session?.page.close());

  it("opens in Excel's display language and Office's theme", async () => {
    const { page } = session;
    expect(await page.getAttribute("html", "lang")).toBe(language.locale);
    expect(await textOf(page, "h1")).toBe(language.title);
    const body = await page.evaluate(() => ({
      dark: document.body.classList.contains("dark"),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(body).toEqual({ dark: theme.dark, background: theme.rgb });
    expect(await checkStep(page, step("1-opened"))).toEqual(NOTHING_WRONG);
  });

  it("reads each source around the selected cell and says how many columns it recognised", async () => {
    const { page } = session;
    for (const sheet of SOURCE_SHEETS) {
      const kind = sheet.toLowerCase() as keyof typeof language.read;
      await selectCells(page, sheet, "B2");
      await page.click(`fluent-button[data-key="use-${kind}"]`);
      await waitForText(page, "#status", language.read[kind]);
    }
    expect(await page.locator(".where").allTextContents()).toEqual(language.where);
    expect(await checkStep(page, step("2-sources"))).toEqual(NOTHING_WRONG);
  });

  it("takes a corrected column mapping from the keyboard", async () => {
    const { page } = session;
    // Likes were recognised as likes; the marketer leaves them out of the engagements.
    const likes = `fluent-select[data-key="choice-posts-${exampleColumnIndex("Posts", "Likes")}"]`;
    await page.focus(likes);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    expect(await shownValue(page, likes)).toBe(language.notUsed);
    expect(await checkStep(page, step("3-mapping"))).toEqual(NOTHING_WRONG);
  });

  it("announces a missing CPM as an error and writes nothing", async () => {
    const { page } = session;
    await page.click("#create");
    await waitForText(page, "#alerts", language.cpmMissing);
    expect(await announcements(page)).toContainEqual({
      region: "alerts",
      text: language.cpmMissing,
    });
    expect((await workbookState(page)).sheetNames).toEqual([...SOURCE_SHEETS]);
    expect(await checkStep(page, step("4-cpm-missing"))).toEqual(NOTHING_WRONG);
  });

  it("takes the campaign's name and the CPM of other channels", async () => {
    const { page } = session;
    await page.click("#campaign-name");
    await page.keyboard.type(language.campaign);
    await page.click("#cpm");
    await page.keyboard.type(String(CPM));
    expect(await checkStep(page, step("5-assumptions"))).toEqual(NOTHING_WRONG);
  });

  it("refuses a negative rate typed into the rate card from the keyboard, and writes nothing", async () => {
    const { page } = session;
    await tabTo(page, "rate-card-toggle");
    expect(await textOf(page, "#rate-card summary")).toBe(language.rateCardToggle);
    await page.keyboard.press("Enter");
    await tabTo(page, RED_COMMENTS);
    expect(await shownText(page, RED_COMMENTS)).toBe("0.1");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("-1");
    await waitForText(page, "#rate-card > .error", language.rateInvalid);
    await page.click("#create");
    await waitForText(page, "#alerts", language.rateInvalid);
    expect((await workbookState(page)).sheetNames).toEqual([...SOURCE_SHEETS]);
    expect(await checkStep(page, step("6-rate-invalid"))).toEqual(NOTHING_WRONG);
    await tabTo(page, RED_COMMENTS);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(String(RED_COMMENT_RATE));
    await waitForText(page, "#rate-card > .error", "");
    expect(await checkStep(page, step("7-rate-card"))).toEqual(NOTHING_WRONG);
  });

  it("creates the summary once the assumptions are right, announcing progress on the way", async () => {
    const { page } = session;
    await page.click("#create");
    await waitForText(page, "#status > p.success", language.created);
    // Each source's rows are told beside the result: the example's 200 orders are all used.
    const told = await page.locator("#status > p.info").allTextContents();
    expect(told.map((text) => text.trim())).toContain(language.ordersTold);
    const said = (await announcements(page)).map(({ region, text }) => `${region}: ${text}`);
    const order = [language.preparing, language.lastProgress, language.created].map((text) =>
      said.lastIndexOf(`status: ${text}`)
    );
    expect(order.filter((index) => index < 0)).toEqual([]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await checkStep(page, step("8-created"))).toEqual(NOTHING_WRONG);
  });

  it("wrote only to the sheet it added, whose formulas read the sources and the CPM typed", async () => {
    const state = await workbookState(session.page, SUMMARY);
    expect(state.sheetNames).toEqual([...SOURCE_SHEETS, SUMMARY]);
    expect(state.activeSheet).toBe(SUMMARY);
    expect(state.operations.filter((operation) => operation.sheet !== SUMMARY)).toEqual([]);
    const { values, formulas } = summaryWrites(state.cells);
    expect(values.map(({ value }) => value)).toContain(language.campaign);
    const cpmCells = values.filter(({ value }) => value === CPM).map(({ address }) => address);
    const readingCpm = formulas.filter(({ formula }) =>
      cpmCells.some((address) => refersToCell(formula, address))
    );
    expect(readingCpm.length).toBeGreaterThan(0);
    // Likes were set to "not used" in the pane; reposts were left as recognised.
    const reads = (header: string) =>
      formulas.filter(({ formula }) =>
        readsColumn(formula, "Posts", exampleColumn("Posts", header))
      );
    expect(reads("Likes")).toEqual([]);
    expect(reads("Reposts").length).toBeGreaterThan(0);
    const repeatRate = exampleRepeatRate();
    expect(values.some(({ value }) => Math.abs(Number(value) - repeatRate) < 1e-12)).toBe(true);
  });

  it("wrote the rate typed into the sheet's rate card, whose formulas give EMV from it", async () => {
    const { cells } = await workbookState(session.page, SUMMARY);
    const { values, formulas } = summaryWrites(cells);
    const rowOf = (address: string) => address.replace(/^[A-Z]+/, "");
    const [label] = values.filter(({ value }) => value === "小红书").map(({ address }) => address);
    const typed = values.filter(({ value }) => value === RED_COMMENT_RATE);
    expect(typed.map(({ address }) => rowOf(address))).toEqual([rowOf(label)]);
    const channelEmv = formulas.filter(
      ({ address, formula }) =>
        rowOf(address) === rowOf(label) && refersToCell(formula, typed[0].address)
    );
    expect(channelEmv).toHaveLength(1);
    const emv = formulas.filter(({ formula }) => readsRangeHolding(formula, channelEmv[0].address));
    expect(emv).toHaveLength(1);
    const shown = evaluateSummary(cells, SUMMARY);
    // Likes were set to "not used", so the card values no like.
    const expected = exampleEmv({ 小红书: { perComment: RED_COMMENT_RATE } }, { likes: false });
    expect(shown(channelEmv[0].address)).toBeCloseTo(expected.get("小红书") as number, 9);
    const total = [...expected.values()].reduce((sum, value) => sum + value, 0);
    expect(shown(emv[0].address)).toBeCloseTo(total, 9);
  });

  it("sent no cell content anywhere, and met no CSP refusal or console error", async () => {
    const texts = exampleCellTexts();
    const leaks = session.requests.flatMap((request) => {
      const sent = `${decodeURI(request.url)} ${request.body ?? ""}`;
      return texts.filter((text) => sent.includes(text)).map((text) => `${text} in ${request.url}`);
    });
    expect(leaks).toEqual([]);
    expect(session.requests.filter((request) => request.blocked)).toEqual([]);
    expect(await cspRefusals(session.page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

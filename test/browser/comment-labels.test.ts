// Mentions that come as comment text with no label, in headless Chromium at 320 px in each language:
// the card says the add-in labels them, takes the user's words, and the preview counts the labels
// before anything is written; no text is cut and axe finds nothing serious.
// Screenshots: test-artifacts/pane/.
import { checkStep } from "./support/artifacts";
import { useBrowsing } from "./support/browsing";
import { waitForText } from "./support/pane-actions";
import { openPane, PaneSession, selectCells, workbookState } from "./support/pane-page";
import { StandInSetup } from "./stand-in/contract";

const NOTHING_WRONG = { cutText: [], inaccessible: [] };
const browsing = useBrowsing();

// 5 positive, 4 negative and 4 neutral comments by reading them; the brand word Lumo, weighted 2 in
// the user's words, makes the plain mention "Lumo 咖啡豆到了" positive: 6, 3 and 4.
const COMMENTS = [
  "太好喝了",
  "Love it, ordered already 😍",
  "超好喝，强烈安利",
  "好正，會回購",
  "絕絕子，太棒了",
  "踩雷了，别买",
  "Too expensive, don't like it",
  "中伏，唔好飲",
  "太差了",
  "请问多少钱？",
  "How much is shipping?",
  "請問哪裡買得到？",
  "Lumo 咖啡豆到了",
];

/** What each language says, written out here by hand. */
const LANGUAGES = [
  {
    displayLanguage: "en-US",
    title: "Sentiment from comment text",
    wordsRead: "1 word from Words!A1:B2",
    counts: "6 positive · 3 neutral · 4 negative",
  },
  {
    displayLanguage: "zh-CN",
    title: "根据评论内容判断情感",
    wordsRead: "从 Words!A1:B2 读取了 1 个词",
    counts: "正面 6 · 中性 3 · 负面 4",
  },
  {
    displayLanguage: "zh-TW",
    title: "根據評論內容判斷情感",
    wordsRead: "從 Words!A1:B2 讀取了 1 個詞",
    counts: "正面 6 · 中性 3 · 負面 4",
  },
];

function setupIn(displayLanguage: string): StandInSetup {
  return {
    displayLanguage,
    sheets: [
      {
        name: "Mentions",
        data: [{ at: "A1", values: [["Comment"], ...COMMENTS.map((comment) => [comment])] }],
      },
      {
        name: "Words",
        data: [
          {
            at: "A1",
            values: [
              ["Word", "Weight"],
              ["Lumo", 2],
            ],
          },
        ],
      },
    ],
  };
}

describe.each(LANGUAGES)("comment text labelled in $displayLanguage at 320 px", (language) => {
  let session: PaneSession;

  beforeAll(async () => {
    const { context, origin } = browsing();
    session = await openPane(context, origin, setupIn(language.displayLanguage), 320);
    await session.page.waitForSelector('[data-key="use-mentions"]');
  });

  afterAll(() => session?.page.close());

  it("says the comments are labelled automatically, takes the user's words and counts the labels before writing", async () => {
    const { page } = session;
    await selectCells(page, "Mentions", "A2");
    await page.click('[data-key="use-mentions"]');
    await waitForText(page, "[data-lexicon] h3", language.title);
    await selectCells(page, "Words", "A1");
    await page.click('[data-key="use-lexicon"]');
    await waitForText(page, '[data-status="lexicon"]', language.wordsRead);

    await page.waitForSelector('#preview[data-preview="ready"] dd.labelled');
    expect(await page.getAttribute("#preview dd.labelled", "data-labelled")).toBe("6 3 4");
    await waitForText(page, "#preview dd.labelled", language.counts);
    expect((await workbookState(page)).sheetNames).toEqual(["Mentions", "Words"]);
    const step = `comment-labels-${language.displayLanguage}`;
    expect(await checkStep(page, step)).toEqual(NOTHING_WRONG);
    expect(session.errors).toEqual([]);
  });
});

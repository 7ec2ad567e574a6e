// Mentions that come as comment text with no label: the pane labels them on a sheet of its own,
// shows the counts before writing, takes the user's words, and leaves a label column the user gave alone.
import { SheetPlan } from "../../src/summary";
import { lexiconProblems, needsAutomaticLabels } from "../../src/taskpane/state/lexicon";
import { memoryText, parseMemory } from "../../src/taskpane/state/memory";
import { initialState, isUsable } from "../../src/taskpane/state/pane";
import { lexiconProblemText, lexiconReadText } from "../../src/taskpane/view/messages";
import { FakeExcel, SheetSpec } from "../excel/fake/workbook";
import { addValuesSheet, createEngine } from "../summary/support/engine";
import { evaluated } from "../summary/support/evaluate";
import { builtInLexicon, classifyComment } from "../../src/sentiment";
import { exampleTable, exampleWorkbook } from "./support/example-workbook";
import { paneOn, pickExampleSources } from "./support/pane-on";

// Comments whose label anyone reading them would give, in English, 简体, 繁體 and Cantonese.
const POSITIVE = [
  "太好喝了",
  "Love it, ordered already 😍",
  "超好喝，强烈安利",
  "好正，會回購",
  "絕絕子，太棒了",
];
const NEGATIVE = ["踩雷了，别买", "Too expensive, don't like it", "中伏，唔好飲", "太差了"];
// Questions and a plain mention of the brand, Lumo: no opinion in them.
const NEUTRAL = ["请问多少钱？", "How much is shipping?", "請問哪裡買得到？", "Lumo 咖啡豆到了"];

const MENTIONS: unknown[][] = [
  ["Platform", "Comment"],
  ...[...POSITIVE, ...NEGATIVE, ...NEUTRAL].map((comment, i) => [
    i % 2 ? "微博" : "小红书",
    comment,
  ]),
  // A mention without its text: nothing to label, and not a mention to count.
  ["小红书", ""],
];

const WORDS = (rows: unknown[][]): SheetSpec => ({
  name: "Words",
  data: [{ at: "A1", values: [["Word", "Weight"], ...rows] }],
});

function workbook(mentions: unknown[][] = MENTIONS, extra: SheetSpec[] = []): FakeExcel {
  return new FakeExcel([{ name: "Mentions", data: [{ at: "A1", values: mentions }] }, ...extra]);
}

async function pickMentions(excel: FakeExcel) {
  const pane = paneOn(excel);
  excel.select("Mentions", "B2");
  await pane.pane.useSelection("mentions");
  return pane;
}

async function pickWords(pane: ReturnType<typeof paneOn>, excel: FakeExcel) {
  excel.select("Words", "A1");
  await pane.pane.useLexiconSelection();
}

/** The summary's figures as HyperFormula evaluates its formulas over the workbook's sheets. */
function evaluatedOver(excel: FakeExcel, plan: SheetPlan) {
  const engine = createEngine();
  for (const sheet of excel.sheets)
    if (sheet.name !== "Campaign Summary") addValuesSheet(engine, sheet.name, sheet.grid);
  return evaluated(engine, plan);
}

function previewOf(pane: ReturnType<typeof paneOn>["pane"]) {
  const { preview } = pane.state;
  if (preview.kind !== "ready") throw new Error(`no preview: ${preview.kind}`);
  return preview;
}

describe("mentions with comment text and no label column", () => {
  it("are labelled on a sheet of their own, counted as read, the source unchanged", async () => {
    const excel = workbook();
    const before = JSON.stringify(excel.sheet("Mentions").grid);
    const { pane, plans, texts } = await pickMentions(excel);
    expect(needsAutomaticLabels(pane.state)).toBe(true);
    // The comment text is all these mentions need: the card folds, nothing asked for.
    expect(isUsable(pane.state, "mentions")).toBe(true);
    expect(texts()).toEqual([]);

    await pane.settled();
    // Before anything is written: 5 positive, 4 neutral, 4 negative, as the lists above hold.
    expect(excel.sheetNames()).toEqual(["Mentions"]);
    const preview = previewOf(pane);
    expect(preview.labelled).toEqual({ positive: 5, neutral: 4, negative: 4 });
    const socialNps = preview.figures.find((figure) => figure.figure === "socialNps");
    // (5 − 4) / (5 + 4) × 100: neutral mentions are left out.
    expect(socialNps).toMatchObject({ automatic: true });
    expect(socialNps?.value).toBeCloseTo((100 * 1) / 9, 10);

    await pane.createSummary();
    expect(excel.sheetNames()).toEqual(["Mentions", "Mentions (labelled)", "Campaign Summary"]);
    const [header, ...labelled] = excel.sheet("Mentions (labelled)").grid;
    expect(header.slice(-3)).toEqual([
      "Sentiment (automatic)",
      "Sentiment score",
      "Words that decided it",
    ]);
    // The 13 comments with text; the blank one is left out.
    const labels = labelled.map((row) => row[header.length - 3]);
    expect(labels.length).toBe(13);
    expect(labels.filter((label) => label === "positive").length).toBe(5);

    const sheet = evaluatedOver(excel, plans[0]);
    expect(sheet.shown("positive")).toBe(5);
    expect(sheet.shown("neutral")).toBe(4);
    expect(sheet.shown("negative")).toBe(4);
    expect(JSON.stringify(excel.sheet("Mentions").grid)).toBe(before);

    const rows = texts().find((text) => text.startsWith("Mentions:")) ?? "";
    // The comment is the only column the summary reads of these mentions, so the row without one is
    // left out as blank: told, and not counted as a neutral mention.
    expect(rows).toContain("14 rows besides the header: 13 used; left out: 1 blank row");
    expect(rows).toContain("labelled from their text, are on the sheet “Mentions (labelled)”");
  });

  it("take the user's words: a brand word of weight 2 makes its plain mention positive, and the counts follow", async () => {
    const excel = workbook(MENTIONS, [WORDS([["Lumo", 2]])]);
    const pane = await pickMentions(excel);
    await pickWords(pane, excel);
    const { lexicon } = pane.pane.state;
    expect(
      lexicon?.read?.ok && lexiconReadText(lexicon.read.value.words, "Words!A1:B2", "en")
    ).toBe("1 word from Words!A1:B2");
    expect(lexicon).toMatchObject({ sheet: "Words", address: "A1:B2" });

    await pane.pane.settled();
    // "Lumo 咖啡豆到了" moves from neutral to positive.
    expect(previewOf(pane.pane).labelled).toEqual({ positive: 6, neutral: 3, negative: 4 });
    await pane.pane.createSummary();
    const sheet = evaluatedOver(excel, pane.plans[0]);
    expect([sheet.shown("positive"), sheet.shown("neutral"), sheet.shown("negative")]).toEqual([
      6, 3, 4,
    ]);

    // Removed, the add-in's words alone label it neutral again.
    pane.pane.removeLexicon();
    await pane.pane.settled();
    expect(previewOf(pane.pane).labelled).toEqual({ positive: 5, neutral: 4, negative: 4 });
  });

  it("tell a selection that holds no words, and still let Create go on with the add-in's words", async () => {
    const excel = workbook(MENTIONS, [WORDS([])]);
    const pane = await pickMentions(excel);
    excel.select("Words", "F9:G12");
    await pane.pane.useLexiconSelection();
    const said = lexiconProblems(pane.pane.state).map((p) => lexiconProblemText(p, "en"));
    expect(said).toEqual(["The selection is empty. Select a cell inside your data and try again."]);
    await pane.pane.createSummary();
    expect(excel.sheetNames()).toContain("Campaign Summary");
    expect(lexiconProblems(pane.pane.state)).toEqual([]);
  });

  it("name a bad row of the user's words, which stops Create", async () => {
    const excel = workbook(MENTIONS, [
      WORDS([
        ["Lumo", 2],
        ["好评", ""],
      ]),
    ]);
    const pane = await pickMentions(excel);
    await pickWords(pane, excel);
    const said = lexiconProblems(pane.pane.state).map((p) => lexiconProblemText(p, "en"));
    expect(said).toEqual(["Your words: row 3 of Words!A1:B3 has a word but no weight."]);

    await pane.pane.settled();
    expect(pane.pane.state.preview.kind).toBe("none");
    await pane.pane.createSummary();
    expect(pane.texts()).toContain("Fix the problems shown under the sources, then try again.");
    expect(excel.sheetNames()).toEqual(["Mentions", "Words"]);

    // Fixed in the sheet, the words are read again on Create.
    excel.sheet("Words").grid[2][1] = 1;
    await pane.pane.createSummary();
    expect(excel.sheetNames()).toContain("Campaign Summary");
    expect(lexiconProblems(pane.pane.state)).toEqual([]);
  });

  it("are remembered with the user's words, read again when the pane opens", async () => {
    const excel = workbook(MENTIONS, [WORDS([["Lumo", 2]])]);
    const first = await pickMentions(excel);
    await pickWords(first, excel);
    await first.pane.settled();
    // A word typed under the range since: the range grows to take it in.
    excel.sheet("Words").place("A3", [["别买", -1]]);

    const again = paneOn(excel);
    await again.pane.restore();
    const { lexicon } = again.pane.state;
    expect(lexicon).toMatchObject({ sheet: "Words", address: "A1:B3" });
    expect(lexicon?.read?.ok && lexicon.read.value.words).toBe(2);
  });
});

describe("mentions with a sentiment column besides their text", () => {
  it("keep their own labels: nothing is relabelled, no labelled sheet is written", async () => {
    // The user's labels disagree with the text on purpose: theirs must be the ones counted.
    const mentions = [
      ["Comment", "Sentiment"],
      ["太好喝了", "negative"],
      ["踩雷了，别买", "negative"],
      ["请问多少钱？", "positive"],
    ];
    const excel = workbook(mentions);
    const { pane, plans } = await pickMentions(excel);
    expect(needsAutomaticLabels(pane.state)).toBe(false);
    await pane.settled();
    expect(previewOf(pane).labelled).toBeUndefined();
    await pane.createSummary();
    expect(excel.sheetNames()).toEqual(["Mentions", "Campaign Summary"]);
    const sheet = evaluatedOver(excel, plans[0]);
    expect([sheet.shown("positive"), sheet.shown("negative")]).toEqual([1, 2]);
  });
});

describe("the memory of the user's words", () => {
  it("keeps their range and drops a damaged one", () => {
    const { assumptions } = initialState("en");
    const kept = parseMemory(
      memoryText({ sources: [], assumptions, lexicon: { sheet: "Words", address: "A1:B13" } })
    );
    expect(kept?.lexicon).toEqual({ sheet: "Words", address: "A1:B13" });
    const damaged = JSON.parse(memoryText({ sources: [], assumptions }));
    expect(parseMemory(JSON.stringify({ ...damaged, lexicon: { sheet: 3 } }))?.lexicon).toBe(
      undefined
    );
  });
});

describe("the example campaign with its comments' text alone", () => {
  it("gives the social NPS of the labels the add-in assigned, each label counted", async () => {
    const excel = exampleWorkbook([], "mentions-text");
    const { pane, plans } = paneOn(excel);
    await pickExampleSources(pane, excel);
    await pane.settled();
    // The counts the classifier gives the file's comments one by one.
    const [header, ...rows] = exampleTable("mentions-text");
    const at = header.indexOf("Comment");
    const counts = { positive: 0, neutral: 0, negative: 0 };
    for (const row of rows) {
      const label = classifyComment(String(row[at]), builtInLexicon())?.label;
      if (label) counts[label]++;
    }
    // They agree with the labels the example's comments were written with: 950 / 150 / 100.
    expect(counts).toEqual({ positive: 950, neutral: 150, negative: 100 });
    expect(previewOf(pane).labelled).toEqual(counts);
    await pane.createSummary();
    const sheet = evaluatedOver(excel, plans[0]);
    expect([sheet.shown("positive"), sheet.shown("neutral"), sheet.shown("negative")]).toEqual([
      950, 150, 100,
    ]);
    // (950 − 100) / (950 + 100) × 100
    expect(sheet.shown("socialNps")).toBeCloseTo((850 / 1050) * 100, 9);
  });
});

// The development set the rules were tuned on: a regression check, not a measure of accuracy (the held-out set is).
import {
  accuracyLines,
  DEV_BAR,
  DEV_SET,
  measureAccuracy,
  readLabelledSet,
} from "./support/labelled-set";
import { builtIn } from "./support/label";

describe("the development set", () => {
  const comments = readLabelledSet(DEV_SET);
  const accuracy = measureAccuracy(comments, builtIn());

  it("has about 150 comments, a third in each language and each label", () => {
    expect(comments.length).toBeGreaterThanOrEqual(150);
    for (const language of ["en", "zh-Hans", "zh-Hant"])
      for (const label of ["positive", "neutral", "negative"]) {
        const n = comments.filter((c) => c.language === language && c.label === label).length;
        expect(n).toBeGreaterThanOrEqual(15);
      }
  });

  it("stays at the level it reached when the rules were tuned", () => {
    console.log(accuracyLines("Development set", accuracy).join("\n"));
    expect(accuracy.overall).toBeGreaterThanOrEqual(DEV_BAR.overall);
    for (const tally of Object.values(accuracy.perLanguage))
      expect(tally.share).toBeGreaterThanOrEqual(DEV_BAR.perLanguage);
    expect(accuracy.flips).toBeLessThan(DEV_BAR.flipsBelow);
  });
});

// The second tuning set, written blind by someone else and then tuned on: a regression check, not a measure of
// accuracy (the held-out set is).
import {
  accuracyLines,
  measureAccuracy,
  readLabelledSet,
  TUNING_BAR,
  TUNING_SET,
} from "./support/labelled-set";
import { builtIn } from "./support/label";

describe("the tuning set", () => {
  const comments = readLabelledSet(TUNING_SET);
  const accuracy = measureAccuracy(comments, builtIn());

  it("has its 471 comments, about a third in each language and each label", () => {
    // Counts from its README: 155 English, 159 简体, 157 繁體; 156 positive, 154 neutral, 161 negative.
    expect(comments.length).toBe(471);
    for (const language of ["en", "zh-Hans", "zh-Hant"])
      for (const label of ["positive", "neutral", "negative"]) {
        const n = comments.filter((c) => c.language === language && c.label === label).length;
        expect(n).toBeGreaterThanOrEqual(50);
      }
  });

  it("stays at the level it reached when the rules were tuned on it", () => {
    console.log(accuracyLines("Tuning set", accuracy).join("\n"));
    expect(accuracy.overall).toBeGreaterThanOrEqual(TUNING_BAR.overall);
    for (const tally of Object.values(accuracy.perLanguage))
      expect(tally.share).toBeGreaterThanOrEqual(TUNING_BAR.perLanguage);
    expect(accuracy.flips).toBeLessThan(TUNING_BAR.flipsBelow);
  });
});

import { cleanSheetName, uniqueSheetName } from "../../../src/summary/layout/sheet-name";

describe("uniqueSheetName", () => {
  it("takes the base name when no sheet has it", () => {
    expect(uniqueSheetName("Campaign Summary", ["Posts", "Orders"])).toBe("Campaign Summary");
  });

  it('numbers the next copies "(2)", "(3)"…', () => {
    expect(uniqueSheetName("Campaign Summary", ["Campaign Summary"])).toBe("Campaign Summary (2)");
    expect(uniqueSheetName("Campaign Summary", ["Campaign Summary", "Campaign Summary (2)"])).toBe(
      "Campaign Summary (3)"
    );
  });

  it("compares names without regard to case, as Excel does", () => {
    expect(uniqueSheetName("Campaign Summary", ["CAMPAIGN SUMMARY", "campaign summary (2)"])).toBe(
      "Campaign Summary (3)"
    );
  });

  it("keeps names within 31 characters, shortening the stem to fit the suffix", () => {
    const long = "Early Bird coffee beans campaign summary";
    const first = uniqueSheetName(long, []);
    expect(first).toBe("Early Bird coffee beans campaig");
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    // 31 − " (2)".length = 27 characters of stem, its trailing space dropped.
    expect(second).toBe("Early Bird coffee beans cam (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it("drops the characters Excel refuses in sheet names", () => {
    expect(cleanSheetName("Q1: [coffee]/beans?*\\")).toBe("Q1 coffee beans");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("[]:*?")).toBe("Summary");
  });
});

import {
  columnTypeOf,
  inferColumnType,
  Mismatch,
  typedCell,
  valueOfText,
} from "../../../src/cli/read/cell-values";

describe("valueOfText", () => {
  it("turns numbers into numbers, with thousands separators and spaces", () => {
    expect(valueOfText("80,000")).toBe(80000);
    expect(valueOfText(" 12.5 ")).toBe(12.5);
    expect(valueOfText("-3")).toBe(-3);
  });

  it("keeps IDs with leading zeros and long digit strings as text", () => {
    expect(valueOfText("00123")).toBe("00123");
    expect(valueOfText("1234567890123456")).toBe("1234567890123456");
    expect(valueOfText("0.5")).toBe(0.5);
    expect(valueOfText("0")).toBe(0);
  });

  it("reads a blank as null and other text as itself", () => {
    expect(valueOfText("  ")).toBeNull();
    expect(valueOfText("=1+1")).toBe("=1+1");
  });
});

describe("typedCell", () => {
  it("reads number columns, naming text that is not a number", () => {
    expect(typedCell("1,200", "number")).toBe(1200);
    expect(typedCell("thirty", "number")).toBe(Mismatch.notNumber);
    // docs/kpi.md's markers of no answer are blanks.
    expect(typedCell("n/a", "number")).toBeNull();
    expect(typedCell("-", "number")).toBeNull();
    expect(typedCell(true, "number")).toBe(Mismatch.notNumber);
  });

  it("reads date columns from ISO text or serials, naming anything else", () => {
    expect(typedCell("2024-05-01", "date")).toBe(45413);
    expect(typedCell(45413, "date")).toBe(45413);
    expect(typedCell("soon", "date")).toBe(Mismatch.notDate);
  });

  it("keeps identity text as text, without its padding", () => {
    expect(typedCell(" XL10 ", "text")).toBe("XL10");
    expect(typedCell("2024", "text")).toBe("2024");
  });

  it("reads score columns as the NPS functions do: numbers, and answers written as text kept as text", () => {
    expect(typedCell("9", "score")).toBe(9);
    expect(typedCell(10, "score")).toBe(10);
    expect(typedCell("10 - Extremely likely", "score")).toBe("10 - Extremely likely");
    expect(typedCell("9 (very likely)", "score")).toBe("9 (very likely)");
    // Out of 0-10 is the figures' check, which names the cell on its sheet.
    expect(typedCell("11 - more", "score")).toBe("11 - more");
    expect(typedCell("very likely", "score")).toBe(Mismatch.notNumber);
    expect(typedCell(true, "score")).toBe(Mismatch.notNumber);
  });

  it("reads blanks as null in every column", () => {
    for (const type of ["number", "score", "date", "text", "general"] as const)
      expect(typedCell("", type)).toBeNull();
  });
});

describe("column types", () => {
  it("follow the measure a column was recognised as", () => {
    expect(columnTypeOf("revenue")).toBe("number");
    expect(columnTypeOf("score")).toBe("score");
    expect(columnTypeOf("orderDate")).toBe("date");
    expect(columnTypeOf("code")).toBe("text");
    expect(columnTypeOf("customer")).toBe("general");
    expect(columnTypeOf(undefined)).toBe("general");
  });

  it("make an unrecognised column of ISO dates a column of dates that tolerates text", () => {
    expect(inferColumnType(undefined, ["2024-05-01", null, "2024-05-02"])).toBe("dates");
    expect(inferColumnType(undefined, ["2024-05-01", "later"])).toBe("general");
    expect(typedCell("2024-05-01", "dates")).toBe(45413);
    expect(typedCell("TBD", "dates")).toBe("TBD");
  });
});

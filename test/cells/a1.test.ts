import {
  a1,
  blockAddress,
  columnLetter,
  dataCellAddress,
  onSheet,
  parseBlock,
  quoteSheetName,
  withoutSheet,
} from "../../src/cells/a1";
import { columnReference, structuredReference } from "../../src/summary/formulas/refs";
import { table } from "../summary/support/tables";

describe("A1 addresses", () => {
  it("letters columns as Excel does", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    // 16383 is the last column, XFD.
    expect(columnLetter(16383)).toBe("XFD");
  });

  it("writes cells and blocks, relative or absolute", () => {
    expect(a1(2, 1)).toBe("B3");
    expect(a1(2, 1, true)).toBe("$B$3");
    expect(blockAddress({ fromRow: 0, fromColumn: 0, toRow: 10, toColumn: 7 })).toBe("A1:H11");
    expect(blockAddress({ fromRow: 4, fromColumn: 2, toRow: 4, toColumn: 2 })).toBe("C5");
  });

  it("reads blocks back, with or without dollars and sheet", () => {
    expect(parseBlock("A1:H11")).toEqual({ fromRow: 0, fromColumn: 0, toRow: 10, toColumn: 7 });
    expect(parseBlock("'My data'!$B$3:$C$6")).toEqual({
      fromRow: 2,
      fromColumn: 1,
      toRow: 5,
      toColumn: 2,
    });
    expect(parseBlock("C5")).toEqual({ fromRow: 4, fromColumn: 2, toRow: 4, toColumn: 2 });
    expect(parseBlock("A:A")).toBeUndefined();
  });

  it("quotes sheet names with spaces, non-ASCII letters or that read as references", () => {
    expect(quoteSheetName("Posts")).toBe("Posts");
    expect(quoteSheetName("My Posts")).toBe("'My Posts'");
    expect(quoteSheetName("帖子")).toBe("'帖子'");
    expect(quoteSheetName("Q1")).toBe("'Q1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("Leo's")).toBe("'Leo''s'");
    expect(onSheet("My Posts", "C7")).toBe("'My Posts'!C7");
  });

  it("places a source's data cell under its header on its sheet", () => {
    // Block B3:C6: header on row 3, data row 0 on row 4; column 1 of the block is C.
    expect(dataCellAddress({ sheet: "Data", address: "B3:C6" }, 0, 1)).toBe("Data!C4");
  });

  it("drops sheet names, quoted or not, from every area of an address", () => {
    expect(withoutSheet("Posts!A1:H11")).toBe("A1:H11");
    expect(withoutSheet("'My data, 2024'!A1:B2")).toBe("A1:B2");
    expect(withoutSheet("'It''s'!C1:D1, 'It''s'!F1:G1")).toBe("C1:D1, F1:G1");
    expect(withoutSheet("B3")).toBe("B3");
  });
});

describe("source column references", () => {
  it("reads a plain range from under its header, with room for new rows", () => {
    // Block A1:J11 → column E's data from E2 down to row 11 + 10,000.
    const posts = table("posts", ["Creator"], [], { address: "A1:J11" });
    expect(columnReference(posts, 4)).toBe("Posts!$E$2:$E$10011");
    const moved = table("posts", ["Creator"], [], { sheet: "KOC 数据", address: "C5:D9" });
    expect(columnReference(moved, 1)).toBe("'KOC 数据'!$D$6:$D$10009");
  });

  it("uses structured references for tables, bracketing and escaping as Excel requires", () => {
    expect(structuredReference("Posts", "Impressions")).toBe("Posts[Impressions]");
    // A space alone needs no double brackets; other special characters do.
    expect(structuredReference("Orders", "Order date")).toBe("Orders[Order date]");
    expect(structuredReference("Posts", "Cost ($)")).toBe("Posts[[Cost ($)]]");
    expect(structuredReference("Posts", "#Likes")).toBe("Posts[['#Likes]]");
    expect(structuredReference("Posts", "[x]")).toBe("Posts[['[x']]]");
    expect(structuredReference("Posts", "曝光量")).toBe("Posts[曝光量]");
    const tabled = table("posts", ["Creator", "Order-date"], [], { tableName: "Sales" });
    expect(columnReference(tabled, 1)).toBe("Sales[[Order-date]]");
  });
});

import fs from "fs";
import path from "path";
import { fileKind } from "../../../src/cli/read/file-kind";
import { makeFolder, removeFolder } from "../support/run-report";

const EXPORTS = path.resolve(__dirname, "../../fixtures/exports");

let folder: string;
beforeEach(() => (folder = makeFolder()));
afterEach(() => removeFolder(folder));

const kindOf = (name: string, content: string | Buffer) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return fileKind(file);
};

describe("the kind of a file by its first bytes", () => {
  it("of the exports", () => {
    expect(fileKind(path.join(EXPORTS, "back-office-orders-html.xls"))).toBe("html");
    expect(fileKind(path.join(EXPORTS, "back-office-orders-biff8.xls"))).toBe("excel97");
    expect(fileKind(path.join(EXPORTS, "agency-report.xlsx"))).toBe("zip");
    expect(fileKind(path.join(EXPORTS, "back-office-orders-gbk.csv"))).toBe("text");
  });

  it("a page after a byte-order mark, in UTF-8 or UTF-16", () => {
    expect(kindOf("a.xls", "\ufeff<html><body><table></table></body></html>")).toBe("html");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" <table>", "utf16le")]);
    expect(kindOf("b.xls", utf16)).toBe("html");
  });

  it("a page found by its <table only under an .xls name", () => {
    const text = "订单报表\n<table><tr><td>1</td></tr></table>";
    expect(kindOf("c.xls", text)).toBe("html");
    expect(kindOf("c.csv", text)).toBe("text");
  });

  it("a CSV that mentions a table in a cell is text", () => {
    expect(kindOf("d.csv", 'id,note\n1,"use <table> here"\n')).toBe("text");
  });
});

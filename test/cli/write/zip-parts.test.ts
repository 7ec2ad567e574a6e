// Rewriting a finished zip: changed and new parts read back through another zip library, untouched ones byte for byte.
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { zipEntries } from "../../../src/cli/read/zip-entries";
import { crc32, PartChange, rewriteZip } from "../../../src/cli/write/zip-parts";
import { zipEntries as makeZip } from "../../fixtures/exports/writers/zip";

let folder: string;
beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), "wom-zip-"))));
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function storedBytes(file: string, name: string): Buffer {
  const entry = zipEntries(file).get(name)!;
  const bytes = fs.readFileSync(file);
  const nameLength = bytes.readUInt16LE(entry.localHeaderOffset + 26);
  const extraLength = bytes.readUInt16LE(entry.localHeaderOffset + 28);
  const start = entry.localHeaderOffset + 30 + nameLength + extraLength;
  return bytes.subarray(start, start + entry.compressedSize);
}

describe("crc32", () => {
  it("gives the CRC-32 of the zip format's check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

describe("rewriteZip", () => {
  it("changes and adds parts and copies the others as they were stored", async () => {
    const source = path.join(folder, "in.zip");
    const big = "<row>1</row>".repeat(50_000);
    fs.writeFileSync(
      source,
      await makeZip([
        ["a.xml", big],
        ["types.xml", "<Types></Types>"],
        ["b.xml", "<b/>"],
      ])
    );
    const target = path.join(folder, "out.zip");
    await rewriteZip(
      source,
      target,
      new Map<string, PartChange>([
        ["types.xml", (text: string | undefined) => text!.replace("</Types>", "<T/></Types>")],
        ["new/参考.xml", "<c>名 &amp; 'x'</c>"],
        ["absent.xml", (text: string | undefined) => `<was>${text === undefined}</was>`],
      ])
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(target), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([
      "a.xml",
      "types.xml",
      "b.xml",
      "new/参考.xml",
      "absent.xml",
    ]);
    expect(await zip.file("a.xml")!.async("string")).toBe(big);
    expect(await zip.file("types.xml")!.async("string")).toBe("<Types><T/></Types>");
    expect(await zip.file("b.xml")!.async("string")).toBe("<b/>");
    expect(await zip.file("new/参考.xml")!.async("string")).toBe("<c>名 &amp; 'x'</c>");
    expect(await zip.file("absent.xml")!.async("string")).toBe("<was>true</was>");
    expect(storedBytes(target, "a.xml").equals(storedBytes(source, "a.xml"))).toBe(true);
  });

  it("refuses to add a new part over one the zip has, and leaves no file", async () => {
    const source = path.join(folder, "in.zip");
    fs.writeFileSync(source, await makeZip([["a.xml", "<a/>"]]));
    const target = path.join(folder, "out.zip");
    await expect(rewriteZip(source, target, new Map([["a.xml", "<b/>"]]))).rejects.toThrow(
      "already has a part a.xml"
    );
    expect(fs.existsSync(target)).toBe(false);
  });
});

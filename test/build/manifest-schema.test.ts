// Both manifests against Microsoft's published manifest schemas (test/fixtures/manifest-schemas/README.md).
import fs from "fs";
import os from "os";
import path from "path";
import { schemaProblems } from "../support/manifest-schema";

const root = path.resolve(__dirname, "../..");

describe("the manifest schemas", () => {
  it("accept manifest.xml", () => {
    expect(schemaProblems(path.join(root, "manifest.xml"))).toEqual([]);
  });

  it("accept the production build's dist/manifest.xml", () => {
    expect(schemaProblems(path.join(root, "dist/manifest.xml"))).toEqual([]);
  });

  const problemsOf = (change: (xml: string) => string) => {
    const xml = change(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wom-xsd-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    return schemaProblems(file);
  };

  it("refuse an element Office does not know", () => {
    const problems = problemsOf((xml) => xml.replace("<Hosts>", "<Wrong/><Hosts>"));
    expect(problems).toEqual([
      expect.stringMatching(/Element '\{[^}]+\}Wrong': This element is not expected/),
    ]);
  });

  it("refuse an element out of its place: Permissions before DefaultSettings", () => {
    const problems = problemsOf((xml) =>
      xml
        .replace(/<Permissions>[^<]*<\/Permissions>/, "")
        .replace(
          "<DefaultSettings>",
          "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>"
        )
    );
    expect(problems).toEqual([
      expect.stringMatching(/Element '\{[^}]+\}Permissions': This element is not expected/),
    ]);
  });
});

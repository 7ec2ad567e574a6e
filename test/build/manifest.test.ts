// The manifest's local checks, on the source manifest and on the production build.
import fs from "fs";
import path from "path";

import { execFileSync } from "child_process";

const { baseUrlOf } = require("../../scripts/manifest-check");

const { productionUrl } = require("../../scripts/urls");

const root = path.resolve(__dirname, "../..");

async function checkManifest(
  manifestPath: string,
  options: { built?: boolean } = {}
): Promise<string[]> {
  const args = [
    path.join(root, "scripts/manifest-check.js"),
    manifestPath,
    ...(options.built ? ["--built"] : []),
  ];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }));
}

describe("manifest.xml", () => {
  it("passes the local checks in development", async () => {
    expect(await checkManifest(path.join(root, "manifest.xml"))).toEqual([]);
  });

  it("asks only for ReadWriteDocument and runs pane and functions in one shared runtime", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  });

  it("has every icon it names in assets/", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    for (const [, file] of xml.matchAll(/\/assets\/([\w-]+\.png)/g)) {
      expect(fs.existsSync(path.join(root, "assets", file))).toBe(true);
    }
  });

  it("reports a resid that is not defined and a URL off the base", async () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const broken = xml
      .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
      .replace('"https://localhost:3000/functions.js"', '"https://elsewhere.example/functions.js"');
    const file = path.join(
      fs.mkdtempSync(path.join(require("os").tmpdir(), "wom-")),
      "manifest.xml"
    );
    fs.writeFileSync(file, broken);
    const problems: string[] = await checkManifest(file);
    expect(problems).toContain('resid "Group.Missing" is not defined in <Resources>');
    expect(problems).toContain(
      "https://elsewhere.example/functions.js does not share the base https://localhost:3000/"
    );
  });
});

describe("the production build", () => {
  const built = path.join(root, "dist/manifest.xml");

  it("passes the local checks, with functions.json built beside it", async () => {
    expect(await checkManifest(built, { built: true })).toEqual([]);
  });

  it("points every URL at the production base and leaves no development URL behind", () => {
    const xml = fs.readFileSync(built, "utf8");
    expect(baseUrlOf(xml)).toBe(productionUrl());
    for (const file of ["manifest.xml", "functions.json"]) {
      expect(fs.readFileSync(path.join(root, "dist", file), "utf8")).not.toContain(
        "localhost:3000"
      );
    }
  });
});

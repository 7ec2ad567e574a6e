// The manifest's local checks on the source manifest; test/build/production-build.test.ts runs them on builds.
import fs from "fs";
import os from "os";
import path from "path";

import { execFileSync } from "child_process";

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

  it("reports a TaskpaneId under the shared runtime, a language left out and one given the wrong script", async () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const broken = xml
      .replace(
        '<Action xsi:type="ShowTaskpane">',
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>Pane</TaskpaneId>'
      )
      .replace('<Override Locale="zh-MO" Value="口碑指標"/>', "")
      .replace(
        '<bt:Override Locale="zh-SG" Value="活动汇总"/>',
        '<bt:Override Locale="zh-SG" Value="活動摘要"/>'
      )
      .replace(
        '"zh-hk" Value="https://localhost:3000/functions-zh-tw.json"',
        '"zh-hk" Value="https://localhost:3000/functions-zh-cn.json"'
      );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wom-")), "manifest.xml");
    fs.writeFileSync(file, broken);
    expect(await checkManifest(file)).toEqual([
      "an Action under the long-lifetime shared runtime has a <TaskpaneId>",
      "DisplayName has no zh-MO override",
      'Functions.Metadata.Url gives zh-HK "https://localhost:3000/functions-zh-cn.json", not "https://localhost:3000/functions-zh-tw.json"',
      'TaskpaneButton.Label gives zh-SG "活動摘要", not "活动汇总"',
    ]);
  });
});

// `ADDIN_URL=<base> npm run build` writes a dist/ for that host: every URL on the base, nothing of this machine,
// a manifest that passes the local checks and Microsoft's schemas. dist/ as `npm test` built it is held to the same.
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { schemaProblems } from "../support/manifest-schema";

const { productionUrl } = require("../../scripts/urls");
const { urlOverridesOf } = require("../../scripts/manifest-check");
const { ENGLISH, LOCALES } = require("../../scripts/localized-metadata") as {
  ENGLISH: { file: string; help: string };
  LOCALES: { file: string; help: string }[];
};

const root = path.resolve(__dirname, "../..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");
const BASE = "https://kpi.example.org/addin/";
const LOCAL_ADDRESS = /localhost|127\.0\.0\.1|\[::1\]/;

/** Runs the add-in's production build for `base` into `output`; the stand-in office.js is left out. */
function build(base: string, output: string) {
  const args = ["--mode", "production", "--config-name", "add-in", "--env", `output=${output}`];
  return spawnSync(process.execPath, [WEBPACK, ...args], {
    cwd: root,
    env: { ...process.env, ADDIN_URL: base },
    encoding: "utf8",
  });
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => fs.statSync(path.join(folder, file)).isFile());
}

/** The URLs the manifest gives in its attributes, XML namespaces aside. */
function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/\s([\w:]+)="(https?:\/\/[^"]+)"/g)]
    .filter(([, attribute]) => !attribute.startsWith("xmlns"))
    .map(([, , url]) => url);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "wom-build-"));
const builds: [string, string, string][] = [
  ["dist/ as npm test built it", path.join(root, "dist"), productionUrl()],
  [`the build for ADDIN_URL=${BASE}`, path.join(scratch, "dist"), BASE],
];

beforeAll(() => {
  const result = build(BASE, path.join(scratch, "dist"));
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}`);
}, 300_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.each(builds)("%s", (_, folder, base) => {
  const manifest = () => fs.readFileSync(path.join(folder, "manifest.xml"), "utf8");

  it("names no address of this machine in any file", () => {
    const text = filesUnder(folder).filter((file) => !file.endsWith(".png"));
    const local = text.filter((file) =>
      LOCAL_ADDRESS.test(fs.readFileSync(path.join(folder, file), "utf8"))
    );
    expect(text).toContain("taskpane.js");
    expect(local).toEqual([]);
  });

  it("puts every URL of the manifest on the base, each naming a file that was built", () => {
    const urls = manifestUrls(manifest());
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
    const files = urls.map((url) => url.slice(base.length).split("#")[0]);
    // The icons, the pane, the help page, the functions script and metadata in each language.
    expect(new Set(files)).toEqual(
      new Set([
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "help.html",
        "taskpane.html",
        "functions.js",
        "functions.json",
        ...LOCALES.map(({ file }) => file),
      ])
    );
    expect(files.filter((file) => !fs.existsSync(path.join(folder, file)))).toEqual([]);
  });

  it("links every function's help, in every language, to that language's help page on the base", () => {
    for (const { file, help } of [ENGLISH, ...LOCALES]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
      const off = metadata.functions
        .map((f: { helpUrl: string }) => f.helpUrl)
        .filter((url: string) => !url.startsWith(`${base}${help}#wom`));
      expect([file, off]).toEqual([file, []]);
    }
  });

  it("passes the local checks, with the metadata built beside the manifest", () => {
    const check = path.join(root, "scripts/manifest-check.js");
    const output = execFileSync(
      process.execPath,
      [check, path.join(folder, "manifest.xml"), "--built"],
      { encoding: "utf8" }
    );
    expect(JSON.parse(output)).toEqual([]);
  });

  it("is valid against Microsoft's manifest schemas", () => {
    expect(schemaProblems(path.join(folder, "manifest.xml"))).toEqual([]);
  });

  it("gives Singapore Simplified and Hong Kong and Macao Traditional metadata, and no TaskpaneId", () => {
    expect(urlOverridesOf(manifest(), "Functions.Metadata.Url")).toEqual([
      { locale: "zh-cn", url: `${base}functions-zh-cn.json` },
      { locale: "zh-sg", url: `${base}functions-zh-cn.json` },
      { locale: "zh-tw", url: `${base}functions-zh-tw.json` },
      { locale: "zh-hk", url: `${base}functions-zh-tw.json` },
      { locale: "zh-mo", url: `${base}functions-zh-tw.json` },
    ]);
    expect(manifest()).not.toContain("<TaskpaneId>");
  });
});

describe("a build for a base URL that will not do", () => {
  it.each([
    [
      "http://kpi.example.org/addin/",
      'ADDIN_URL "http://kpi.example.org/addin/" must start with https://',
    ],
    [
      "https://kpi.example.org/addin",
      'ADDIN_URL "https://kpi.example.org/addin" must end with "/"',
    ],
  ])("stops before compiling anything for %s", (base, message) => {
    const output = path.join(scratch, "refused");
    const result = build(base, output);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(fs.existsSync(output)).toBe(false);
  });
});

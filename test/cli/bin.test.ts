// The built executable as npm installs it: `npx wom-report` runs dist-cli/cli/wom-report.js.
import { execFileSync, spawn, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { EXAMPLE_ARGS, makeFolder, removeFolder } from "./support/run-report";

const root = path.resolve(__dirname, "../..");
const bin = path.join(
  root,
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).bin["wom-report"]
);

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: root });
}

let folder: string;
beforeAll(() => {
  // `npm test` builds first; a bare `jest` run builds the report itself when it is missing.
  if (!fs.existsSync(bin))
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: root }
    );
  folder = makeFolder();
});
afterAll(() => removeFolder(folder));

describe("the wom-report executable", () => {
  it("starts with a shebang, so npm can link it as a command", () => {
    expect(fs.readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("prints its usage with --help", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("wom-report [--posts FILE]");
  });

  it("summarises the examples into a workbook and says where it is", () => {
    const out = path.join(folder, "summary.xlsx");
    const result = run([...EXAMPLE_ARGS, "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Workbook written to ${out}`);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("exits with 1 and one line on standard error for a missing file", () => {
    const result = run(["--posts", path.join(folder, "missing.csv")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^wom-report: .*missing\.csv does not exist\n$/);
  });

  it("removes its temporary workbook when interrupted with Ctrl+C", async () => {
    const orders = path.join(folder, "big-orders.csv");
    const rows = ["Customer ID,Order date,Revenue"];
    for (let i = 0; i < 400_000; i++) rows.push(`C${i % 9000},2024-03-01,30`);
    fs.writeFileSync(orders, rows.join("\n") + "\n");
    const out = path.join(folder, "interrupted.xlsx");
    const child = spawn(process.execPath, [bin, "--orders", orders, "--out", out], { cwd: root });
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code))
    );
    const temporary = () => fs.readdirSync(folder).filter((name) => name.endsWith(".tmp"));
    while (temporary().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(temporary()).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  });
});

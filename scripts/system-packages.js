// The Debian packages the project needs beyond npm, in one list: checked before the tests, installed where possible.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

/** What each package is for, and how to tell it is already there. */
const PACKAGES = [
  {
    name: "libsecret-1-dev",
    purpose:
      "keytar, pulled in by office-addin-debugging, compiles against it when no prebuilt binary downloads",
    stage: "install",
    present: () => fs.existsSync("/usr/include/libsecret-1"),
  },
  {
    name: "chromium",
    purpose: "the task pane's browser tests",
    stage: "test",
    present: () => fs.existsSync("/usr/bin/chromium"),
  },
  {
    name: "fonts-noto-cjk",
    purpose: "Chinese text in the pane's screenshots and overflow checks",
    stage: "test",
    present: () => fs.existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
  },
  {
    name: "libreoffice-calc",
    purpose: "the test that recalculates the report's workbook in another spreadsheet program",
    stage: "test",
    present: () => spawnSync("sh", ["-c", "command -v soffice"]).status === 0,
  },
];

function aptGet(args) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const command = root ? "apt-get" : "sudo";
  const fullArgs = root ? args : ["-n", "apt-get", ...args];
  execFileSync(command, fullArgs, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** Installs the missing packages of the given stages with apt-get, or says what to install where it cannot. */
function ensurePackages(stages) {
  const missing = PACKAGES.filter((p) => stages.includes(p.stage) && !p.present());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.name);
  for (const p of missing) console.log(`Needed: ${p.name} (${p.purpose}).`);
  if (spawnSync("sh", ["-c", "command -v apt-get"]).status !== 0) {
    console.error(`Install these packages with your system's package manager: ${names.join(" ")}`);
    process.exit(1);
  }
  console.log(`Installing ${names.join(" ")} with apt-get…`);
  aptGet(["update", "-qq"]);
  aptGet(["install", "-y", "-qq", "--no-install-recommends", ...names]);
}

if (require.main === module) {
  const stages = process.argv.includes("--all") ? ["install", "test"] : ["test"];
  ensurePackages(stages);
}

module.exports = { PACKAGES, ensurePackages };

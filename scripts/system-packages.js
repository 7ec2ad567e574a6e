// The Debian packages the tests need beyond npm, in one list: checked before the tests, installed where possible.
// Installing needs none: the Office debugging tools are optional, and left out where keytar cannot be built.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

/** What each package is for, and how to tell it is already there. */
const PACKAGES = [
  {
    name: "chromium",
    purpose: "the task pane's browser tests",
    present: () => fs.existsSync("/usr/bin/chromium"),
  },
  {
    name: "fonts-dejavu-core",
    purpose: "the Latin font the browser tests measure text in, the same on every machine",
    present: () => fs.existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
  },
  {
    name: "fonts-noto-cjk",
    purpose: "Chinese text in the pane's screenshots and overflow checks",
    present: () => fs.existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
  },
  {
    name: "libxml2-utils",
    purpose: "xmllint, which checks both manifests against Microsoft's manifest schemas",
    present: () => spawnSync("sh", ["-c", "command -v xmllint"]).status === 0,
  },
  {
    name: "libreoffice-calc",
    purpose: "the test that recalculates the report's workbook in another spreadsheet program",
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

/** Installs the missing packages with apt-get, or says what to install where it cannot. */
function ensurePackages() {
  const missing = PACKAGES.filter((p) => !p.present());
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

if (require.main === module) ensurePackages();

module.exports = { PACKAGES, ensurePackages };

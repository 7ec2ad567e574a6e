// `npm start`: sideload into Excel desktop where it exists; elsewhere run the command-line report on the
// example data, serve the add-in and explain Excel on the web.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { waitForServer, SERVER_STATE, PANE_URL } = require("./dev-server-state");

const root = path.resolve(__dirname, "..");

function hasExcelDesktop() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  try {
    require.resolve("office-addin-debugging");
    return true;
  } catch {
    return false;
  }
}

function startWithExcelDesktop() {
  const result = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
}

const EXAMPLE_SUMMARY = path.join(root, ".wom", "example-summary.xlsx");

// The product's main job without any Excel: the campaign summary of examples/ as a workbook.
function writeExampleSummary() {
  const bin = path.join(root, require("../package.json").bin["wom-report"]);
  if (!fs.existsSync(bin)) {
    const tsc = require.resolve("typescript/bin/tsc");
    spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  }
  fs.mkdirSync(path.dirname(EXAMPLE_SUMMARY), { recursive: true });
  const examples = ["posts", "mentions", "orders"].flatMap((kind) => [
    `--${kind}`,
    path.join(root, "examples", `${kind}.csv`),
  ]);
  const options = ["--campaign", "Early Bird (example)", "--emv-as-return"];
  console.log("The campaign summary of the example data in examples/, made without Excel:\n");
  const result = spawnSync(
    process.execPath,
    [bin, ...examples, ...options, "--out", EXAMPLE_SUMMARY, "--force"],
    { cwd: root, stdio: "inherit" }
  );
  return result.status === 0 ? EXAMPLE_SUMMARY : undefined;
}

async function startWithoutExcel() {
  console.log(
    "\nExcel desktop is not available on this machine: serving the add-in for Excel on the web."
  );
  fs.mkdirSync(path.dirname(SERVER_STATE.log), { recursive: true });
  const log = fs.openSync(SERVER_STATE.log, "w");
  const server = spawn(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", log, log],
    }
  );
  fs.writeFileSync(SERVER_STATE.pid, String(server.pid));
  server.unref();
  const url = await waitForServer(180_000);
  if (!url) {
    console.error(
      `The development server did not answer within 3 minutes; see ${SERVER_STATE.log}.`
    );
    process.exit(1);
  }
  const certificateNotes = fs
    .readFileSync(SERVER_STATE.log, "utf8")
    .split("\n")
    .filter((line) => /certificate|plain HTTP/i.test(line));
  if (certificateNotes.length > 0) console.log(certificateNotes.join("\n"));
  console.log(`
The add-in is served at ${url} (server log: ${path.relative(root, SERVER_STATE.log)}; \`npm stop\` stops it).
${url.startsWith("http:") ? "It is plain HTTP because no development certificate could be made: Excel needs HTTPS.\n" : ""}
Sideload it into Excel on the web:
  1. Open a workbook at https://www.office.com in a browser on this machine.
  2. Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in.
  3. Choose ${path.join(root, "manifest.xml")} and select Upload.
  4. Type =WOM. in a cell, or open Home › Campaign summary.
If the browser reports an untrusted certificate, open ${PANE_URL} once and trust it.`);
}

async function runWithoutExcel() {
  const summary = writeExampleSummary();
  await startWithoutExcel();
  if (summary)
    console.log(`
The example campaign summary is at ${summary}: open it in Excel, LibreOffice or Google Sheets.
Make your own with: npx wom-report --posts FILE --mentions FILE --orders FILE --out FILE.xlsx`);
}

if (hasExcelDesktop()) startWithExcelDesktop();
else runWithoutExcel();

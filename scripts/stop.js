// `npm stop`: stops what `npm start` started, on either path.
const { spawnSync } = require("child_process");
const fs = require("fs");
const { SERVER_STATE } = require("./dev-server-state");

if (fs.existsSync(SERVER_STATE.pid)) {
  const pid = Number(fs.readFileSync(SERVER_STATE.pid, "utf8"));
  try {
    // The server was started detached, as the leader of its own process group: stop the whole group.
    process.kill(-pid, "SIGTERM");
    console.log(`Stopped the development server (process ${pid}).`);
  } catch {
    console.log("The development server was not running.");
  }
  fs.rmSync(SERVER_STATE.pid);
} else if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 0);
} else {
  console.log("Nothing to stop: `npm start` is not running.");
}

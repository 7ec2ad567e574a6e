// Where the background development server of `npm start` records itself, and how to tell it answers.
const path = require("path");
const https = require("https");
const http = require("http");

const stateDir = path.resolve(__dirname, "..", ".wom");
const SERVER_STATE = {
  pid: path.join(stateDir, "dev-server.pid"),
  log: path.join(stateDir, "dev-server.log"),
};
const PANE_URL = "https://localhost:3000/taskpane.html";

function answers(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve) => {
    // The development certificate may not be trusted yet: this only checks that the page is served.
    const request = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

/** Polls the pane over https, then http, until one answers; the URL that answered, or undefined. */
async function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const url of [PANE_URL, PANE_URL.replace("https:", "http:")]) {
      if (await answers(url)) return url;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

module.exports = { SERVER_STATE, PANE_URL, waitForServer };

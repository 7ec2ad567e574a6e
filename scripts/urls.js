// The one place that says where the add-in is served in development and in production.
const packageJson = require("../package.json");

const DEV_URL = "https://localhost:3000/";

/** The problem with a production base URL, or undefined when it will do. */
function baseUrlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  if (parsed.protocol !== "https:")
    return "must start with https:// (Office loads add-ins over HTTPS only)";
  if (/[\s"'<>]/.test(url)) return "must not contain spaces, quotes or angle brackets";
  if (parsed.search || parsed.hash) return "must not have a query or a fragment";
  if (["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname))
    return "must not be this machine: the production build is for a host that users reach";
  // Refused rather than completed: https://host/addin and https://host/addin/ are different URLs.
  if (!url.endsWith("/"))
    return `must end with "/", as the folder the files are uploaded to: ${url}/`;
  return undefined;
}

/** The production base URL: ADDIN_URL, else package.json config.production_url; refused unless usable. */
function productionUrl() {
  const fromEnvironment = Boolean(process.env.ADDIN_URL);
  const url = process.env.ADDIN_URL || packageJson.config.production_url;
  const problem = baseUrlProblem(url);
  if (problem) {
    const source = fromEnvironment ? "ADDIN_URL" : "package.json config.production_url";
    throw new Error(`${source} "${url}" ${problem}`);
  }
  return url;
}

/** True when the build has no base URL of its own and uses package.json's placeholder. */
function isPlaceholderUrl() {
  return !process.env.ADDIN_URL;
}

module.exports = { DEV_URL, productionUrl, baseUrlProblem, isPlaceholderUrl };

// The one place that says where the add-in is served in development and in production.
const packageJson = require("../package.json");

const DEV_URL = "https://localhost:3000/";

/** The production base URL: WOM_PRODUCTION_URL, else package.json config.production_url; always ends with "/". */
function productionUrl() {
  const url = process.env.WOM_PRODUCTION_URL || packageJson.config.production_url;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url))
    throw new Error(`The production URL must be an https URL, not "${url}"`);
  return url.endsWith("/") ? url : url + "/";
}

module.exports = { DEV_URL, productionUrl };

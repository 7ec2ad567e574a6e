// `npm run validate`: Microsoft's online validation where it can be reached, and the local checks always.
const path = require("path");
const { validateManifest } = require("office-addin-manifest");
const { checkManifest } = require("./manifest-check");

const manifest = path.resolve(__dirname, "..", process.argv[2] || "manifest.xml");

async function validateOnline() {
  try {
    const validation = await validateManifest(manifest);
    const errors = validation.report?.errors ?? [];
    for (const issue of errors) console.error(`online: ${issue.title}: ${issue.content}`);
    console.log(validation.isValid ? "Online validation passed." : "Online validation failed.");
    return validation.isValid;
  } catch (error) {
    console.log(
      `Online validation skipped: the Microsoft validation service could not be reached (${error.message.split("\n")[0]}).`
    );
    return true;
  }
}

async function main() {
  const onlineOk = await validateOnline();
  const problems = await checkManifest(manifest);
  for (const problem of problems) console.error(`local: ${problem}`);
  if (problems.length === 0) console.log(`Local checks passed for ${path.basename(manifest)}.`);
  process.exit(onlineOk && problems.length === 0 ? 0 : 1);
}

main();

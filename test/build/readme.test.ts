// The README tells a new user everything a fresh machine needs: the Debian packages that `npm test` installs.
import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const { PACKAGES } = require("../../scripts/system-packages.js") as {
  PACKAGES: { name: string }[];
};

describe("README.md", () => {
  it("names every Debian package that npm test installs by itself", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const missing = PACKAGES.map((p) => p.name).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});

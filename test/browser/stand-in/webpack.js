// The stand-in office.js for the browser tests, and a page of each of the pane's controls, built into dist-test/
// so that they never ship in dist/.
const path = require("path");
const { ProvidePlugin } = require("webpack");

const root = path.resolve(__dirname, "../../..");
const nodeGlobals = path.resolve(__dirname, "node-globals.ts");

/** The webpack configuration of the stand-in bundle. */
function standInConfig() {
  return {
    name: "stand-in",
    entry: {
      "office-stand-in": path.resolve(__dirname, "office.ts"),
      "controls-gallery": path.resolve(__dirname, "controls-gallery.ts"),
    },
    output: { path: path.resolve(root, "dist-test"), filename: "[name].js", clean: true },
    devtool: false,
    performance: { hints: false },
    resolve: {
      extensions: [".ts", ".js"],
      // office-addin-mock needs only the host names of office-addin-manifest, whose own dependencies are Node's.
      alias: { "office-addin-manifest": path.resolve(root, "test/setup/office-addin-manifest.ts") },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type checking is `tsc --noEmit -p .`'s job; here only the bundle is made.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "ES2020" } },
          },
        },
      ],
    },
    plugins: [new ProvidePlugin({ Buffer: [nodeGlobals, "Buffer"] })],
  };
}

module.exports = { standInConfig };

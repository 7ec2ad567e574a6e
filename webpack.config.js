const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionReferencePlugin } = require("./scripts/function-reference");
const { functionSources } = require("./scripts/function-sources");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata");
const { devHttpsOptions } = require("./scripts/dev-certs");
const { DEV_URL, isPlaceholderUrl, productionUrl } = require("./scripts/urls");
const { PaneSizeReportPlugin } = require("./scripts/pane-size-report");
const { LATER_THAN_ES2020 } = require("./scripts/es2020-loader");
const { standInConfig } = require("./test/browser/stand-in/webpack");

// Every occurrence of the development URL, in every copied or generated file, becomes the production URL.
function toProduction(base) {
  return (content) => content.toString().split(DEV_URL).join(base);
}

// The files a production build rewrites: everything but the icons.
const TEXT_ASSET = /\.(html|js|json|xml|css|txt)$/;

// What Office's WebViews parse: Edge WebView2 on Windows, and Safari's WKWebView on a Mac, from Safari 14 on
// old Macs. Safari 14 parses all of ES2020 but no regex lookbehind (test/build/bundle-syntax.test.ts).
const WEBVIEW_TARGET = ["web", "es2020"];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Read first, so that a base URL that will not do stops the build before anything is compiled.
  const base = dev ? DEV_URL : productionUrl();
  if (!dev && isPlaceholderUrl())
    console.warn(
      `dist/ is built for ${base}, package.json's placeholder: ` +
        "build with ADDIN_URL=https://your-host/folder/ to deploy it (docs/deployment.md)."
    );
  const addIn = {
    name: "add-in",
    target: WEBVIEW_TARGET,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    // --env output=<folder> builds elsewhere than dist/, as the tests of a production build do.
    output: {
      path: path.resolve(__dirname, env.output ?? "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
        { test: LATER_THAN_ES2020, use: path.resolve(__dirname, "scripts/es2020-loader.js") },
      ],
    },
    performance: { hints: false },
    // The manifest pattern makes the project folder a watched context: the server's own log in .wom/ and
    // the other builds' output would otherwise restart the build in an endless loop.
    watchOptions: {
      ignored: [
        "**/.git/**",
        "**/node_modules/**",
        "**/.wom/**",
        "**/dist*/**",
        "**/test-artifacts/**",
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources() }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        table: path.resolve(__dirname, "src/functions/translations.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime loads the pane page once for the pane and the functions alike.
        chunks: ["taskpane", "functions"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The pane's stylesheet is a file of its own, so the page needs no inline styles.
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
      // The help pages each function links to: the function reference in English, 简体中文 and 繁體中文.
      new FunctionReferencePlugin(),
      ...(dev
        ? []
        : [new RewriteAssetPlugin(TEXT_ASSET, toProduction(base)), new PaneSizeReportPlugin()]),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await devHttpsOptions() : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: false },
    },
  };
  // The browser tests' stand-in office.js goes to dist-test/, never into dist/; the dev server needs none.
  return serving ? addIn : [addIn, standInConfig()];
};

// Every text file of a production build names the development URL until this rewrites it.
class RewriteAssetPlugin {
  constructor(pattern, transform) {
    this.pattern = pattern;
    this.transform = transform;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteAssetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After every plugin has emitted its files, the pane page and the minified bundles included.
        { name: "RewriteAssetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          for (const { name, source } of compilation.getAssets()) {
            if (this.pattern.test(name))
              compilation.updateAsset(name, new sources.RawSource(this.transform(source.source())));
          }
        }
      );
    });
  }
}

// A webpack loader compiling a package's JavaScript to ES2020, the build's target (docs/deployment.md): Fluent 3
// and FAST 3 ship class static blocks and private fields, which Safari 14's WKWebView cannot parse.
const ts = require("typescript");

/** Packages whose published code is later than ES2020. */
const LATER_THAN_ES2020 =
  /[\\/]node_modules[\\/](@fluentui[\\/]web-components|@microsoft[\\/](fast-element|focusgroup-polyfill))[\\/]/;

module.exports = function es2020Loader(source, map) {
  const { outputText, sourceMapText } = ts.transpileModule(source, {
    fileName: this.resourcePath.replace(/\.mjs$/, ".js"),
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2020,
      // The packages' own build assigns class fields in constructors, under FAST's decorated accessors.
      useDefineForClassFields: false,
      module: ts.ModuleKind.ESNext,
      sourceMap: this.sourceMap,
    },
  });
  this.callback(null, outputText, sourceMapText ?? map);
};

module.exports.LATER_THAN_ES2020 = LATER_THAN_ES2020;

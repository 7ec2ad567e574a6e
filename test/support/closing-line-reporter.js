// Ends every run with one plain line, "Tests: N passed, N failed", that any CI log reader can find.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : "";
    process.stdout.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`
    );
  }
}
module.exports = ClosingLineReporter;

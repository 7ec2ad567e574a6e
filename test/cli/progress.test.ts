import { LARGE_INPUT_BYTES, Progress } from "../../src/cli/progress";

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { write: (text: string) => written.push(text), isTTY }, written };
}

describe("Progress", () => {
  it("redraws one line in place on a terminal and ends it when done", () => {
    const { stream, written } = recorder(true);
    const progress = new Progress(stream, 1000, "Reading");
    progress.update(1000, "orders.csv");
    progress.done();
    expect(written[0]).toMatch(/^\rReading █+ 100% orders\.csv/);
    expect(written[written.length - 1]).toBe("\n");
  });

  it("prints a line per tenth of a large input when standard error is not a terminal", () => {
    const { stream, written } = recorder(false);
    const progress = new Progress(stream, LARGE_INPUT_BYTES, "Reading");
    for (let part = 1; part <= 20; part++)
      progress.update((LARGE_INPUT_BYTES * part) / 20, "orders.csv");
    progress.done();
    expect(written).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(
        (p) => `Reading ${String(p).padStart(3)}% orders.csv\n`
      )
    );
  });

  it("stays silent on a small input that is not going to a terminal", () => {
    const { stream, written } = recorder(false);
    const progress = new Progress(stream, 1000, "Reading");
    progress.update(1000, "orders.csv");
    progress.done();
    expect(written).toEqual([]);
  });
});

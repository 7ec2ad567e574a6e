// The one pipeline from sources to the sheet's plan, as the pane and the report both run it.
import { failure, success } from "../../src/cells/result";
import { SourceKind } from "../../src/summary/model/measures";
import { MappedSource } from "../../src/summary/model/source";
import { AddRows, makeSummary, RowReader, SummaryOptions } from "../../src/summary/pipeline";
import { loadExample } from "./support/example";
import { COMPUTED_AT, EARLY_BIRD, planFor } from "./support/plans";

const OPTIONS: SummaryOptions = {
  locale: "en",
  createdAt: "2024-04-01 17:00",
  computedAt: COMPUTED_AT,
  rows: "values",
};

/** A reader over rows held in memory that records which kinds it was asked for. */
function memoryRows(sources: MappedSource[], rows: Partial<Record<SourceKind, unknown[][]>>) {
  const asked: SourceKind[][] = [];
  const read: RowReader<never> = async (kinds, add: AddRows) => {
    asked.push(kinds);
    for (const kind of kinds) add(kind, rows[kind] ?? []);
    return success(sources);
  };
  return { read, asked };
}

describe("makeSummary", () => {
  const example = loadExample();

  it("plans the sheet the stages plan for the same sources and rows", async () => {
    const { read } = memoryRows(example.sources, example.rows);
    const made = await makeSummary(example.sources, EARLY_BIRD, read, OPTIONS);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.value.plan).toEqual(planFor(example.sources, example.rows).plan);
    expect(made.value.sources).toBe(example.sources);
    expect(made.warnings).toEqual([]);
  });

  it("reads in full only the sources whose figures the sheet holds as values, unless asked for all", async () => {
    const posts = example.sources.filter((source) => source.table.kind === "posts");
    const values = memoryRows(posts, example.rows);
    await makeSummary(posts, EARLY_BIRD, values.read, OPTIONS);
    // The posts name creators: the leaderboard's order is computed from every row.
    expect(values.asked).toEqual([["posts"]]);
    const everything = memoryRows(example.sources, example.rows);
    await makeSummary(example.sources, EARLY_BIRD, everything.read, { ...OPTIONS, rows: "all" });
    expect(everything.asked).toEqual([["posts", "mentions", "orders"]]);
  });

  it("stops with the reader's problem, or with the bad cells the rows hold", async () => {
    const refused: RowReader<string> = async () => failure("the workbook refused");
    expect(await makeSummary(example.sources, EARLY_BIRD, refused, OPTIONS)).toEqual({
      ok: false,
      problems: ["the workbook refused"],
    });
    const customer = example.sources.find((source) => source.table.kind === "orders")?.mapping
      .customer;
    // TRUE where the third order's customer ID should be.
    const orders = example.rows.orders.map((row, index) =>
      index === 2 ? row.map((cell, column) => (column === customer ? true : cell)) : row
    );
    const { read } = memoryRows(example.sources, { ...example.rows, orders });
    const made = await makeSummary(example.sources, EARLY_BIRD, read, OPTIONS);
    expect(made).toMatchObject({
      ok: false,
      problems: [{ severity: "error", code: "notId", source: "orders" }],
    });
  });
});

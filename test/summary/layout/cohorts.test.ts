// The summary's retention by cohort: an order log's customers by the month of their first order,
// and the share of each cohort who ordered again in each month after it, as a heat map.
import { toDateSerial } from "../../../src/cells/dates";
import { heatFill } from "../../../src/summary/layout/cohorts";
import { MappedSource } from "../../../src/summary/model/source";
import { planFor } from "../support/plans";
import { table } from "../support/tables";

const date = (text: string) => toDateSerial(text);

// Five customers over March to May 2024, dates by hand:
//   March cohort: A (March, April, May), B (March, May), C (March only) → 3 customers
//   April cohort: D (April, May), E (April, April again) → 2 customers
const ORDERS = [
  ["O1", "A", "2024-03-02"],
  ["O2", "B", "2024-03-10"],
  ["O3", "C", "2024-03-31"],
  ["O4", "A", "2024-04-01"],
  ["O5", "D", "2024-04-15"],
  ["O6", "E", "2024-04-20"],
  ["O7", "E", "2024-04-28"],
  ["O8", "A", "2024-05-05"],
  ["O9", "B", "2024-05-06"],
  ["O10", "D", "2024-05-30"],
].map(([id, customer, day]) => [id, customer, date(day)]);

const SOURCE: MappedSource = {
  table: table("orders", ["Order ID", "Customer", "Order date"], ORDERS),
  mapping: { orderId: 0, customer: 1, orderDate: 2 },
};

describe("retention by cohort on the summary", () => {
  const { plan, figures } = planFor([SOURCE], { orders: ORDERS });
  const title = plan.cells.find(
    (cell) => cell.content.kind === "text" && cell.content.text.startsWith("Retention by cohort")
  )!;
  const at = (row: number, column: number) =>
    plan.cells.find((cell) => cell.row === row && cell.column === column);
  const value = (row: number, column: number) => {
    const content = at(row, column)?.content;
    return content?.kind === "number" ? content.value : undefined;
  };

  it("gives each month's new customers and the share of them ordering 0, 1, 2 months later", () => {
    expect(figures.cohorts?.cohorts.map((c) => [c.customers, c.shares])).toEqual([
      // March: all 3; in April only A (1/3); in May A and B (2/3).
      [3, [1, 1 / 3, 2 / 3]],
      // April: both; in May only D (1/2); June not reached.
      [2, [1, 1 / 2]],
    ]);
    const header = title.row + 1;
    expect([1, 2, 3, 4, 5].map((column) => at(header, column)?.content)).toEqual(
      ["First order in", "Customers", "Month 0", "+1 month", "+2 months"].map((text) => ({
        kind: "text",
        text,
      }))
    );
    const march = header + 1;
    expect([1, 2, 3, 4, 5].map((column) => value(march, column))).toEqual([
      date("2024-03-01"),
      3,
      1,
      1 / 3,
      2 / 3,
    ]);
    // April's +2 months is May + 1 = June: the orders do not reach it, so no cell at all.
    expect([1, 2, 3, 4].map((column) => value(march + 1, column))).toEqual([
      date("2024-04-01"),
      2,
      1,
      1 / 2,
    ]);
    expect(at(march + 1, 5)).toBeUndefined();
    expect(at(march, 3)?.numberFormat).toBe("0%");
  });

  it("colours each share as a heat map, deeper as more come back", () => {
    const march = title.row + 2;
    // 1/3 ≥ 30 %, 2/3 ≥ 50 %; April's 1/2 ≥ 50 %.
    expect(at(march, 4)?.style?.fill).toBe(heatFill(1 / 3));
    expect(at(march, 5)?.style?.fill).toBe(heatFill(2 / 3));
    expect([heatFill(0.6), heatFill(0.35), heatFill(0.2), heatFill(0.07), heatFill(0.01)]).toEqual([
      "#63BE7B",
      "#A9D08E",
      "#C6E0B4",
      "#E2EFDA",
      undefined,
    ]);
    expect(title.note).toContain("from 5 customers' orders");
  });

  it("has no cohort table without customers and dates", () => {
    const noDates: MappedSource = {
      table: table(
        "orders",
        ["Order ID", "Customer"],
        ORDERS.map((row) => row.slice(0, 2))
      ),
      mapping: { orderId: 0, customer: 1 },
    };
    const { plan: without, figures: none } = planFor([noDates], {
      orders: ORDERS.map((row) => row.slice(0, 2)),
    });
    expect(none.cohorts).toBeUndefined();
    expect(
      without.cells.some(
        (cell) => cell.content.kind === "text" && cell.content.text.startsWith("Retention by")
      )
    ).toBe(false);
  });
});

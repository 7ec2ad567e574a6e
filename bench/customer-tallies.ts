/**
 * The heap an order log's customer tallies keep (the repeat rate's CustomerTally and the cohorts'
 * CohortTally, filled by an OrdersTally as the summary fills them), at a million distinct customers.
 * Read with process.memoryUsage() after a full collection, so it needs node --expose-gc.
 */
import { OrdersTally } from "../src/summary/compute/tallies";
import { MappedSource } from "../src/summary/model/source";
import { consume } from "./measure";

/** What the tallies of so many customers keep on the heap. */
export interface CustomerTallyMemory {
  customers: number;
  orders: number;
  heapBytes: number;
  bytesPerCustomer: number;
}

// 2024-03-01 and 2024-04-01 as Excel date serials: first orders in March, second ones in April.
const MARCH = 45352;
const APRIL = 45383;

// An order log of customer IDs and order dates only: every other figure of the tally stays empty.
const ORDERS: MappedSource = {
  table: {
    kind: "orders",
    sheet: "Orders",
    address: "A1:B2",
    headers: ["Customer ID", "Order date"],
    sample: [],
    rowCount: 0,
  },
  mapping: { customer: 0, orderDate: 1 },
};

function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("Run node with --expose-gc: the heap is read after a full collection");
  // A second pass frees what finalizers of the first released.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Fills an OrdersTally with `customers` distinct customers (IDs written as the benchmark's order
 * logs write them, C1000…), a third of whom order again a month later, and returns the heap it keeps.
 */
export function measureCustomerTallies(customers = 1_000_000): CustomerTallyMemory {
  const repeaters = Math.floor(customers / 3);
  const orders = customers + repeaters;
  const before = heapAfterCollection();
  const tally = new OrdersTally(ORDERS, 7, false);
  for (let i = 0; i < orders; i++) {
    const first = i < customers;
    const customer = `C${1000 + (first ? i : i - customers)}`;
    tally.add({ customer, orderDate: (first ? MARCH : APRIL) + (i % 28) });
  }
  const heapBytes = heapAfterCollection() - before;
  if (tally.customers.customers !== customers || tally.customers.repeaters !== repeaters)
    throw new Error("The tally did not count the customers it was given");
  consume(tally);
  return { customers, orders, heapBytes, bytesPerCustomer: heapBytes / customers };
}

/** The measurement as a printed line. */
export function customerTallyLine(memory: CustomerTallyMemory): string {
  const mb = (memory.heapBytes / 1048576).toFixed(1);
  return `Customer tallies (repeat rate and cohorts) of ${memory.customers.toLocaleString("en-US")} distinct customers, ${memory.orders.toLocaleString("en-US")} orders: ${mb} MB of heap, ${memory.bytesPerCustomer.toFixed(0)} bytes a customer.`;
}

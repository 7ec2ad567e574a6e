// Cohort retention over an order log. Each JSDoc is the function's help in Excel (see functions.ts).
import { calendarDateAt } from "../cells/dates";
import { idKey } from "../cells/keys";
import { badArguments, badCell, divideByZero, Failed, Problem } from "../cells/problem";
import { positionOf } from "../cells/ranges";
import { Result, success } from "../cells/result";
import { isBlank, Matrix, sameShape } from "../cells/values";
import { CohortTable, CohortTally } from "../kpi/order-log/cohorts";
import { Period } from "../kpi/order-log/periods";
import { excelTable } from "./excel-result";

// A cell the triangle cannot reach yet: Excel shows a null as 0 (office-js issue 1503), "" as empty.
const UNREACHED = "";

// The period's words in English and Chinese, lower case; Excel's own language does not matter.
const PERIODS: ReadonlyMap<string, Period> = new Map<string, Period>([
  ["month", "month"],
  ["月", "month"],
  ["月度", "month"],
  ["week", "week"],
  ["周", "week"],
  ["週", "week"],
  ["quarter", "quarter"],
  ["季", "quarter"],
  ["季度", "quarter"],
]);

/**
 * Cohort retention: customers grouped by the month (or week, quarter) of their first order, one row per cohort: its first day, its customers, then the share who ordered 0, 1, 2, … periods later. Cells the data cannot reach yet are blank.
 * @customfunction COHORTS
 * @helpurl https://localhost:3000/help.html#womcohorts
 * @param {any[][]} customer_ids The order log's customer ID column, one row per order; 1001 and "1001" are one customer.
 * @param {any[][]} order_dates The order date beside each ID, in a range of the same shape.
 * @param {any} [period] Optional "month" (when left out), "week" (ISO weeks, Monday first) or "quarter"; 月, 周 or 季 also work.
 * @returns {any[][]} One row per cohort, oldest first: its first day as a date serial, its customers, then a share from 0 to 1 per period.
 */
export function cohorts(customer_ids: any[][], order_dates: any[][], period?: any) {
  return excelTable(() => {
    const length = periodOf(period);
    if (!length.ok) return length;
    const table = cohortTableOf(customer_ids, order_dates, length.value);
    if (!table.ok) return table;
    if (table.value.cohorts.length === 0)
      return divideByZero({ kind: "noData", arg: "customer_ids" });
    return success(cohortRows(table.value));
  });
}

/** The period argument: month when blank or left out, else one of its words in either script. */
function periodOf(value: unknown): Result<Period, Problem> {
  let cell = value;
  if (Array.isArray(value)) {
    if (value.length !== 1 || value[0].length !== 1)
      return badArguments({ kind: "shapeMismatch", arg: "period", expected: "one cell" });
    cell = value[0][0];
  }
  if (isBlank(cell)) return success("month");
  const period = typeof cell === "string" ? PERIODS.get(cell.trim().toLowerCase()) : undefined;
  if (period === undefined)
    return badArguments({ kind: "unknownPeriod", arg: "period", value: cell });
  return success(period);
}

/** Tallies the order log; a blank ID is no order, an ID without a date is a problem. */
function cohortTableOf(
  customerIds: Matrix,
  orderDates: Matrix,
  period: Period
): Result<CohortTable, Problem> {
  if (!sameShape(customerIds, orderDates))
    return badArguments({ kind: "shapeMismatch", arg: "order_dates", expected: "customer_ids" });
  const tally = new CohortTally(period);
  for (let r = 0; r < customerIds.length; r++) {
    const row = customerIds[r];
    for (let c = 0; c < row.length; c++) {
      const id = row[c];
      if (isBlank(id)) continue;
      if (typeof id !== "number" && typeof id !== "string")
        return badCell({
          kind: "badId",
          value: id,
          at: positionOf("customer_ids", customerIds, r, c),
        });
      const date = orderDate(orderDates, r, c);
      if (typeof date !== "number") return date;
      tally.add(idKey(id), date);
    }
  }
  return success(tally.table());
}

// The date of an order that has a customer: blank or past Excel's calendar is a problem.
function orderDate(dates: Matrix, r: number, c: number): number | Failed {
  const date = calendarDateAt(dates, "order_dates", r, c);
  if (typeof date === "number" && date !== date) {
    const at = positionOf("order_dates", dates, r, c);
    return badCell({ kind: "missingPair", at, partner: "customer_ids" });
  }
  return date;
}

/** The spilled triangle: start, customers, then each period's share, blank where the data ends. */
function cohortRows(table: CohortTable): (number | string)[][] {
  const width = 2 + table.periods;
  return table.cohorts.map((cohort) => {
    const row: (number | string)[] = [cohort.start, cohort.customers, ...cohort.shares];
    while (row.length < width) row.push(UNREACHED);
    return row;
  });
}

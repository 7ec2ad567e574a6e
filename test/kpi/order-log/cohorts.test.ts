// Cohort retention (docs/kpi.md) on order logs made by hand, the shares counted in the comments.
import { cohortRetention, CohortTally } from "../../../src/kpi/order-log/cohorts";

// The Excel serial of a day (and time) written as ISO text: days since 30 December 1899.
function serial(iso: string): number {
  return (Date.parse(`${iso}Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("cohort retention by month", () => {
  // Three months of 2024, the log out of date order (B's March order comes before his first):
  // January cohort A, B, C; February cohort D, E; March cohort F.
  const log = [
    { customer: "b", date: serial("2024-03-15") },
    { customer: "a", date: serial("2024-01-05") },
    { customer: "b", date: serial("2024-01-20") },
    { customer: "c", date: serial("2024-01-31T23:30:00") },
    { customer: "a", date: serial("2024-02-10") },
    { customer: "d", date: serial("2024-02-01") },
    { customer: "d", date: serial("2024-02-20") },
    { customer: "e", date: serial("2024-02-29") },
    { customer: "a", date: serial("2024-03-03") },
    { customer: "d", date: serial("2024-03-31") },
    { customer: "f", date: serial("2024-03-01") },
  ];
  const table = cohortRetention(log);

  it("groups customers by the month of their first order, whatever the log's order", () => {
    expect(table.cohorts.map((c) => [c.start, c.customers])).toEqual([
      [serial("2024-01-01"), 3],
      [serial("2024-02-01"), 2],
      [serial("2024-03-01"), 1],
    ]);
  });

  it("counts a customer who returns in month 2 only in month 2, and one active twice in a month once", () => {
    // January: all 3 in month 0; A in February (month 1); A and B in March (month 2).
    expect(table.cohorts[0].active).toEqual([3, 1, 2]);
    // February: D (two February orders) and E in month 0; D in March (month 1).
    expect(table.cohorts[1].active).toEqual([2, 1]);
    expect(table.cohorts[2].active).toEqual([1]);
  });

  it("gives shares up to the last month the data reaches, period 0 being 1", () => {
    // January 3/3, 1/3, 2/3; February 2/2, 1/2; March 1/1: the triangle of 3 months.
    expect(table.periods).toBe(3);
    expect(table.cohorts.map((c) => c.shares)).toEqual([[1, 1 / 3, 2 / 3], [1, 0.5], [1]]);
  });
});

describe("cohort retention by ISO week and by quarter", () => {
  it("starts weeks on Monday and keeps a week whole across the new year", () => {
    // 1 January 2024 is a Monday. X: Sunday 7 Jan (week of 1 Jan), Monday 8 Jan (the next week).
    // Z: Tuesday 31 Dec 2024 and Saturday 4 Jan 2025 are one ISO week (2025-W01, from Monday 30 Dec).
    const tally = new CohortTally("week");
    tally.add("x", serial("2024-01-07"));
    tally.add("x", serial("2024-01-08"));
    tally.add("y", serial("2024-01-08"));
    const weeks = tally.table();
    expect(weeks.cohorts.map((c) => [c.start, c.customers, c.shares])).toEqual([
      [serial("2024-01-01"), 1, [1, 1]],
      [serial("2024-01-08"), 1, [1]],
    ]);
    const turn = cohortRetention(
      [
        { customer: "z", date: serial("2024-12-31") },
        { customer: "z", date: serial("2025-01-04") },
        { customer: "z", date: serial("2025-01-06") },
      ],
      "week"
    );
    // One cohort from Monday 30 Dec: active in week 0 and week 1 (from Monday 6 Jan).
    expect(turn.cohorts).toEqual([
      { start: serial("2024-12-30"), customers: 1, active: [1, 1], shares: [1, 1] },
    ]);
  });

  it("groups quarters from January, April, July and October, with 0 for a quarter nobody returned", () => {
    // Q: 31 March (Q1) and 1 April (Q2). R: 30 June (Q2) and 1 October (Q4). The data reaches Q4:
    // Q1 cohort {Q}: 1, 1 (Q2), 0 (Q3), 0 (Q4). Q2 cohort {R}: 1, 0 (Q3), 1 (Q4).
    const quarters = cohortRetention(
      [
        { customer: "q", date: serial("2024-03-31") },
        { customer: "q", date: serial("2024-04-01") },
        { customer: "r", date: serial("2024-06-30") },
        { customer: "r", date: serial("2024-10-01") },
      ],
      "quarter"
    );
    expect(quarters.periods).toBe(4);
    expect(quarters.cohorts.map((c) => [c.start, c.shares])).toEqual([
      [serial("2024-01-01"), [1, 1, 0, 0]],
      [serial("2024-04-01"), [1, 0, 1]],
    ]);
  });

  it("gives no cohort and no period for an empty log", () => {
    expect(cohortRetention([])).toEqual({ period: "month", periods: 0, cohorts: [] });
  });
});

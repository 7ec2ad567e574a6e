// Campaign tables of any length for the adapter tests, with values computed from the row number.

export const POST_HEADERS = [
  "Creator",
  "Channel",
  "Impressions",
  "Reposts",
  "Comments",
  "Likes",
  "Cost",
  "Code",
];

/** A posts table: header plus `rows` rows. */
export function postsTable(rows: number): unknown[][] {
  const body = Array.from({ length: rows }, (_, i) => [
    `Creator ${i % 5}`,
    i % 2 === 0 ? "Weibo" : "小红书",
    8000 + i,
    50,
    120,
    300,
    25,
    `CODE${i % 5}`,
  ]);
  return [POST_HEADERS, ...body];
}

export const ORDER_HEADERS = ["Order", "Customer ID", "Date", "Revenue", "Code"];

/** An orders table whose customer IDs are `idLength` characters long; `customerAt(i)` picks row i's customer. */
export function ordersTable(
  rows: number,
  idLength = 12,
  customerAt = (i: number) => i % 150
): unknown[][] {
  const body = Array.from({ length: rows }, (_, i) => [
    i + 1,
    customerId(customerAt(i), idLength),
    45000 + (i % 30),
    30,
    `CODE${i % 5}`,
  ]);
  return [ORDER_HEADERS, ...body];
}

/** A customer ID of the given length: "C" and the number, padded with zeros. */
export function customerId(customer: number, length: number): string {
  return `C${String(customer).padStart(length - 1, "0")}`;
}

/** A survey export as Qualtrics writes it: the question texts and import IDs under the header row. */
export function surveyExport(): unknown[][] {
  return [
    ["Respondent ID", "Q1"],
    ["", "How likely is it that you would recommend us?"],
    ['{"ImportId":"_recordId"}', '{"ImportId":"QID1"}'],
    ["R_1", 9],
    ["R_2", 6],
  ];
}

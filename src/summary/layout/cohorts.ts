/**
 * Retention by cohort: the orders' customers by the month of their first order (rows) and the
 * share of each cohort who ordered again 1, 2, … months later (columns), coloured as a heat map.
 * Values computed when the summary is made: no Excel 2016 formula finds first orders in linear time.
 */
import { SheetWords } from "../../i18n/sheet-words";
import { Cohort } from "../../kpi/order-log/cohorts";
import { ComputedFigures } from "../model/figures";
import { COUNT, DATE } from "../model/formats";
import { LABEL_COLUMN } from "./grid";
import { number, SheetBuilder, text } from "./sheet-builder";
import { COLOURS, titleStyle } from "./styles";

/** The latest cohorts the table shows, and the months after the first it shows for each. */
export const MAX_COHORTS = 24;
export const MAX_MONTHS = 12;

const SHARE = "0%";
const TITLE_RIGHT = LABEL_COLUMN + 9;

// From a pale to a deep green as more of a cohort comes back; under 5 % stays white.
const HEAT: [from: number, fill: string][] = [
  [0.5, "#63BE7B"],
  [0.3, "#A9D08E"],
  [0.15, "#C6E0B4"],
  [0.05, "#E2EFDA"],
];

/** The fill of a share of returning customers on the heat map; none below the lowest step. */
export function heatFill(share: number): string | undefined {
  return HEAT.find(([from]) => share >= from)?.[1];
}

/** Draws the cohort table from `top` when the orders give one; returns its last row. */
export function drawCohorts(
  builder: SheetBuilder,
  top: number,
  computed: ComputedFigures,
  labels: SheetWords
): number | undefined {
  const table = computed.cohorts;
  if (!table || table.cohorts.length === 0) return undefined;
  const cohorts = table.cohorts.slice(-MAX_COHORTS);
  const months = Math.min(table.periods, MAX_MONTHS + 1);
  const customers = table.cohorts.reduce((sum, cohort) => sum + cohort.customers, 0);
  const note = labels.cohortsNote(computed.computedAt, customers, {
    cohorts: table.cohorts.length > cohorts.length ? cohorts.length : undefined,
    months: table.periods > months ? months - 1 : undefined,
  });
  const right = LABEL_COLUMN + 1 + months;
  // The title spans the pyramid's width at least: a short table's columns cannot hold it.
  const titleRight = Math.max(right, TITLE_RIGHT);
  builder.merged(top, LABEL_COLUMN, titleRight, text(labels.cohortsTitle), {
    style: titleStyle(COLOURS.retention.title),
    note,
  });
  const headers = [labels.cohortColumns.start, labels.cohortColumns.customers];
  for (let month = 0; month < months; month++) headers.push(labels.cohortColumns.month(month));
  builder.headerRow(top + 1, LABEL_COLUMN, headers, (index) => index > 0);
  cohorts.forEach((cohort, index) => drawCohort(builder, top + 2 + index, cohort, months));
  return top + 1 + cohorts.length;
}

// A cohort's first month, its customers, then each month's share of them; months not reached yet stay blank.
function drawCohort(builder: SheetBuilder, row: number, cohort: Cohort, months: number): void {
  builder.put(row, LABEL_COLUMN, number(cohort.start), { numberFormat: DATE });
  builder.put(row, LABEL_COLUMN + 1, number(cohort.customers), { numberFormat: COUNT });
  cohort.shares.slice(0, months).forEach((share, month) => {
    // Month 0 is every customer of the cohort by definition: no colour to read there.
    const fill = month === 0 ? COLOURS.retention.body : heatFill(share);
    builder.put(row, LABEL_COLUMN + 2 + month, number(share), {
      numberFormat: SHARE,
      ...(fill ? { style: { fill } } : {}),
    });
  });
}

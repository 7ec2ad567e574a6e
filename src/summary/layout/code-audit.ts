/**
 * The doubtful discount-code orders below the leaderboard: the audit in one line, the thresholds
 * it used, and each code with doubtful orders by reason. Values computed when the summary is made:
 * no Excel 2016 formula finds one customer's share of a code's orders in linear time.
 */
import { formatNumber } from "../../cells/number-format";
import { SheetWords } from "../../i18n/sheet-words";
import { CODE_FLAGS } from "../../kpi/order-log/code-flags";
import { AuditedCode, CodeAudit, ComputedFigures } from "../model/figures";
import { CODE_AUDIT_FORMATS, COUNT, RATE, RATE_CARD } from "../model/formats";
import { CodeAuditColumn } from "../model/tables";
import { LABEL_COLUMN, VALUE_COLUMN } from "./grid";
import { number, SheetBuilder, text } from "./sheet-builder";
import { COLOURS, titleStyle } from "./styles";

/** The codes the table and the line name at most, those with most doubtful orders first. */
export const MAX_AUDITED_CODES = 30;
const LINE_CODES = 3;

const COLUMNS: CodeAuditColumn[] = [
  "code",
  "creator",
  "orders",
  "flagged",
  ...CODE_FLAGS,
  "flaggedRevenue",
];

/** The audit in one line, in the sheet's language: what was doubted, where, and the ROI without it. */
export function codeAuditLine(audit: CodeAudit, labels: SheetWords): string {
  const codes = audit.codes.slice(0, LINE_CODES).map((code) => {
    const flags = CODE_FLAGS.filter((flag) => code.byFlag[flag] > 0);
    const told = flags.map((flag) => labels.codeFlags[flag](code.byFlag[flag]));
    return labels.codeAuditCode(code.written, code.creatorName, told);
  });
  const more = audit.codes.length - LINE_CODES;
  if (more > 0) codes.push(labels.codeAuditMoreCodes(more));
  const { orders, flagged, roi, roiWithout } = audit;
  const both = roi !== undefined && roiWithout !== undefined;
  return labels.codeAuditLine({
    orders,
    flagged,
    codes,
    ...(both
      ? { roi: { with: formatNumber(roi, RATE), without: formatNumber(roiWithout, RATE) } }
      : {}),
  });
}

/** Draws the audit from `top` when the orders on codes were audited; returns its last row. */
export function drawCodeAudit(
  builder: SheetBuilder,
  top: number,
  computed: ComputedFigures,
  labels: SheetWords
): number | undefined {
  const audit = computed.codeAudit;
  if (!audit) return undefined;
  const right = LABEL_COLUMN + COLUMNS.length - 1;
  builder.merged(top, LABEL_COLUMN, right, text(labels.codeAuditTitle), {
    style: titleStyle(COLOURS.action.title),
    note: labels.codeAuditNote(computed.computedAt),
  });
  builder.merged(top + 1, LABEL_COLUMN, right, text(codeAuditLine(audit, labels)), {
    style: { wrapText: true },
  });
  builder.rowHeights.push({ row: top + 1, lines: 3 });
  const { minOrders, minShare, maxOrdersPerImpression } = audit.thresholds;
  const thresholds: [string, number, string][] = [
    [labels.codeThresholds.minOrders, minOrders, COUNT],
    [labels.codeThresholds.minShare, minShare, "0%"],
    [labels.codeThresholds.maxOrdersPerImpression, maxOrdersPerImpression, RATE_CARD],
  ];
  thresholds.forEach(([label, value, numberFormat], index) => {
    builder.put(top + 2 + index, LABEL_COLUMN, text(label));
    builder.put(top + 2 + index, VALUE_COLUMN, number(value), { numberFormat });
  });
  if (audit.codes.length === 0) return top + 1 + thresholds.length;
  const header = top + 3 + thresholds.length;
  const headers = COLUMNS.map((column) => labels.codeAuditColumns[column]);
  builder.headerRow(header, LABEL_COLUMN, headers, (index) => index > 1);
  const shown = audit.codes.slice(0, MAX_AUDITED_CODES);
  shown.forEach((code, index) => drawCode(builder, header + 1 + index, code));
  let last = header + shown.length;
  if (audit.codes.length > shown.length) {
    last++;
    builder.put(last, LABEL_COLUMN, text(labels.codeAuditMore(shown.length, audit.codes.length)));
  }
  return last;
}

function drawCode(builder: SheetBuilder, row: number, code: AuditedCode): void {
  const values: Record<Exclude<CodeAuditColumn, "code" | "creator">, number> = {
    orders: code.orders,
    flagged: code.flagged,
    ...code.byFlag,
    flaggedRevenue: code.flaggedRevenue,
  };
  COLUMNS.forEach((column, offset) => {
    const at = LABEL_COLUMN + offset;
    if (column === "code") builder.put(row, at, text(code.written));
    else if (column === "creator") {
      if (code.creatorName !== undefined) builder.put(row, at, text(code.creatorName));
    } else {
      const numberFormat = CODE_AUDIT_FORMATS[column];
      builder.put(row, at, number(values[column]), numberFormat ? { numberFormat } : {});
    }
  });
}

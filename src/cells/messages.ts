/** The text of each problem in the user's language: English, 简体中文, 繁體中文. */
import { CellPosition, ProblemDetail } from "./problem";

/** The languages the add-in speaks. */
export type Locale = "en" | "zh-CN" | "zh-TW";

/** Maps a display language such as "zh-HK" or "en-GB" to one the add-in speaks. */
export function toLocale(displayLanguage: string | undefined | null): Locale {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (!tag.startsWith("zh")) return "en";
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? "zh-TW" : "zh-CN";
}

/** How a cell value is quoted in a message: text in quotes, booleans as Excel writes them. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined) return "(blank)";
  return typeof value;
}

type Texts = {
  [K in ProblemDetail["kind"]]: (detail: Extract<ProblemDetail, { kind: K }>) => string;
};

function where(at: CellPosition, locale: Locale): string {
  if (locale === "en") {
    return at.columns > 1
      ? `row ${at.row}, column ${at.column} of ${at.arg}`
      : `row ${at.row} of ${at.arg}`;
  }
  // Excel's Chinese UIs name rows and columns differently: 行/列 in simplified, 列/欄 in traditional.
  const [row, column] = locale === "zh-TW" ? ["列", "欄"] : ["行", "列"];
  return at.columns > 1
    ? `${at.arg} 第 ${at.row} ${row}第 ${at.column} ${column}`
    : `${at.arg} 第 ${at.row} ${row}`;
}

const english: Texts = {
  notNumber: (d) => `${describeValue(d.value)} in ${where(d.at, "en")} is not a number`,
  negative: (d) => `${d.value} in ${where(d.at, "en")} is negative`,
  npsOutOfRange: (d) => `answer ${describeValue(d.value)} in ${where(d.at, "en")} is outside 0-10`,
  notWholeAnswer: (d) =>
    `answer ${d.value} in ${where(d.at, "en")} is not a whole number from 0 to 10`,
  badId: (d) => `${describeValue(d.value)} in ${where(d.at, "en")} is not a customer ID`,
  notDate: (d) => `${describeValue(d.value)} in ${where(d.at, "en")} is not a date`,
  missingPair: (d) => `${where(d.at, "en")} is blank but ${d.partner} has a value there`,
  shapeMismatch: (d) =>
    d.expected === "one cell"
      ? `${d.arg} must be one cell`
      : `${d.arg} must be one value or the same shape as ${d.expected}`,
  requires: (d) => `${d.arg} is required with ${d.partner}`,
  scalarOutOfRange: (d) => `${d.arg} ${d.value} is outside ${d.range}`,
  noData: (d) => `${d.arg} holds no data`,
  zeroDenominator: (d) => `${d.arg} totals zero`,
  windowReversed: () => "start_date is after end_date",
  unknownLabel: (d) =>
    `${describeValue(d.value)} in ${where(d.at, "en")} is not a sentiment label (positive, neutral or negative)`,
  argNotNumber: (d) => `${d.arg} ${describeValue(d.value)} is not a number`,
  required: (d) => `${d.arg} is required`,
  exceeds: (d) => `${d.arg} ${d.value} is more than ${d.limitArg} ${d.limit}`,
  notLine: (d) => `${d.arg} must be one row or one column`,
  tooFew: (d) => `${d.arg} needs at least ${d.needed} numbers`,
  earlierThanPartner: (d) => `${where(d.at, "en")} is earlier than ${d.partner} on the same row`,
  noPolarMentions: () => "there are no positive or negative mentions (neutral ones are left out)",
  argNotLogical: (d) => `${d.arg} ${describeValue(d.value)} is not TRUE or FALSE`,
  noVariance: () =>
    "each sample has all its answers in one group, so the plain Wald test has no spread: use the adjusted Wald form",
};

function chinese(locale: "zh-CN" | "zh-TW"): Texts {
  const t = (simplified: string, traditional: string) =>
    locale === "zh-CN" ? simplified : traditional;
  return {
    notNumber: (d) =>
      `${where(d.at, locale)}的 ${describeValue(d.value)} ${t("不是数字", "不是數字")}`,
    negative: (d) => `${where(d.at, locale)}的 ${d.value} ${t("是负数", "是負數")}`,
    npsOutOfRange: (d) =>
      `${where(d.at, locale)}的${t("答案", "答案")} ${describeValue(d.value)} ${t("不在 0-10 之间", "不在 0-10 之間")}`,
    notWholeAnswer: (d) =>
      `${where(d.at, locale)}的${t("答案", "答案")} ${d.value} ${t("不是 0 到 10 的整数", "不是 0 到 10 的整數")}`,
    badId: (d) =>
      `${where(d.at, locale)}的 ${describeValue(d.value)} ${t("不是客户编号", "不是客戶編號")}`,
    notDate: (d) =>
      `${where(d.at, locale)}的 ${describeValue(d.value)} ${t("不是日期", "不是日期")}`,
    missingPair: (d) =>
      `${where(d.at, locale)}${t("为空，但", "為空，但")} ${d.partner} ${t("在该处有值", "在該處有值")}`,
    shapeMismatch: (d) =>
      d.expected === "one cell"
        ? `${d.arg} ${t("必须是一个单元格", "必須是一個儲存格")}`
        : `${d.arg} ${t("必须是单个值，或与", "必須是單一值，或與")} ${d.expected} ${t("形状相同", "形狀相同")}`,
    requires: (d) => `${t("使用", "使用")} ${d.partner} ${t("时必须提供", "時必須提供")} ${d.arg}`,
    scalarOutOfRange: (d) => `${d.arg} ${d.value} ${t("超出范围", "超出範圍")} ${d.range}`,
    noData: (d) => `${d.arg} ${t("没有数据", "沒有資料")}`,
    zeroDenominator: (d) => `${d.arg} ${t("合计为零", "合計為零")}`,
    windowReversed: () => t("start_date 晚于 end_date", "start_date 晚於 end_date"),
    unknownLabel: (d) =>
      `${where(d.at, locale)}的 ${describeValue(d.value)} ${t("不是情感标签（正面、中性或负面）", "不是情感標籤（正面、中性或負面）")}`,
    argNotNumber: (d) => `${d.arg} 的值 ${describeValue(d.value)} ${t("不是数字", "不是數字")}`,
    required: (d) => `${t("必须提供", "必須提供")} ${d.arg}`,
    exceeds: (d) => `${d.arg} ${d.value} ${t("大于", "大於")} ${d.limitArg} ${d.limit}`,
    notLine: (d) => `${d.arg} ${t("必须是单行或单列", "必須是單列或單欄")}`,
    tooFew: (d) => `${d.arg} 至少需要 ${d.needed} ${t("个数字", "個數字")}`,
    earlierThanPartner: (d) =>
      `${where(d.at, locale)}${t("早于同一行的", "早於同一列的")} ${d.partner}`,
    noPolarMentions: () =>
      t("没有正面或负面提及（中性提及不计入）", "沒有正面或負面提及（中性提及不計入）"),
    argNotLogical: (d) => `${d.arg} 的值 ${describeValue(d.value)} 不是 TRUE 或 FALSE`,
    noVariance: () =>
      t(
        "每个样本的回答都在同一组，普通 Wald 检验没有离散程度可言：请改用调整 Wald 法",
        "每個樣本的回答都在同一組，一般 Wald 檢定沒有離散程度可言：請改用調整 Wald 法"
      ),
  };
}

const texts: Record<Locale, Texts> = {
  en: english,
  "zh-CN": chinese("zh-CN"),
  "zh-TW": chinese("zh-TW"),
};

/** The message for a problem, in the given language. */
export function problemMessage(detail: ProblemDetail, locale: Locale = "en"): string {
  const format = texts[locale][detail.kind] as (d: ProblemDetail) => string;
  return format(detail);
}

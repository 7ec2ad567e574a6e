/** Showing a number as an Excel number format shows it, for the formats the summary uses, so the terminal matches the sheet. */

interface Section {
  prefix: string;
  suffix: string;
  /** Decimals always shown ("0" placeholders), then those shown only when not zero ("#"). */
  decimals: number;
  optionalDecimals: number;
  grouping: boolean;
  percent: boolean;
}

// A literal is a quoted string, an escaped character, or any character that is not a digit placeholder.
function literal(text: string): string {
  return text.replace(/"([^"]*)"|\\(.)|[_*](.)/g, (_, quoted, escaped) => quoted ?? escaped ?? "");
}

function parseSection(code: string): Section {
  const bracketless = code.replace(/\[[^\]]*\]/g, "");
  const match = /^(.*?)([#0?,]+(?:\.[#0?]+)?)(.*)$/.exec(bracketless);
  if (!match)
    return {
      prefix: literal(bracketless),
      suffix: "",
      decimals: 0,
      optionalDecimals: 0,
      grouping: false,
      percent: false,
    };
  const [, before, digits, after] = match;
  const fraction = digits.includes(".") ? digits.split(".")[1] : "";
  const decimals = fraction.replace(/[^0]/g, "").length;
  return {
    prefix: literal(before),
    suffix: literal(after),
    decimals,
    optionalDecimals: fraction.length - decimals,
    grouping: digits.includes(","),
    percent: after.includes("%") || before.includes("%"),
  };
}

function digitsOf(value: number, section: Section): string {
  return new Intl.NumberFormat("en-US", {
    minimumFractionDigits: section.decimals,
    maximumFractionDigits: section.decimals + section.optionalDecimals,
    useGrouping: section.grouping,
  }).format(value);
}

/** The number as Excel shows it under `format` ("#,##0.00", "0.0%", "+0;-0;0"…); "General" shows up to 10 digits. */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format)) return String(Number(value.toPrecision(10)));
  const sections = format.split(";").map(parseSection);
  // Excel's sections: positive; negative (shown without its minus sign); zero.
  const negativeSection = value < 0 && sections.length > 1;
  const section =
    value === 0 && sections.length > 2 ? sections[2] : negativeSection ? sections[1] : sections[0];
  const magnitude = negativeSection ? Math.abs(value) : value;
  // Excel rounds what it shows from the value's 15 significant digits: 0.0705 shows as 7.1 %.
  const scaled = Number((section.percent ? magnitude * 100 : magnitude).toPrecision(15));
  return `${section.prefix}${digitsOf(scaled, section)}${section.suffix}`;
}

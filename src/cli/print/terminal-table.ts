/** The pyramid as a table for the terminal, in the sheet's language, with the sheet's number formats. */
import { Locale, wordsOf } from "../../i18n";
import {
  Assumptions,
  CalculatedFigure,
  codeAuditLine,
  CREATOR_FIGURES,
  ChannelRates,
  CreatorFigures,
  figureFormat,
  LABEL_FIGURES,
  LEADERBOARD_FORMATS,
  RATE_CARD_FORMAT,
  RateCard,
  SummaryFigures,
  Tier,
  TIER_FIGURES,
  TIERS,
} from "../../summary";
import { formatNumber } from "../../cells/number-format";
import { displayWidth, pad, truncate } from "./text-width";

const LABEL_WIDTH = 44;
const VALUE_WIDTH = 16;
const MAX_CREATORS = 20;

function figureLine(label: string, value: number, figure: CalculatedFigure): string {
  const shown = formatNumber(value, figureFormat(figure));
  return `  ${pad(truncate(label, LABEL_WIDTH), LABEL_WIDTH)}${pad(shown, VALUE_WIDTH, "right")}`;
}

function tierLines(tier: Tier, index: number, figures: SummaryFigures, locale: Locale): string[] {
  const labels = wordsOf(locale).sheet;
  const shown = TIER_FIGURES[tier].filter((figure) => figures[figure] !== undefined);
  // Centred marks, one more on each side per tier: the pyramid's outline down the left edge.
  const side = " ".repeat(TIERS.length - 1 - index);
  const lines = [`${side}${"▲".repeat(index * 2 + 1)}${side}  ${labels.tiers[tier]}`];
  if (shown.length === 0) lines.push(`  ${labels.notMeasured[tier]}`);
  for (const figure of shown) {
    const label = labels.figures[figure];
    // Counts of labels the report gave say so, as on the sheet.
    const named =
      figures.commentLabels && LABEL_FIGURES.has(figure) ? labels.automaticFigure(label) : label;
    lines.push(figureLine(named, figures[figure] as number, figure));
  }
  if (tier === "sentiment" && figures.npsStanding) {
    const label = labels.standing[figures.nps === undefined ? "socialNps" : "nps"];
    const standing = labels.standings[figures.npsStanding];
    lines.push(
      `  ${pad(truncate(label, LABEL_WIDTH), LABEL_WIDTH)}${pad(standing, VALUE_WIDTH, "right")}`
    );
  }
  return lines;
}

// Columns as wide as their widest cell; the first left-aligned, the numbers right-aligned.
function tableLines(header: string[], rows: string[][]): string[] {
  const widths = header.map((text, i) =>
    Math.max(displayWidth(text), ...rows.map((row) => displayWidth(row[i])))
  );
  const line = (row: string[]) =>
    "  " + row.map((text, i) => pad(text, widths[i], i === 0 ? "left" : "right")).join("  ");
  return [line(header), ...rows.map(line)];
}

function creatorTable(creators: CreatorFigures[], locale: Locale): string[] {
  const labels = wordsOf(locale).sheet;
  const columns = CREATOR_FIGURES.filter((column) =>
    creators.some((creator) => creator[column] !== undefined)
  );
  const cells = (creator: CreatorFigures) =>
    columns.map((column) => {
      const value = creator[column];
      return value === undefined ? "" : formatNumber(value, LEADERBOARD_FORMATS[column]);
    });
  const rows = creators
    .slice(0, MAX_CREATORS)
    .map((creator) => [truncate(creator.name, 24), ...cells(creator)]);
  const header = [
    labels.leaderboardColumns.name,
    ...columns.map((column) => labels.leaderboardColumns[column]),
  ];
  const more = creators.length > MAX_CREATORS ? [`  … ${creators.length - MAX_CREATORS}`] : [];
  return ["", labels.leaderboard, ...tableLines(header, rows), ...more];
}

// A rate card given on the command line replaces the single CPM: its rates per channel, as the sheet shows them.
function rateCardTable(card: RateCard, locale: Locale): string[] {
  const labels = wordsOf(locale).sheet;
  const rates = ["cpm", "perRepost", "perComment", "perLike"] as const;
  const row = (name: string, channel: ChannelRates) => [
    truncate(name, 24),
    ...rates.map((rate) => formatNumber(channel[rate], RATE_CARD_FORMAT)),
  ];
  const rows = [
    ...card.channels.map(({ names, rates: channel }) => row(names[0], channel)),
    row(labels.otherChannels, card.other),
  ];
  const header = [labels.rateCardColumns.channel, ...rates.map((r) => labels.rateCardColumns[r])];
  return [`  ${labels.rateCardTitle}`, ...tableLines(header, rows).map((line) => `  ${line}`)];
}

/** The summary as the terminal shows it: title, assumptions, the pyramid from its apex, retention, creators. */
export function renderSummary(
  figures: SummaryFigures,
  assumptions: Assumptions,
  locale: Locale
): string {
  const labels = wordsOf(locale).sheet;
  const colon = locale === "en" ? ": " : "：";
  const inputs: [string, string | number][] = [
    [labels.windowDays, assumptions.windowDays],
    [labels.emvAsReturn, assumptions.emvAsReturn ? "TRUE" : "FALSE"],
  ];
  const { staff } = assumptions;
  if (staff) inputs.push([labels.staffHours, staff.hours], [labels.hourlyRate, staff.hourlyRate]);
  if (!assumptions.rateCard) inputs.unshift([labels.cpm, assumptions.cpm]);
  const lines = [
    `${labels.title}${colon}${assumptions.campaignName}`,
    ...inputs.map(([label, value]) => `  ${label}${colon}${value}`),
    ...(assumptions.rateCard ? rateCardTable(assumptions.rateCard, locale) : []),
    "",
  ];
  TIERS.forEach((tier, index) => lines.push(...tierLines(tier, index, figures, locale)));
  if (figures.repeatRate !== undefined) {
    const line = figureLine(labels.figures.repeatRate, figures.repeatRate, "repeatRate");
    lines.push("", labels.retention, line);
  }
  if (figures.creators.length > 0) lines.push(...creatorTable(figures.creators, locale));
  if (figures.codeAudit)
    lines.push("", labels.codeAuditTitle, `  ${codeAuditLine(figures.codeAudit, labels)}`);
  return lines.join("\n") + "\n";
}

/** Every text the summary sheet shows, in English. */
import { NPS_BENCHMARKS } from "../../kpi/benchmarks";
import { SHEET_FUNCTION_NAMES } from "../function-names";
import type { SheetWords } from "../sheet-words";
import { glossary } from "./glossary";

const functions = SHEET_FUNCTION_NAMES.en;

export const sheet: SheetWords = {
  title: glossary.title,
  sheetName: glossary.sheetName,
  refreshStopped:
    "Incomplete: the last refresh of this summary stopped part way. Press Refresh in the WOM KPIs pane to write it again.",
  campaign: "Campaign",
  dataSources: "Data",
  sourceKinds: { posts: "Posts", mentions: "Mentions", orders: "Orders" },
  tableSource: (table, address) => `table ${table} (${address})`,
  usedRowsSource: (address, original) => `${address}, the used rows of ${original}`,
  usedRowsSheet: (source) => `${source} (rows used)`,
  labelledSheet: (source) => `${source} (labelled)`,
  commentLabels: {
    label: "Sentiment (automatic)",
    score: "Sentiment score",
    why: "Words that decided it",
  },
  labelledSource: (where) => `${where}; sentiment labelled by the add-in from the comment text`,
  automaticFigure: (figure) => `${figure} (automatic labels)`,
  automaticNote: (ownWords) =>
    `Labelled automatically from the comment text: each comment's words weighed by the add-in's lexicon${ownWords > 0 ? ` and your ${ownWords} word${ownWords === 1 ? "" : "s"}` : ""} (see ${functions.sentiment}'s help). Sarcasm and domain words can be misread: check the words that decided each label on the labelled sheet. To override, give the source a sentiment column (it always wins) or add your own words to the lexicon.`,
  campaignSheet: (campaign) => `${campaign} summary`,
  rowsUsed: (seen, used) => `${seen} rows besides the header: ${used} used`,
  rowsLeftOut: (parts) => `; left out: ${parts.join(", ")}`,
  leftOut: {
    aboveHeader: (n) => `${n} title or note row${n === 1 ? "" : "s"} above the header`,
    blank: (n) => `${n} blank row${n === 1 ? "" : "s"}`,
    extraHeaderRows: (n) => `${n} extra header row${n === 1 ? "" : "s"}`,
    totals: (n) => `${n} totals row${n === 1 ? "" : "s"}`,
    lineItems: (n) => `${n} further line item${n === 1 ? "" : "s"} of orders already counted`,
    duplicates: (n) => `${n} repeated order${n === 1 ? "" : "s"} (counted once)`,
    voided: (n) => `${n} voided order${n === 1 ? "" : "s"}`,
    cancelled: (n) => `${n} cancelled order${n === 1 ? "" : "s"}`,
    refunded: (n) => `${n} refunded order${n === 1 ? "" : "s"}`,
    skippedAnswers: (n) =>
      `${n} response${n === 1 ? "" : "s"} without an answer to the 0-10 question`,
    notRated: (n) => `${n} mention${n === 1 ? "" : "s"} without a sentiment label`,
    noText: (n) => `${n} mention${n === 1 ? "" : "s"} without comment text`,
  },
  createdAt: "Created",
  assumptions: "Assumptions (change them and the figures follow)",
  cpm: "CPM (cost per 1,000 impressions)",
  windowDays: "Attribution window (days after first exposure)",
  emvAsReturn: "Count EMV as return (TRUE/FALSE)",
  staffHours: "Staff time on the campaign (hours)",
  hourlyRate: "Staff cost per hour",
  tiers: {
    apex: "Apex: was it worth it?",
    action: "Action: did they buy?",
    sentiment: "Sentiment: did they like it?",
    volume: "Volume: how many heard it?",
  },
  notMeasured: {
    apex: "ROI needs cost (posts) and revenue (orders).",
    action: "Add an orders source to measure this layer.",
    sentiment: "Add a mentions source with sentiment labels, comment text or survey scores.",
    volume: "Add a posts source with impressions, reposts, comments or likes.",
  },
  figures: {
    impressions: "Impressions",
    engagements: "Engagements",
    engagementRate: "Engagement rate",
    emv: "EMV (earned media value)",
    costPerEngagement: "Cost per engagement (CPE)",
    costPerView: "Cost per view (CPV)",
    positive: "Positive mentions",
    neutral: "Neutral mentions",
    negative: "Negative mentions",
    socialNps: "Social NPS",
    socialNpsMoe: "Social NPS margin of error (±, 95 %)",
    nps: "NPS (survey)",
    npsMoe: "NPS margin of error (±, 95 %)",
    orders: "Orders",
    ordersByCode: "Orders with a discount code",
    ordersByUtm: "Orders via UTM links",
    attributedOrders: "Orders within the attribution window",
    revenue: "Revenue",
    cost: "Cost",
    staffCost: "Staff time cost (in the cost)",
    costPerOrder: "Cost per order",
    roi: "ROI",
    roiWithEmv: "ROI counting EMV as return",
    repeatRate: "Repeat purchase rate",
  },
  figureNotes: {
    staffCost:
      "Staff time × cost per hour, from the assumptions above: added to the cost, so ROI and every cost per figure count the team's work. The creators' rows count their fees only.",
    costPerEngagement: "Cost / engagements.",
    costPerView: "Cost / impressions: what one view cost.",
    engagements: "Reposts + comments + likes.",
    emv: "The rate card's EMV column added up: per channel, impressions / 1,000 × CPM plus each action × its value. EMV has no industry standard: the rates are assumptions.",
    socialNps:
      "(positive − negative) / (positive + negative) × 100. Neutral mentions are left out, as in Talkwalker's net sentiment.",
    socialNpsMoe:
      "The NPS margin of error (Wald, 95 %) with positive mentions as promoters, negative as detractors and n = positive + negative. Mentions are not a random sample: read it as a guide.",
    npsMoe: "z × √((p + d − (p − d)²) / n) × 100 at 95 % confidence (Wald).",
    attributedOrders:
      "Orders dated 0 to N days after the customer's first exposure; N is the window above.",
    roi: "(revenue − cost) / cost.",
    roiWithEmv: "(revenue + EMV − cost) / cost. Blank unless EMV counts as return.",
  },
  retention: "Retention",
  leaderboard: "Creators (KOC/KOL), by ROI",
  leaderboardColumns: {
    name: "Creator",
    code: "Discount code",
    posts: "Posts",
    impressions: "Impressions",
    emv: "EMV",
    cost: "Cost",
    costPerEngagement: "Cost per engagement",
    costPerView: "Cost per view",
    orders: "Orders",
    revenue: "Revenue",
    roi: "ROI",
    doubtful: "Doubtful orders",
    doubtfulRevenue: "Their revenue",
    roiWithout: "ROI without them",
  },
  funnel: "Funnel",
  chartTitle: "From reach to orders",
  benchmarkAverage: `Global average NPS (${NPS_BENCHMARKS.source})`,
  benchmarkTopQuartile: `Top-quartile NPS (${NPS_BENCHMARKS.source})`,
  standing: {
    nps: "Survey NPS against the benchmarks",
    socialNps: "Social NPS against the benchmarks",
  },
  standings: {
    topQuartile: "In the top quartile",
    aboveAverage: "At or above the global average",
    belowAverage: "Below the global average",
  },
  benchmarkNote: `${NPS_BENCHMARKS.source}: the global average NPS is ${NPS_BENCHMARKS.average}, and ${NPS_BENCHMARKS.topQuartile} or more is the top quartile. Averages differ by industry and region.`,
  socialBenchmarkNote:
    "These benchmarks are for survey NPS; social NPS leaves neutral mentions out and usually runs higher, so compare with care.",
  standingNote:
    "By the score itself: where the margin of error reaches across a benchmark, the data cannot tell which side the true score is on.",

  rateCardTitle: "EMV rate card (assumptions: EMV has no industry standard)",
  rateCardNote:
    "EMV has no industry standard, so these rates are assumptions. Replace them with your own (what 1,000 impressions and each action would cost as paid media on the channel): EMV, ROI with EMV and every creator's EMV follow.",
  rateCardColumns: {
    channel: "Channel",
    cpm: "CPM (per 1,000 impressions)",
    perRepost: "Per repost",
    perComment: "Per comment",
    perLike: "Per like",
    emv: "EMV",
  },
  otherChannels: "Other channels",
  allPosts: "All posts",

  weeksTitle: "Action per week (ISO weeks, from Monday)",
  weekColumns: {
    week: "ISO week",
    weekStart: "Week from",
    orders: "Orders",
    revenue: "Revenue",
    attributedOrders: "Orders within the window",
  },
  weeksNote: (at, latestWeeks) =>
    `Weeks from the first to the last order's week as of ${at}; run the summary again to add weeks with later orders.` +
    (latestWeeks ? ` Only the latest ${latestWeeks} weeks are shown.` : ""),
  weeksChartTitle: "Orders per week",
  cohortsTitle: "Retention by cohort: share of each month's new customers who ordered again",
  cohortColumns: {
    start: "First order in",
    customers: "Customers",
    month: (month) => (month === 0 ? "Month 0" : `+${month} month${month === 1 ? "" : "s"}`),
  },
  cohortsNote: (at, customers, shown) =>
    `Computed at ${at} from ${customers} customers' orders: each row is the customers whose first order fell in that month, each cell the share of them who ordered in the month so long after (month 0 is all of them); a blank cell is a month the orders do not reach yet. Run the summary again to update it.` +
    (shown.cohorts ? ` Only the latest ${shown.cohorts} months' cohorts are shown.` : "") +
    (shown.months ? ` Only the first ${shown.months} months after the first are shown.` : ""),

  codeAuditTitle: "Doubtful discount-code orders",
  codeAuditNote: (at) =>
    `Computed at ${at}. An order on a creator's code is doubtful when its customer is the creator (the same e-mail, phone or name as the posts give), when one customer placed at least the orders and the share of the code's orders below, when the code's orders exceed the orders per impression below (a leaked code), when it was placed before the creator's first post, or when its code belongs to no creator in the posts. Doubtful orders stay in every figure above; the leaderboard shows each creator's ROI without them too. Values, not formulas: change the thresholds in the pane or the report's options and run the summary again.`,
  codeAuditLine: ({ orders, flagged, codes, roi }) => {
    if (flagged === 0) return `None of the ${orders} orders on discount codes is doubtful.`;
    const change = roi ? ` Without them, ROI is ${roi.without} instead of ${roi.with}.` : "";
    return `${flagged} of ${orders} orders on discount codes ${flagged === 1 ? "is" : "are"} doubtful: ${codes.join("; ")}.${change}`;
  },
  codeAuditCode: (code, creator, flags) =>
    `${code}${creator ? ` (${creator})` : ""}: ${flags.join(", ")}`,
  codeAuditMoreCodes: (codes) => `${codes} more code${codes === 1 ? "" : "s"}`,
  codeFlags: {
    self: (orders) => `${orders} by the creator`,
    concentration: (orders) => `${orders} by one customer`,
    reach: (orders) => `${orders} beyond the creator's reach`,
    "before-post": (orders) => `${orders} before the first post`,
    "unknown-code": (orders) => `${orders} on a code of no creator`,
  },
  codeThresholds: {
    minOrders: "One customer's orders on a code, at least",
    minShare: "…and their share of the code's orders, at least",
    maxOrdersPerImpression: "A code's orders per impression, at most",
  },
  codeAuditColumns: {
    code: "Discount code",
    creator: "Creator",
    orders: "Orders",
    flagged: "Doubtful",
    self: "By the creator",
    concentration: "One customer",
    reach: "Beyond reach",
    "before-post": "Before the first post",
    "unknown-code": "Code of no creator",
    flaggedRevenue: "Doubtful revenue",
  },
  codeAuditMore: (shown, codes) =>
    `Only the ${shown} codes with most doubtful orders of ${codes} are listed.`,

  repeatRateNote: (at, customers, repeaters) =>
    `Computed ${at} from ${customers} customers, ${repeaters} of whom ordered twice or more. A value, not a formula: run the summary again to update it.`,
  surveyNpsNote: (at, answers) =>
    `Computed ${at} from ${answers} answers. The score column holds answers as text ("10 - Extremely likely"), read as ${functions.nps} reads them; Excel's COUNTIFS cannot count text, so this is a value, not a formula: run the summary again to update it.`,
};

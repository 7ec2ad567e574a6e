/** Every word the task pane shows, in English; its keys are the keys of every language's pane words. */
import { glossary } from "./glossary";

export const pane = {
  "app.title": glossary.title,
  "app.intro":
    "Pick your campaign data, check what each column holds, then create a word-of-mouth pyramid summary sheet.",
  "language.label": "Language",
  "source.posts": "Posts",
  "source.posts.hint":
    "One row per post or per creator: creator, channel, impressions, reposts, comments, likes, cost, discount code.",
  "source.mentions": "Mentions",
  "source.mentions.hint":
    "One row per comment with a sentiment label, or columns of positive, neutral and negative counts, or 0-10 survey answers.",
  "source.orders": "Orders",
  "source.orders.hint":
    "One row per order: customer ID, date, revenue, discount code or UTM source.",
  "source.use": "Use current selection",
  "source.remove": "Remove",
  "source.none": "Not picked yet: select a cell inside the data, then use the selection.",
  "source.where": "{where}: {rows} data rows",
  "source.table": "table {table}",
  "source.columns": "Columns",
  "source.column": "Column “{header}”",
  "source.blankHeader": "(no header)",
  "source.notUsed": "Not used",
  "assumptions.title": "Assumptions",
  "assumptions.campaign": "Campaign name",
  "assumptions.cpm": "CPM of other channels (value of 1,000 impressions)",
  "assumptions.cpmHelp":
    "Values 1,000 impressions on every channel the EMV rate card below does not list, and on every post when the posts have no channel column.",
  "assumptions.window": "Attribution window (days)",
  "assumptions.emv": "Count EMV as return (shown beside ROI, never mixed in)",
  "action.create": glossary.createButton,
  "action.refresh": "Refresh “{sheet}”",
  "status.reading": "Reading the selection…",
  "status.preparing": "Preparing the summary…",
  "status.computing": "Reading the full data: {done} of {total} rows…",
  "status.writing": "Writing the summary sheet…",
  "status.read": "{source}: {count} columns recognised.",
  "status.readOne": "{source}: 1 column recognised.",
  "status.created": "Created the sheet “{sheet}”.",
  "status.refreshed": "Refreshed the sheet “{sheet}”.",
  "status.rows": "{source}: {rows}.",
  "status.rowsSheet":
    "{source}: {rows}. The rows used are on the sheet “{sheet}”, which the summary reads; the source is unchanged.",
  "status.textRead":
    "{cells} cells held numbers or dates as text, such as “{text}”: that sheet holds them as numbers and dates, read as exports print them.",
  "status.barChart": "This Excel cannot draw a funnel chart, so the summary shows a bar chart.",
  "status.noSources": "Pick at least one source first.",
  "status.blocked": "Fix the problems shown under the sources, then try again.",
  "status.cpmMissing":
    "Enter the CPM of other channels: the value of 1,000 impressions on a channel the rate card does not list.",
  "status.cpmInvalid": "The CPM must be a number of 0 or more.",
  "status.windowInvalid": "The attribution window must be a whole number of days, 0 or more.",
  "status.rateInvalid": "EMV rate card, {channel}, {rate}: enter a number of 0 or more.",
  "rateCard.title": "EMV rate card",
  "rateCard.hint":
    "EMV has no industry standard: the CPM above and these rates are assumptions. Replace them with what the same reach would cost you as paid media.",
  "rateCard.show": "Rates per channel",
  "rateCard.showFound": "Rates per channel ({count} in your posts)",
  "rateCard.explain":
    "Value per 1,000 impressions (CPM), per repost, per comment and per like, in your workbook's currency. The starting rates are round US-dollar guesses, not published rates.",
  "rateCard.found":
    "Channels marked “in your posts” are named in the first rows of the posts; a channel not listed is valued as other channels.",
  "rateCard.noChannels":
    "The posts have no channel column (or none is picked), so every post is valued as other channels.",
  "rateCard.channel": "Channel",
  "rateCard.cpm": "CPM",
  "rateCard.perRepost": "Repost",
  "rateCard.perComment": "Comment",
  "rateCard.perLike": "Like",
  "rateCard.cpm.long": "value per 1,000 impressions (CPM)",
  "rateCard.perRepost.long": "value per repost",
  "rateCard.perComment.long": "value per comment",
  "rateCard.perLike.long": "value per like",
  "rateCard.field": "{channel}, {rate}",
  "rateCard.other": "Other channels",
  "rateCard.inPosts": "in your posts",
  "rateCard.otherCpm": "CPM set above",
  "status.failed": "Something went wrong: {detail}",
  "read.protectedSheet":
    "The sheet “{sheet}” is protected. The add-in only reads it, so that is fine.",
  "read.protectedWorkbook":
    "The workbook's structure is protected: unprotect it (Review › Protect Workbook) before creating the summary, which adds a sheet.",
  "problem.emptySelection": "The selection is empty. Select a cell inside your data and try again.",
  "problem.singleRow":
    "{address} is a single row. Select a block with a header row and at least one row of data.",
  "problem.tableWithoutHeader":
    "The table “{table}” has no header row. Turn on Table Design › Header Row and try again.",
  "problem.mergedHeader":
    "The header row has merged cells ({address}). Unmerge them so that each column has its own header.",
  "problem.protectedSheet": "The sheet “{sheet}” is protected. Unprotect it, then try again.",
  "problem.protectedWorkbook":
    "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook), then try again.",
  "problem.sourceGone":
    "The data at {address} is no longer there. Use the selection again for that source.",
  "problem.summaryGone": "The sheet “{sheet}” is no longer there. Create a new summary instead.",
  "problem.notOurSheet":
    "The sheet “{sheet}” was not created by this add-in, so it is left as it is.",
  "problem.refreshStopped":
    "The refresh of “{sheet}” stopped part way ({detail}), so the sheet is incomplete and says so in its first cell. Press Refresh again.",
  "problem.unsupportedExcel":
    "This version of Excel lacks {requirement}. Use Excel for Microsoft 365 or Excel on the web.",
  "problem.cellEditMode": "Excel is editing a cell. Press Enter or Esc, then try again.",
  "problem.excelError": "Excel reported: {detail}",
  "outside.title": "Open this pane in Excel",
  "outside.body":
    "This page is the task pane of the WOM KPIs add-in. It works inside Excel, where it reads your campaign data and writes a summary sheet.",
  "outside.step1": "Open a workbook in Excel for Microsoft 365 or Excel on the web.",
  "outside.step2": "Add the add-in: Home › Add-ins › My Add-ins, or upload manifest.xml.",
  "outside.step3": `On the Home tab, choose ${glossary.title}.`,
};

/** The name of every string the pane shows. */
export type PaneKey = keyof typeof pane;

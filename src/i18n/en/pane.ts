/** Every word the task pane shows, in English; its keys are the keys of every language's pane words. */
import { glossary } from "./glossary";

export const pane = {
  "app.title": glossary.title,
  "app.intro":
    "Pick your campaign data, check what each column holds, then create a word-of-mouth pyramid summary sheet.",
  "source.posts": "Posts",
  "source.posts.hint":
    "One row per post or per creator: creator, channel, impressions, reposts, comments, likes, cost, discount code.",
  "source.mentions": "Mentions",
  "source.mentions.hint":
    "One row per comment with a sentiment label or only its text, or columns of positive, neutral and negative counts, or 0-10 survey answers.",
  "source.orders": "Orders",
  "source.orders.hint":
    "One row per order: customer ID, date, revenue, discount code or UTM source.",
  "source.use": "Use current selection",
  "source.remove": "Remove",
  "source.where": "{where}: {rows} data rows",
  "source.table": "table {table}",
  "source.blankHeader": "(no header)",
  "assumptions.title": "Assumptions",
  "assumptions.campaign": "Campaign name",
  "assumptions.cpm": "CPM of other channels (value of 1,000 impressions)",
  "assumptions.window": "Attribution window (days)",
  "assumptions.emv": "Count EMV as return (shown beside ROI, never mixed in)",
  "assumptions.staffHours": "Staff time on the campaign (hours)",
  "assumptions.hourlyRate": "Staff cost per hour",
  "assumptions.doubtOrders": "Doubt a code's orders from one customer: at least this many",
  "assumptions.doubtShare": "…that are at least this share of the code's orders",
  "assumptions.doubtReach": "Doubt a code's orders above this many per impression",
  "assumptions.doubtHint":
    "Orders on a creator's code are also doubted when the creator placed them or placed before the first post. They are flagged on the summary, never removed.",
  "action.create": glossary.createButton,
  "action.refresh": "Refresh “{sheet}”",
  "status.reading": "Reading the selection…",
  "status.preparing": "Preparing the summary…",
  "status.writing": "Writing the summary sheet…",
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
  "status.staffInvalid": "Staff time and its cost per hour must be numbers of 0 or more.",
  "status.staffIncomplete": "Give both the staff hours and the cost per hour, or neither.",
  "status.doubtOrders": "One customer's orders must be a whole number of 1 or more, such as 3.",
  "status.doubtShare": "The share must be from 0 to 1 (or 0 % to 100 %), such as 20 %.",
  "status.doubtReach": "Orders per impression must be a number above 0, such as 0.01.",
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
  "status.betterKind": "{source}: this data looks like {other}, not {source}.",
  "status.noneRecognised":
    "{source}: no column recognised. Choose the columns below, or select other data.",
  "status.readMissing":
    "{source}: {count} columns recognised. Choose a column for each required measure.",
  "status.readProblems": "{source}: {count} columns recognised, with problems to fix below.",
  "status.rowsAdded":
    "{source}: {count} rows more than at the last reading, {rows} data rows in all.",
  "status.rowsRemoved":
    "{source}: {count} rows fewer than at the last reading, {rows} data rows in all.",
  "status.cancelled": "Stopped. Nothing was written.",
  "status.restoring": "Reading this workbook's sources again…",
  "status.readingSource": "Reading {source}…",
  "status.computingSource": "Reading {source}: {done} of {total} rows…",
  "status.cancelling": "Stopping…",
  "source.useAs": "Use as {other}",
  "source.wholeBlock": "Use all of {block}",
  "source.keepPart": "Keep {selected}",
  "source.tableTip":
    "Format the data as a table (Home › Format as Table) and every refresh takes in new rows exactly.",
  "source.keptPart": "Only {selected} is used, as you chose.",
  "source.recognised": "✓ {count} of {columns} columns recognised",
  "source.edit": "Edit",
  "source.done": "Done",
  "source.moreMeasures": "More measures ({count})",
  "source.required": "required",
  "source.optional": "optional",
  "source.noColumn": "Not in this data",
  "source.samples": "e.g. {values}",
  "source.noSamples": "no values in the first rows",
  "source.goToCell": "Go to {cell}",
  "source.measures": "Which column holds each measure",
  "assumptions.cpmAssumed":
    "8 is an assumption (the worked example's CPM): type what 1,000 impressions cost you as paid media.",
  "preview.title": "Preview",
  "preview.none": "The headline figures appear here as soon as a source can be used.",
  "preview.computing": "Computing from {source}: {done} of {total} rows…",
  "preview.failed": "No preview yet: fix the problems shown under the sources.",
  "preview.note": "From every row, before anything is written; the sheet gives the same figures.",
  "action.createAnother": "Create another summary",
  "action.cancel": "Cancel",
  "action.back": "Back",
  "confirm.second":
    "This workbook already has the summary “{sheet}”. Refresh it, or create a second summary?",
  "settings.label": "Settings",
  "help.link": "Help: the functions",
  "problem.cancelled": "Stopped.",
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
  "problem.partOfBlock":
    "{selected} is part of a larger block, {block}: the summary would leave out its other rows.",
  "problem.ownSheet":
    "“{sheet}” is the summary this add-in made: select your data on another sheet.",
  "problem.ownSheet.usedRows":
    "“{sheet}” holds the rows this add-in copied from a source for a summary: select your data on another sheet.",
  "outside.title": "Open this pane in Excel",
  "outside.body":
    "This page is the task pane of the WOM KPIs add-in. It works inside Excel, where it reads your campaign data and writes a summary sheet.",
  "outside.step1": "Open a workbook in Excel for Microsoft 365 or Excel on the web.",
  "outside.step2": "Add the add-in: Home › Add-ins › My Add-ins, or upload manifest.xml.",
  "outside.step3": `On the Home tab, choose ${glossary.title}.`,
  "lexicon.title": "Sentiment from comment text",
  "lexicon.automatic":
    "These mentions have no sentiment column, so the add-in labels each comment positive, neutral or negative from its text. A sentiment column, when you choose one, always wins.",
  "lexicon.own": "Your words (optional)",
  "lexicon.hint":
    "Two columns: a word or phrase, then its weight (such as 2, or −1.5 for a negative word); a first row such as “Word, Weight” is a header. Your words are added to the add-in's.",
  "lexicon.read": "{words} words from {range}",
  "lexicon.readOne": "1 word from {range}",
  "lexicon.problem": "Your words: {problem}.",
  "preview.labelled": "Labelled from comment text (automatic)",
  "preview.labelCounts": "{positive} positive · {neutral} neutral · {negative} negative",
  "status.rowsLabelled":
    "{source}: {rows}. The comments, labelled from their text, are on the sheet “{sheet}”, which the summary reads; the source is unchanged.",
  "problem.rangeTooLarge":
    "{address} has more than {rows} rows: select only your words and their weights.",
};

/** The name of every string the pane shows. */
export type PaneKey = keyof typeof pane;

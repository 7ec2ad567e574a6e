// What the pane should say in each language, written out here by hand rather than taken from src/i18n/.

export interface PaneLanguage {
  /** As the test names it. */
  name: string;
  /** What Office reports as its display language. */
  displayLanguage: string;
  /** The page's lang attribute. */
  locale: string;
  title: string;
  /** What each source's card says once the example's source is read: its columns recognised. */
  read: { posts: string; mentions: string; orders: string };
  /** The footer's main action once the summary exists. */
  refresh: string;
  refreshed: string;
  /** Told in the footer after three orders were typed under the example's 200 and Refresh pressed. */
  rowsAdded: string;
  /** The button that takes the whole block around Orders!A1:G50. */
  wholeBlock: string;
  emptySelection: string;
  /** The question before a second summary. */
  confirmSecond: string;
  /** Where each source of the example was found. */
  where: string[];
  notUsed: string;
  cpmMissing: string;
  /** The rate card's disclosure once the example's posts are read: four of its channels are in them. */
  rateCardToggle: string;
  /** What the pane says of 小红书's value per comment typed as -1. */
  rateInvalid: string;
  preparing: string;
  /** The last progress message while the example's 10 posts and 200 orders are read in full. */
  lastProgress: string;
  created: string;
  /** What the pane tells of the example's orders once the summary is made: every row used. */
  ordersTold: string;
  /** The summary sheet's tab, named in the language. */
  sheet: string;
  /** A campaign name a marketer of this language might type. */
  campaign: string;
}

export const LANGUAGES: PaneLanguage[] = [
  {
    name: "English",
    displayLanguage: "en-US",
    locale: "en",
    title: "Campaign summary",
    read: {
      // Every column of examples/posts.csv but Post ID.
      posts: "✓ 9 of 10 columns recognised",
      // Comment and Sentiment of examples/mentions.csv: the comment text, and the labels that win over it.
      mentions: "✓ 2 of 5 columns recognised",
      // Every column of examples/orders.csv: Order ID, Order date, Customer ID, Discount code, UTM source, Revenue, First exposure date.
      orders: "✓ 7 of 7 columns recognised",
    },
    refresh: "Refresh “Campaign Summary”",
    refreshed: "Refreshed the sheet “Campaign Summary”.",
    rowsAdded: "Orders: 3 rows more than at the last reading, 203 data rows in all.",
    wholeBlock: "Use all of A1:G204",
    emptySelection: "The selection is empty. Select a cell inside your data and try again.",
    confirmSecond:
      "This workbook already has the summary “Campaign Summary”. Refresh it, or create a second summary?",
    where: [
      "Posts!A1:J11: 10 data rows",
      "Mentions!A1:E1201: 1,200 data rows",
      "Orders!A1:G201: 200 data rows",
    ],
    notUsed: "Not used",
    cpmMissing:
      "Enter the CPM of other channels: the value of 1,000 impressions on a channel the rate card does not list.",
    rateCardToggle: "Rates per channel (4 in your posts)",
    rateInvalid: "EMV rate card, 小红书, value per comment: enter a number of 0 or more.",
    preparing: "Preparing the summary…",
    lastProgress: "Reading the full data: 210 of 210 rows…",
    created: "Created the sheet “Campaign Summary”.",
    ordersTold: "Orders: 200 rows besides the header: 200 used.",
    sheet: "Campaign Summary",
    campaign: "Early Bird coffee beans",
  },
  {
    name: "简体中文",
    displayLanguage: "zh-CN",
    locale: "zh-CN",
    title: "活动汇总",
    read: {
      posts: "✓ 已识别 9 列，共 10 列",
      mentions: "✓ 已识别 2 列，共 5 列",
      orders: "✓ 已识别 7 列，共 7 列",
    },
    refresh: "刷新“活动汇总”",
    refreshed: "已刷新工作表“活动汇总”。",
    rowsAdded: "订单：比上次读取多 3 行，共 203 行数据。",
    wholeBlock: "使用整个 A1:G204",
    emptySelection: "所选区域为空。请选中数据中的一个单元格后重试。",
    confirmSecond: "此工作簿已有汇总“活动汇总”。要刷新它，还是再创建一份？",
    where: [
      "Posts!A1:J11：10 行数据",
      "Mentions!A1:E1201：1,200 行数据",
      "Orders!A1:G201：200 行数据",
    ],
    notUsed: "不使用",
    cpmMissing: "请输入其他平台的 CPM：价值表未列出的平台每千次曝光的价值。",
    rateCardToggle: "各平台单价（帖子中有 4 个）",
    rateInvalid: "EMV 价值表，小红书，每条评论：请输入大于或等于 0 的数字。",
    preparing: "正在准备汇总…",
    lastProgress: "正在读取完整数据：第 210 行，共 210 行…",
    created: "已创建工作表“活动汇总”。",
    ordersTold: "订单：标题行以外共 200 行：使用 200 行",
    sheet: "活动汇总",
    campaign: "早鸟咖啡豆",
  },
  {
    name: "繁體中文",
    displayLanguage: "zh-TW",
    locale: "zh-TW",
    title: "活動摘要",
    read: {
      posts: "✓ 已辨識 9 欄，共 10 欄",
      mentions: "✓ 已辨識 2 欄，共 5 欄",
      orders: "✓ 已辨識 7 欄，共 7 欄",
    },
    refresh: "重新整理「活動摘要」",
    refreshed: "已重新整理工作表「活動摘要」。",
    rowsAdded: "訂單：比上次讀取多 3 列，共 203 列資料。",
    wholeBlock: "使用整個 A1:G204",
    emptySelection: "選取範圍是空的。請選取資料中的一個儲存格後再試一次。",
    confirmSecond: "此活頁簿已有摘要「活動摘要」。要重新整理它，還是再建立一份？",
    where: [
      "Posts!A1:J11：10 列資料",
      "Mentions!A1:E1201：1,200 列資料",
      "Orders!A1:G201：200 列資料",
    ],
    notUsed: "不使用",
    cpmMissing: "請輸入其他平台的 CPM：價值表未列出的平台每千次曝光的價值。",
    rateCardToggle: "各平台單價（貼文中有 4 個）",
    rateInvalid: "EMV 價值表，小红书，每則評論：請輸入大於或等於 0 的數字。",
    preparing: "正在準備摘要…",
    lastProgress: "正在讀取完整資料：第 210 列，共 210 列…",
    created: "已建立工作表「活動摘要」。",
    ordersTold: "訂單：標題列以外共 200 列：使用 200 列",
    sheet: "活動摘要",
    campaign: "早鳥咖啡豆",
  },
];

/** Office's task pane backgrounds: the White theme's and the Black theme's. */
export const THEMES = [
  { name: "light", bodyBackgroundColor: "#FFFFFF", dark: false, rgb: "rgb(255, 255, 255)" },
  { name: "dark", bodyBackgroundColor: "#262626", dark: true, rgb: "rgb(38, 38, 38)" },
];

/** Every word the pane shows, in English, 简体中文 and 繁體中文, with the same keys in each. */
import { Locale } from "../cells/messages";

const english = {
  "app.title": "Campaign summary",
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
  "assumptions.cpm": "Industry CPM (cost per 1,000 impressions)",
  "assumptions.window": "Attribution window (days)",
  "assumptions.emv": "Count EMV as return (shown beside ROI, never mixed in)",
  "action.create": "Create summary",
  "action.refresh": "Refresh “{sheet}”",
  "status.reading": "Reading the selection…",
  "status.preparing": "Preparing the summary…",
  "status.computing": "Reading the full data: {done} of {total} rows…",
  "status.writing": "Writing the summary sheet…",
  "status.read": "{source}: {count} columns recognised.",
  "status.readOne": "{source}: 1 column recognised.",
  "status.created": "Created the sheet “{sheet}”.",
  "status.refreshed": "Refreshed the sheet “{sheet}”.",
  "status.barChart": "This Excel cannot draw a funnel chart, so the summary shows a bar chart.",
  "status.noSources": "Pick at least one source first.",
  "status.blocked": "Fix the problems shown under the sources, then try again.",
  "status.cpmMissing": "Enter the industry CPM: EMV is impressions / 1,000 × CPM.",
  "status.cpmInvalid": "The CPM must be a number of 0 or more.",
  "status.windowInvalid": "The attribution window must be a whole number of days, 0 or more.",
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
  "problem.unsupportedExcel":
    "This version of Excel lacks {requirement}. Use Excel for Microsoft 365 or Excel on the web.",
  "problem.cellEditMode": "Excel is editing a cell. Press Enter or Esc, then try again.",
  "problem.excelError": "Excel reported: {detail}",
  "outside.title": "Open this pane in Excel",
  "outside.body":
    "This page is the task pane of the WOM KPIs add-in. It works inside Excel, where it reads your campaign data and writes a summary sheet.",
  "outside.step1": "Open a workbook in Excel for Microsoft 365 or Excel on the web.",
  "outside.step2": "Add the add-in: Home › Add-ins › My Add-ins, or upload manifest.xml.",
  "outside.step3": "On the Home tab, choose Campaign summary.",
};

/** The name of every string the pane shows. */
export type StringKey = keyof typeof english;

/** One language's strings. */
export type Strings = Record<StringKey, string>;

const simplified: Strings = {
  "app.title": "活动汇总",
  "app.intro": "选择活动数据，核对每一列的含义，然后生成口碑金字塔汇总表。",
  "language.label": "语言",
  "source.posts": "帖子",
  "source.posts.hint":
    "每行一篇帖子或一位博主：博主、平台、曝光量、转发、评论、点赞、成本、优惠码。",
  "source.mentions": "提及",
  "source.mentions.hint":
    "每行一条评论并带情感标签；或正面、中性、负面数量各一列；或 0-10 分的调研答案。",
  "source.orders": "订单",
  "source.orders.hint": "每行一笔订单：客户编号、日期、销售额、优惠码或 UTM 来源。",
  "source.use": "使用当前选择",
  "source.remove": "移除",
  "source.none": "尚未选择：选中数据中的一个单元格，然后使用当前选择。",
  "source.where": "{where}：{rows} 行数据",
  "source.table": "表格 {table}",
  "source.columns": "列",
  "source.column": "列“{header}”",
  "source.blankHeader": "（无标题）",
  "source.notUsed": "不使用",
  "assumptions.title": "假设",
  "assumptions.campaign": "活动名称",
  "assumptions.cpm": "行业 CPM（每千次曝光成本）",
  "assumptions.window": "归因窗口（天）",
  "assumptions.emv": "将 EMV 计为回报（与 ROI 并列显示，不混入）",
  "action.create": "生成汇总",
  "action.refresh": "刷新“{sheet}”",
  "status.reading": "正在读取所选区域…",
  "status.preparing": "正在准备汇总…",
  "status.computing": "正在读取完整数据：第 {done} 行，共 {total} 行…",
  "status.writing": "正在写入汇总表…",
  "status.read": "{source}：识别出 {count} 列。",
  "status.readOne": "{source}：识别出 1 列。",
  "status.created": "已创建工作表“{sheet}”。",
  "status.refreshed": "已刷新工作表“{sheet}”。",
  "status.barChart": "此版本 Excel 无法绘制漏斗图，汇总改用条形图。",
  "status.noSources": "请先选择至少一个数据来源。",
  "status.blocked": "请先解决各数据来源下列出的问题，然后重试。",
  "status.cpmMissing": "请输入行业 CPM：EMV = 曝光量 / 1000 × CPM。",
  "status.cpmInvalid": "CPM 必须是大于或等于 0 的数字。",
  "status.windowInvalid": "归因窗口必须是大于或等于 0 的整数天数。",
  "status.failed": "出现问题：{detail}",
  "read.protectedSheet": "工作表“{sheet}”受保护。加载项只读取它，这没有问题。",
  "read.protectedWorkbook":
    "工作簿结构受保护：生成汇总会添加工作表，请先取消保护（审阅 › 保护工作簿）。",
  "problem.emptySelection": "所选区域为空。请选中数据中的一个单元格后重试。",
  "problem.singleRow": "{address} 只有一行。请选择带标题行且至少有一行数据的区域。",
  "problem.tableWithoutHeader": "表格“{table}”没有标题行。请在“表设计 › 标题行”中打开后重试。",
  "problem.mergedHeader": "标题行中有合并单元格（{address}）。请取消合并，使每列都有自己的标题。",
  "problem.protectedSheet": "工作表“{sheet}”受保护。请取消保护后重试。",
  "problem.protectedWorkbook":
    "工作簿结构受保护，无法添加工作表。请取消保护（审阅 › 保护工作簿）后重试。",
  "problem.sourceGone": "{address} 处的数据已不存在。请为该来源重新使用当前选择。",
  "problem.summaryGone": "工作表“{sheet}”已不存在。请生成新的汇总。",
  "problem.notOurSheet": "工作表“{sheet}”不是由此加载项创建的，因此保持不变。",
  "problem.unsupportedExcel":
    "此版本 Excel 不支持 {requirement}。请使用 Microsoft 365 版 Excel 或 Excel 网页版。",
  "problem.cellEditMode": "Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。",
  "problem.excelError": "Excel 报告：{detail}",
  "outside.title": "请在 Excel 中打开此窗格",
  "outside.body":
    "此页面是“口碑指标”加载项的任务窗格，需在 Excel 中使用：它读取活动数据并写入汇总表。",
  "outside.step1": "在 Microsoft 365 版 Excel 或 Excel 网页版中打开工作簿。",
  "outside.step2": "添加加载项：开始 › 加载项 › 我的加载项，或上传 manifest.xml。",
  "outside.step3": "在“开始”选项卡中选择“活动汇总”。",
};

const traditional: Strings = {
  "app.title": "活動摘要",
  "app.intro": "選取活動資料，確認每一欄的內容，然後建立口碑金字塔摘要工作表。",
  "language.label": "語言",
  "source.posts": "貼文",
  "source.posts.hint":
    "每列一篇貼文或一位創作者：創作者、平台、曝光量、轉發、評論、按讚、成本、折扣碼。",
  "source.mentions": "提及",
  "source.mentions.hint":
    "每列一則評論並附情感標籤；或正面、中性、負面數量各一欄；或 0-10 分的問卷答案。",
  "source.orders": "訂單",
  "source.orders.hint": "每列一筆訂單：客戶編號、日期、銷售額、折扣碼或 UTM 來源。",
  "source.use": "使用目前選取範圍",
  "source.remove": "移除",
  "source.none": "尚未選取：選取資料中的一個儲存格，然後使用目前選取範圍。",
  "source.where": "{where}：{rows} 列資料",
  "source.table": "表格 {table}",
  "source.columns": "欄",
  "source.column": "欄「{header}」",
  "source.blankHeader": "（無標題）",
  "source.notUsed": "不使用",
  "assumptions.title": "假設",
  "assumptions.campaign": "活動名稱",
  "assumptions.cpm": "產業 CPM（每千次曝光成本）",
  "assumptions.window": "歸因期間（天）",
  "assumptions.emv": "將 EMV 計為報酬（與 ROI 並列顯示，不混入）",
  "action.create": "建立摘要",
  "action.refresh": "重新整理「{sheet}」",
  "status.reading": "正在讀取選取範圍…",
  "status.preparing": "正在準備摘要…",
  "status.computing": "正在讀取完整資料：第 {done} 列，共 {total} 列…",
  "status.writing": "正在寫入摘要工作表…",
  "status.read": "{source}：辨識出 {count} 欄。",
  "status.readOne": "{source}：辨識出 1 欄。",
  "status.created": "已建立工作表「{sheet}」。",
  "status.refreshed": "已重新整理工作表「{sheet}」。",
  "status.barChart": "此版本 Excel 無法繪製漏斗圖，摘要改用橫條圖。",
  "status.noSources": "請先選取至少一個資料來源。",
  "status.blocked": "請先解決各資料來源下列出的問題，然後再試一次。",
  "status.cpmMissing": "請輸入產業 CPM：EMV = 曝光量 / 1000 × CPM。",
  "status.cpmInvalid": "CPM 必須是大於或等於 0 的數字。",
  "status.windowInvalid": "歸因期間必須是大於或等於 0 的整數天數。",
  "status.failed": "發生問題：{detail}",
  "read.protectedSheet": "工作表「{sheet}」受保護。增益集只讀取它，這沒有問題。",
  "read.protectedWorkbook":
    "活頁簿結構受保護：建立摘要會新增工作表，請先取消保護（校閱 › 保護活頁簿）。",
  "problem.emptySelection": "選取範圍是空的。請選取資料中的一個儲存格後再試一次。",
  "problem.singleRow": "{address} 只有一列。請選取含標題列且至少有一列資料的範圍。",
  "problem.tableWithoutHeader":
    "表格「{table}」沒有標題列。請在「表格設計 › 標題列」中開啟後再試一次。",
  "problem.mergedHeader": "標題列中有合併儲存格（{address}）。請取消合併，讓每欄都有自己的標題。",
  "problem.protectedSheet": "工作表「{sheet}」受保護。請取消保護後再試一次。",
  "problem.protectedWorkbook":
    "活頁簿結構受保護，無法新增工作表。請取消保護（校閱 › 保護活頁簿）後再試一次。",
  "problem.sourceGone": "{address} 的資料已不存在。請為該來源重新使用目前選取範圍。",
  "problem.summaryGone": "工作表「{sheet}」已不存在。請建立新的摘要。",
  "problem.notOurSheet": "工作表「{sheet}」不是由此增益集建立的，因此保持不變。",
  "problem.unsupportedExcel":
    "此版本 Excel 不支援 {requirement}。請使用 Microsoft 365 版 Excel 或 Excel 網頁版。",
  "problem.cellEditMode": "Excel 正在編輯儲存格。請按 Enter 或 Esc 後再試一次。",
  "problem.excelError": "Excel 回報：{detail}",
  "outside.title": "請在 Excel 中開啟此窗格",
  "outside.body":
    "此頁面是「口碑指標」增益集的工作窗格，需在 Excel 中使用：它讀取活動資料並寫入摘要工作表。",
  "outside.step1": "在 Microsoft 365 版 Excel 或 Excel 網頁版中開啟活頁簿。",
  "outside.step2": "新增增益集：常用 › 增益集 › 我的增益集，或上傳 manifest.xml。",
  "outside.step3": "在「常用」索引標籤中選擇「活動摘要」。",
};

/** The strings of every language the pane speaks. */
export const STRINGS: Record<Locale, Strings> = {
  en: english,
  "zh-CN": simplified,
  "zh-TW": traditional,
};

/** The languages, each named in itself, in the order the language switch lists them. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

/** Values for the {placeholders} of a string. */
export type Params = Record<string, string | number>;

/** A string in the given language with its {placeholders} filled; numbers get the language's separators. */
export function text(locale: Locale, key: StringKey, params: Params = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}

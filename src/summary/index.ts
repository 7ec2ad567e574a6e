/**
 * The summary's one public entry, for the pane, the report and the workbook writers: the sources'
 * vocabulary, recognising and checking their columns, the pipeline that makes the sheet's plan,
 * and the plan's types. The stages behind it:
 *   model/      the catalogues (measures, figures, formats, the rate card) and the types of sources, problems and plans
 *   rows/       where a table starts, and which rows are used or left out, and why
 *   recognise/  which column holds which measure, from headers and a sample
 *   check/      what is wrong with the picked sources, before anything is read in full
 *   compute/    the figures from every row, in one streaming pass
 *   formulas/   the native formula of each figure, and what each formula cell shows
 *   layout/     the sheet: pyramid, panels, tables, styles and its name
 */
export {
  isDateMeasure,
  isIdentityText,
  isNumericMeasure,
  MEASURES_BY_KIND,
  SOURCE_KINDS,
} from "./model/measures";
export type { Measure, SourceKind } from "./model/measures";
export type {
  Assumptions,
  ChannelRates,
  ColumnMapping,
  CommentLabels,
  MappedSource,
  MergedDown,
  RateCard,
  SourceTable,
  StaffTime,
} from "./model/source";
export { CREATOR_FIGURES, figureFormat, LABEL_FIGURES, TIER_FIGURES, TIERS } from "./model/figures";
export type {
  CalculatedFigure,
  CodeAudit,
  ComputedFigures,
  CreatorFigures,
  FigureKey,
  SummaryFigures,
  Tier,
} from "./model/figures";
export {
  DATE,
  DATE_TIME,
  LEADERBOARD_FORMATS,
  RATE_CARD as RATE_CARD_FORMAT,
} from "./model/formats";
export { POINTS_PER_LINE } from "./model/plan";
export type {
  CellContent,
  CellPlan,
  CellStyle,
  ChartPlan,
  MergePlan,
  SheetPlan,
  TrafficLightRule,
} from "./model/plan";
export { isSourceProblem } from "./model/problems";
export type { SourceProblem } from "./model/problems";
export { sourceOf } from "./model/availability";
export { DEFAULT_RATE_CARD } from "./model/rate-card";
export { matchColumns, recognizeColumns, synonymsOf } from "./recognise/columns";
export type { Synonym } from "./recognise/columns";
export { OTHER_CHANNEL_NAMES, RATE_CARD_SYNONYMS } from "./recognise/synonyms";
export { mappingFromChoices, sourceProblems } from "./check/source-problems";
export { formulaCellValue } from "./formulas/cell-values";
export { rowAccountText } from "./layout/header";
export { codeAuditLine } from "./layout/code-audit";
export { MAX_SHEET_NAME_LENGTH, uniqueSheetName } from "./layout/sheet-name";
export { INPUT_LOOK, TRAFFIC_LIGHTS, trafficLightBands } from "./layout/styles";
export type { Light } from "./layout/styles";
export {
  extraHeaderTexts,
  findTableStart,
  HEADER_SEARCH_ROWS,
  tableStartAt,
} from "./rows/table-start";
export type { TableStart } from "./rows/table-start";
export { isBlankRow, isTotalsRow, newAccount, RowSorter } from "./rows/row-sorter";
export { mappedColumns, mayNeedUsedRows, UsedRows, usedRowsSource } from "./rows/used-rows";
export type { SortedRows, TextRead } from "./rows/used-rows";
export { CommentLabeller, withLabelColumns } from "./rows/comment-labels";
export type { LabelCells, LabellerOptions } from "./rows/comment-labels";
export { needsCommentLabels } from "./model/availability";
export { LEFT_OUT_REASONS } from "./model/row-account";
export type { LeftOutReason, RowAccount } from "./model/row-account";
export type { Refusal, RefusedColumn } from "./recognise/columns";
export { makeSummary } from "./pipeline";
export type { AddRows, RowReader, Summary, SummaryOptions } from "./pipeline";

/** Where the parts of the summary sheet sit: its columns, 0-based, and their widths. */

/** Labels of the header, the assumptions, the tables and the pyramid's widest tier start here. */
export const LABEL_COLUMN = 1;
/** The pyramid's values and the assumptions' input cells start here. */
export const VALUE_COLUMN = 6;
/** Labels of the panel beside the pyramid (retention, funnel). */
export const SIDE_LABEL = 12;
/** Values of the panel beside the pyramid. */
export const SIDE_VALUE = 13;
/**
 * Widths in characters, index = column. L, between the pyramid and the panel beside it, is as wide
 * as a figure: the leaderboard's eleventh column, its ROI, lands there.
 */
export const COLUMN_WIDTHS = [2, 16, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 26, 14, 14];

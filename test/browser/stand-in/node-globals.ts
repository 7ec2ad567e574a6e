// The Node global the stand-in workbook's files use, as far as they use it, for the browser bundle.

/** Buffer.byteLength of a string, counted in UTF-8 as Node counts it. */
export const Buffer = {
  byteLength: (text: string): number => new TextEncoder().encode(text).length,
};

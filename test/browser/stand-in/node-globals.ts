// The two Node globals the stand-in workbook's files use, as far as they use them, for the browser bundle.

/** Jest's module mocks are resolved by the bundler's alias instead, so a mock call does nothing here. */
export const jest = { mock: (): void => undefined };

/** Buffer.byteLength of a string, counted in UTF-8 as Node counts it. */
export const Buffer = {
  byteLength: (text: string): number => new TextEncoder().encode(text).length,
};

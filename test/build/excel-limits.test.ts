// The functions metadata within what Excel shows: its function dialogs take 255 characters of a function's
// description and 255 of each argument's, the limit of the strings Excel registers a function with.
import { builtMetadata } from "../support/metadata";

const LOCALES: { file: string }[] = require("../../scripts/localized-metadata").LOCALES;

const DESCRIPTION_LIMIT = 255;

describe.each(["functions.json", ...LOCALES.map(({ file }) => file)])("dist/%s", (file) => {
  // Excel counts UTF-16 code units, which String.length gives: one per Chinese character in use here.
  it(`describes every function in at most ${DESCRIPTION_LIMIT} characters`, () => {
    const tooLong = builtMetadata(file)
      .functions.filter((f) => f.description.length > DESCRIPTION_LIMIT)
      .map((f) => `${f.id}: ${f.description.length}`);
    expect(tooLong).toEqual([]);
  });

  it(`describes every parameter in at most ${DESCRIPTION_LIMIT} characters`, () => {
    const tooLong = builtMetadata(file).functions.flatMap((f) =>
      f.parameters
        .filter((p) => (p.description ?? "").length > DESCRIPTION_LIMIT)
        .map((p) => `${f.id}.${p.name}: ${p.description.length}`)
    );
    expect(tooLong).toEqual([]);
  });
});

import { fileFormula } from "../../../src/cli/write/future-functions";

describe("fileFormula", () => {
  it("prefixes functions added after Excel 2007, as the file format stores them", () => {
    expect(fileFormula("NORM.S.INV(0.975)*SQRT(B2)")).toBe("_xlfn.NORM.S.INV(0.975)*SQRT(B2)");
    expect(fileFormula("IFNA(A1,0)+stdev.s(B1:B2)")).toBe("_xlfn.IFNA(A1,0)+_xlfn.stdev.s(B1:B2)");
  });

  it("leaves Excel 2007 functions, text in quotes and prefixed names alone", () => {
    expect(fileFormula('COUNTIF(A:A,"NORM.S.INV(")+SUM(B1)')).toBe(
      'COUNTIF(A:A,"NORM.S.INV(")+SUM(B1)'
    );
    expect(fileFormula("_xlfn.NORM.S.INV(0.975)")).toBe("_xlfn.NORM.S.INV(0.975)");
    expect(fileFormula("NORMSINV(0.975)")).toBe("NORMSINV(0.975)");
  });
});

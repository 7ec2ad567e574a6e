/**
 * Functions added after Excel 2007 are stored in the file as "_xlfn.NAME" (MS-XLSX 2.2.2): Excel adds
 * the prefix when a formula is typed, but a file written directly must carry it, or Excel shows #NAME?.
 */

// Excel 2010, 2013 and 2016 functions a summary could use; the list follows MS-XLSX's future functions.
const FUTURE_FUNCTIONS = new Set(
  [
    "AGGREGATE BETA.DIST BETA.INV BINOM.DIST BINOM.INV CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT",
    "CHISQ.INV CHISQ.INV.RT CHISQ.TEST CONFIDENCE.NORM CONFIDENCE.T COVARIANCE.P COVARIANCE.S",
    "ERF.PRECISE ERFC.PRECISE EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FLOOR.PRECISE",
    "GAMMA.DIST GAMMA.INV GAMMALN.PRECISE HYPGEOM.DIST LOGNORM.DIST LOGNORM.INV MODE.MULT MODE.SNGL",
    "NEGBINOM.DIST NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV PERCENTILE.EXC PERCENTILE.INC",
    "PERCENTRANK.EXC PERCENTRANK.INC POISSON.DIST QUARTILE.EXC QUARTILE.INC RANK.AVG RANK.EQ",
    "STDEV.P STDEV.S T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST VAR.P VAR.S WEIBULL.DIST Z.TEST",
    "ACOT ACOTH ARABIC BASE BINOM.DIST.RANGE BITAND BITLSHIFT BITOR BITRSHIFT BITXOR CEILING.MATH",
    "COMBINA COT COTH CSC CSCH DAYS DECIMAL FLOOR.MATH FORMULATEXT GAMMA GAUSS IFNA ISFORMULA",
    "ISOWEEKNUM MUNIT NUMBERVALUE PDURATION PERMUTATIONA PHI RRI SEC SECH SHEET SHEETS SKEW.P",
    "UNICHAR UNICODE XOR CONCAT FORECAST.LINEAR IFS MAXIFS MINIFS SWITCH TEXTJOIN",
  ]
    .join(" ")
    .split(" ")
);

const FUNCTION_CALL = /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g;

/** The formula as the file stores it: future functions prefixed with "_xlfn.", text in quotes left alone. */
export function fileFormula(formula: string): string {
  // Splitting on quotes puts string literals at the odd indexes ("" inside a literal splits harmlessly).
  return formula
    .split('"')
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(FUNCTION_CALL, (match, before: string, name: string) =>
            FUTURE_FUNCTIONS.has(name.toUpperCase()) ? `${before}_xlfn.${name}` : match
          )
    )
    .join('"');
}

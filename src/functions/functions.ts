// The functions bundle's entry: importing each group puts its functions in the bundle. Each group's
// JSDoc is its functions' help in Excel: custom-functions-metadata-plugin turns it into functions.json
// (scripts/function-sources.js lists the files that declare functions). Ranges are any[][], the
// generator's only type that keeps blanks as blanks; cells/ checks every cell before kpi/ computes.
import "./volume";
import "./sentiment";
import "./comment-sentiment";
import "./action";
import "./code-flags";
import "./retention";
import "./cohorts";
import "./growth";
import "./service";
import "./intervals";

/** wom-report as a function: arguments in, text out, an exit code back; the executable only wires it to the process. */
import path from "path";
import { Locale, LOCALES, reportProblemMessage, sourceProblemMessage, wordsOf } from "../i18n";
import { HELP, parseArguments } from "./arguments";
import { figuresJson } from "./print/json-output";
import { inputsJson, renderInputs } from "./print/inputs";
import { renderSummary } from "./print/terminal-table";
import { ReportError } from "./problems";
import { ProgressStream } from "./progress";
import { summarise } from "./summarise";

/** Where the report writes: the table or JSON to `stdout`; progress, warnings and problems to `stderr`. */
export interface ReportIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  /** The time the sheet says it was made; now, unless a test fixes it. */
  now?: Date;
  /** The locale whose short dates order numeric dates no date of a column tells; the runtime's unless a test fixes it. */
  dateLocale?: string;
}

/** Exit codes: 0 done, 1 a problem with the data or the files, 2 a problem with the command line. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

const USAGE_PROBLEMS = new Set([
  "unknownOption",
  "missingValue",
  "badNumber",
  "badThreshold",
  "badChoice",
  "noSources",
  "cpmWithRateCard",
]);

const COLUMN_PROBLEMS = new Set(["noRecognisedColumn", "missingColumn"]);

// The language of messages is known before the arguments are checked, so even their problems speak it.
function requestedLocale(argv: string[]): Locale {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "en";
  const value = argv[at].includes("=") ? argv[at].split("=")[1] : argv[at + 1];
  return LOCALES.find((locale) => locale.toLowerCase() === value?.toLowerCase()) ?? "en";
}

/** Runs the report and returns the process's exit code; every problem ends in one line on stderr. */
export async function runReport(argv: string[], io: ReportIo): Promise<number> {
  let locale = requestedLocale(argv);
  try {
    const options = parseArguments(argv);
    locale = options.locale;
    if (options.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const result = await summarise(options, io.stderr, io.now, io.dateLocale);
    for (const warning of result.warnings)
      io.stderr.write(`wom-report: ${sourceProblemMessage(warning, locale)}\n`);
    if (options.json) {
      const json = { ...figuresJson(result.figures), sources: inputsJson(result.inputs) };
      io.stdout.write(JSON.stringify(json, null, 2) + "\n");
    } else {
      io.stdout.write(renderSummary(result.figures, result.assumptions, locale));
      io.stdout.write("\n" + renderInputs(result.inputs, locale));
    }
    if (options.out) {
      const written = wordsOf(locale).report.written(path.resolve(options.out));
      (options.json ? io.stderr : io.stdout).write(`${written}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ReportError) {
      const { problem } = error;
      // "Choose what each column holds" is the pane's way; the command line's is --map.
      const choose =
        problem.kind === "source" && COLUMN_PROBLEMS.has(problem.problem.code)
          ? ` ${wordsOf(locale).report.inputs.howToMap}`
          : "";
      io.stderr.write(`wom-report: ${reportProblemMessage(problem, locale)}${choose}\n`);
      return USAGE_PROBLEMS.has(problem.kind) ? EXIT.usage : EXIT.problem;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`wom-report: ${message.split("\n")[0]}\n`);
    return EXIT.problem;
  }
}

/**
 * What the workbook remembers of the pane, so that reopening it restores the sources, their
 * columns, the assumptions, the user's words and the summary to refresh. Kept as JSON in the
 * workbook's settings; a source (or the user's words) is remembered by its table or address,
 * never by its rows.
 */
import { Measure, SOURCE_KINDS, SourceKind, SourceTable } from "../../summary";
import { AssumptionInput, DOUBT_DEFAULTS } from "./pane";

/** One remembered source: where it is and the measure chosen for each of its columns. */
export interface RememberedSource {
  /** The source's table without its sample: enough to read it again where it is. */
  table: Omit<SourceTable, "sample">;
  choices: (Measure | null)[];
  /** True when the user kept a part of a larger block: it is read again at the same address. */
  keptPart?: boolean;
}

/** The pane as the workbook remembers it. */
export interface PaneMemory {
  version: typeof VERSION;
  sources: RememberedSource[];
  assumptions: AssumptionInput;
  summarySheet?: string;
  usedRowsSheets?: string[];
  /** The range of the user's words for labelling comment text. */
  lexicon?: { sheet: string; address: string };
}

const VERSION = 1;

/** The memory as JSON text for the workbook's settings. */
export function memoryText(memory: Omit<PaneMemory, "version">): string {
  return JSON.stringify({ version: VERSION, ...memory });
}

/**
 * The memory in a setting's text, or undefined when there is none or it cannot be trusted (another
 * version, damaged): the pane then opens empty rather than half restored.
 */
export function parseMemory(text: string | undefined): PaneMemory | undefined {
  if (text === undefined || text === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== VERSION || !Array.isArray(value.sources))
    return undefined;
  if (!isAssumptions(value.assumptions)) return undefined;
  const sources = value.sources.filter(isRememberedSource);
  if (sources.length !== value.sources.length) return undefined;
  const assumptions = { staffHours: "", hourlyRate: "", ...DOUBT_DEFAULTS, ...value.assumptions };
  const memory: PaneMemory = { version: VERSION, sources, assumptions };
  if (typeof value.summarySheet === "string") memory.summarySheet = value.summarySheet;
  if (isStrings(value.usedRowsSheets)) memory.usedRowsSheets = value.usedRowsSheets;
  const { lexicon } = value;
  if (isRecord(lexicon) && typeof lexicon.sheet === "string" && typeof lexicon.address === "string")
    memory.lexicon = { sheet: lexicon.sheet, address: lexicon.address };
  return memory;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

// Assumptions that came later: a workbook remembered before them has none.
const LATER = ["staffHours", "hourlyRate", "doubtOrders", "doubtShare", "doubtReach"] as const;
type Later = (typeof LATER)[number];

// As remembered: the later assumptions may be missing.
type RememberedAssumptions = Omit<AssumptionInput, Later> & Partial<Pick<AssumptionInput, Later>>;

function isAssumptions(value: unknown): value is RememberedAssumptions {
  if (!isRecord(value) || !isRecord(value.rates)) return false;
  const texts =
    ["campaignName", "cpm", "windowDays"].every((key) => typeof value[key] === "string") &&
    LATER.every((key) => value[key] === undefined || typeof value[key] === "string");
  return (
    texts &&
    typeof value.emvAsReturn === "boolean" &&
    isRecord(value.rates.channels) &&
    isRecord(value.rates.other)
  );
}

function isRememberedSource(value: unknown): value is RememberedSource {
  if (!isRecord(value) || !isRecord(value.table) || !Array.isArray(value.choices)) return false;
  const { table } = value;
  return (
    SOURCE_KINDS.includes(table.kind as SourceKind) &&
    typeof table.sheet === "string" &&
    typeof table.address === "string" &&
    isStrings(table.headers) &&
    typeof table.rowCount === "number" &&
    value.choices.length === table.headers.length
  );
}

/** A progress bar on standard error: redrawn in place on a terminal, a line per tenth on large piped inputs. */

/** Where progress goes: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Inputs from this size on get progress lines even when standard error is not a terminal. */
export const LARGE_INPUT_BYTES = 32 * 1024 * 1024;

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/** Reports how much of the input has been read. */
export class Progress {
  private drawn = false;
  private lastTenth = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: ProgressStream,
    private readonly totalBytes: number,
    private readonly label: string
  ) {
    this.enabled = Boolean(stream.isTTY) || totalBytes >= LARGE_INPUT_BYTES;
  }

  /** Records that `bytes` of all inputs have been read. */
  update(bytes: number, file: string): void {
    if (!this.enabled || this.totalBytes === 0) return;
    const fraction = Math.min(bytes / this.totalBytes, 1);
    if (this.stream.isTTY) this.redraw(fraction, file);
    else this.announceTenth(fraction, file);
  }

  /** Ends the bar's line. */
  done(): void {
    if (this.drawn) this.stream.write("\n");
  }

  private redraw(fraction: number, file: string): void {
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && fraction < 1) return;
    this.lastDraw = now;
    this.drawn = true;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    this.stream.write(`\r${this.label} ${bar} ${percent(fraction)} ${file}\x1b[K`);
  }

  private announceTenth(fraction: number, file: string): void {
    const tenth = Math.floor(fraction * 10);
    if (tenth <= this.lastTenth) return;
    this.lastTenth = tenth;
    this.stream.write(`${this.label} ${percent(tenth / 10)} ${file}\n`);
  }
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`.padStart(4);
}

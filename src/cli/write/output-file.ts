/** Where the workbook goes: checked before any reading, written to a temporary file, renamed into place on success. */
import fs from "fs";
import path from "path";
import { fail } from "../problems";

/** Refuses an output that is not .xlsx, whose folder is missing, that is an input, or that exists without --force. */
export function checkOutput(out: string, inputs: string[], force: boolean): void {
  if (!/\.xlsx$/i.test(out)) fail({ kind: "outputNotXlsx", file: out });
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    fail({ kind: "outputFolderMissing", file: out });
  if (inputs.some((input) => sameFile(input, out))) fail({ kind: "outputIsInput", file: out });
  if (fs.existsSync(out) && !force) fail({ kind: "outputExists", file: out });
}

// Links and different spellings of one path are the same file: compare device and inode when both exist.
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [first, second] = [fs.statSync(a), fs.statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** A temporary path beside the output, so that the final rename stays on one file system. */
export function temporaryPath(out: string): string {
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${unique}.tmp`);
}

/** Moves the finished temporary file onto the output path. */
export async function moveIntoPlace(temporary: string, out: string): Promise<void> {
  await fs.promises.rename(temporary, out);
}

/** Removes a temporary file left by a run that failed; a file already gone is fine. */
export async function removeTemporary(temporary: string): Promise<void> {
  await fs.promises.rm(temporary, { force: true });
}

/** A progress line for large files: one updating line on a terminal, a few lines in CI logs. */
import { type Language, messages } from "../i18n/index.ts";

/** Files smaller than this get no progress line. */
const LARGE = 16 * 1024 * 1024;

/** A progress callback `(file, read, total)` plus `done()` to end the line. */
export function progressReporter(out: NodeJS.WriteStream, language: Language = "nl"): ((file: string, read: number, total: number) => void) & { done(): void } {
  let lastFile = "";
  let lastStep = -1;
  const report = (file: string, read: number, total: number) => {
    if (total < LARGE) return;
    const percent = Math.floor((read / total) * 100);
    const step = out.isTTY ? percent : Math.floor(percent / 25);
    if (file === lastFile && step === lastStep) return;
    lastFile = file;
    lastStep = step;
    const text = messages(language).load.reading(file, percent, (total / 1048576).toFixed(0));
    if (out.isTTY) out.write(`\r${text}`);
    else out.write(`${text}\n`);
  };
  return Object.assign(report, { done: () => void (out.isTTY && lastFile ? out.write("\n") : undefined) });
}

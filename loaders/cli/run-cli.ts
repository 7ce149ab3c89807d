/** The edge of every CLI: expected errors print as one clear message, never a stack trace. */
import { type Language, messages } from "../i18n/index.ts";
import { errorText } from "../model/load-error.ts";

/**
 * Runs `main`; on error prints `error: <message>` in the reader's language (`language()`, asked
 * only then, so it can read the data description the command was pointed at; stack only with
 * KLANTBEELD_DEBUG=1) and exits 1.
 */
export async function runCli(main: () => Promise<void>, language: () => Language = () => "nl"): Promise<void> {
  try {
    await main();
  } catch (error) {
    const lang = language();
    console.error(`${messages(lang).cli.error}: ${errorText(error, lang)}`);
    if (process.env.KLANTBEELD_DEBUG === "1" && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}

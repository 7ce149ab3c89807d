/** The edge of every CLI: expected errors print as one clear message, never a stack trace. */

/** Runs `main`; on error prints `error: <message>` (stack only with KLANTBEELD_DEBUG=1) and exits 1. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: ${message}`);
    if (process.env.KLANTBEELD_DEBUG === "1" && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}

/**
 * An error meant for the person who supplied the data: its message names the file, line and
 * column and what was expected, and the CLI prints it without a stack trace.
 */
export class LoadError extends Error {
  override readonly name = "LoadError";
}

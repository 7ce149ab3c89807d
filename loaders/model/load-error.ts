/**
 * An error meant for the person who supplied the data: its message names the file, line and
 * column and what was expected, and the CLI prints it without a stack trace.
 *
 * Messages come from the catalogue: a loader throws `new LoadError((t) => t.load.noFileMatches(…))`;
 * `message` holds the English text (the wire format logs and tests read), and the CLI prints
 * `error.text(language)` in the reader's language. A plain string stays as it is in every language
 * (messages not yet in the catalogue, e.g. the engines').
 */
import { type Language, type Messages, messages } from "../i18n/index.ts";

/** A message written from the catalogue of the reader's language. */
export type Localized = (t: Messages, language: Language) => string;

export class LoadError extends Error {
  override readonly name: string = "LoadError";
  readonly #render: Localized | null;

  constructor(message: string | Localized) {
    super(typeof message === "string" ? message : message(messages("en"), "en"));
    this.#render = typeof message === "string" ? null : message;
  }

  /** The message in `language` (the English text for a message that is not in the catalogue). */
  text(language: Language): string {
    return this.#render ? this.#render(messages(language), language) : this.message;
  }
}

/** An error's message for a reader of `language`: a `LoadError` from the catalogue, else its own message. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof LoadError) return error.text(language);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The schemas stay language-free: a custom check's message is a code of the catalogue's `schema`
 * area (`schema.custom`), and the values it names travel in `params`. The text is written where
 * issues become errors (`lib/issue-text.ts`), in the reader's language.
 */
import type { SchemaCode } from "../i18n/index.ts";

/** The message of a custom check: its catalogue code (a missing code fails the type check). */
export function code(c: SchemaCode): string {
  return c;
}


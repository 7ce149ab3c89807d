/**
 * One clear message for whatever an engine throws: which source or engine, what went wrong in
 * words, and what to fix — never a stack trace, never a password or a URL's credentials.
 */
import type { Messages } from "../i18n/index.ts";
import { LoadError } from "../model/load-error.ts";
import { CLICKHOUSE_ENV } from "./clickhouse.ts";

/** Codes of engine errors, by what the reader should fix (the words from the catalogue's `engine` area). */
const CAUSES: { test: (code: string, text: string) => boolean; say: (t: Messages["engine"]) => string }[] = [
  {
    test: (code, text) => ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ECONNRESET", "ETIMEDOUT"].includes(code) || /timeout|socket hang up|fetch failed/i.test(text),
    say: (t) => t.unreachable(CLICKHOUSE_ENV.url),
  },
  {
    test: (code, text) => ["192", "193", "194", "516"].includes(code) || /wrong password|password is incorrect|authentication failed|unknown user/i.test(text),
    say: (t) => t.refusedLogin(CLICKHOUSE_ENV.username, CLICKHOUSE_ENV.password),
  },
  { test: (code, text) => ["60", "81"].includes(code) || /table .* doesn't exist|does not exist|catalog error/i.test(text), say: (t) => t.noTable },
  { test: (code, text) => ["47", "16"].includes(code) || /unknown identifier|missing columns|not found in/i.test(text), say: (t) => t.noColumn },
  { test: (code) => ["62"].includes(code), say: (t) => t.badSql },
  { test: (code) => ["241"].includes(code), say: (t) => t.outOfMemory },
];

/** Removes every secret from `text`: password, user name and any `user:password@` in a URL. */
export function scrub(text: string, env: Record<string, string | undefined>): string {
  let out = text.replace(/\/\/[^/@\s]+@/g, "//");
  for (const name of [CLICKHOUSE_ENV.password, CLICKHOUSE_ENV.username]) {
    const secret = env[name];
    if (secret) out = out.split(secret).join("***");
  }
  return out;
}

/** The `LoadError` to show for `error` thrown while loading from `engine` (source named when known). */
export function engineFailure(error: unknown, engine: string, env: Record<string, string | undefined>, source?: string): LoadError {
  if (error instanceof LoadError) return new LoadError((_, language) => scrub(error.text(language), env));
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const text = `${String(e?.message ?? "")} ${String(e?.cause?.message ?? "")}`;
  const code = String(e?.code ?? e?.cause?.code ?? /Code: (\d+)/.exec(text)?.[1] ?? "");
  const cause = CAUSES.find((c) => c.test(code, text));
  const detail = text.split("\n")[0]!.replace(/, e\.what\(\) = .*/, "").replace(/\s+/g, " ").trim().slice(0, 240);
  return new LoadError(({ engine: t }) => {
    const who = source === undefined ? t.engine(engine) : t.source(source, engine);
    return scrub(`${who}: ${cause ? cause.say(t) : t.refused}${detail ? ` (${detail})` : ""}`, env);
  });
}

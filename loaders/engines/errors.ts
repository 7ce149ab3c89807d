/**
 * One clear message for whatever an engine throws: which source or engine, what went wrong in
 * words, and what to fix — never a stack trace, never a password or a URL's credentials.
 */
import { LoadError } from "../model/load-error.ts";
import { CLICKHOUSE_ENV } from "./clickhouse.ts";

/** Codes of engine errors, by what the reader should fix. */
const CAUSES: { test: (code: string, text: string) => boolean; say: string }[] = [
  {
    test: (code, text) => ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ECONNRESET", "ETIMEDOUT"].includes(code) || /timeout|socket hang up|fetch failed/i.test(text),
    say: `cannot reach the server; check ${CLICKHOUSE_ENV.url} and that the server is up`,
  },
  {
    test: (code, text) => ["192", "193", "194", "516"].includes(code) || /wrong password|password is incorrect|authentication failed|unknown user/i.test(text),
    say: `the server refused the user name or password; check the ${CLICKHOUSE_ENV.username} and ${CLICKHOUSE_ENV.password} secrets`,
  },
  { test: (code, text) => ["60", "81"].includes(code) || /table .* doesn't exist|does not exist|catalog error/i.test(text), say: "the table or database does not exist; check table/query in data/klantbeeld.yaml" },
  { test: (code, text) => ["47", "16"].includes(code) || /unknown identifier|missing columns|not found in/i.test(text), say: "a column is missing; check columns in data/klantbeeld.yaml" },
  { test: (code) => ["62"].includes(code), say: "the query in data/klantbeeld.yaml is not valid SQL for this engine" },
  { test: (code) => ["241"].includes(code), say: "the server ran out of memory for the query" },
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
  if (error instanceof LoadError) return new LoadError(scrub(error.message, env));
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const text = `${String(e?.message ?? "")} ${String(e?.cause?.message ?? "")}`;
  const code = String(e?.code ?? e?.cause?.code ?? /Code: (\d+)/.exec(text)?.[1] ?? "");
  const cause = CAUSES.find((c) => c.test(code, text));
  const who = source === undefined ? `engine ${engine}` : `source "${source}" (engine ${engine})`;
  const detail = text.split("\n")[0]!.replace(/, e\.what\(\) = .*/, "").replace(/\s+/g, " ").trim().slice(0, 240);
  return new LoadError(scrub(`${who}: ${cause?.say ?? "the engine refused the query"}${detail ? ` (${detail})` : ""}`, env));
}

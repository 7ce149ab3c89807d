/**
 * POSTs (or PATCHes, GETs) JSON with a timeout and retries. Its errors never contain the address:
 * webhook URLs are secrets (the token is in the path), so a failure says only what went wrong —
 * `HTTP 500 (3 pogingen)`, `time-out na 10 s`, `netwerkfout (ECONNREFUSED)`.
 *
 * Retries: a 429 or 5xx answer and a refused or reset connection are tried again, at most twice,
 * after `Retry-After` when the server sends one (seconds or a date; longer than `maxWaitMs` gives
 * up at once) and otherwise after 1 s, then 2 s. A time-out is retried only for GET: a POST that
 * timed out may have arrived, and sending it again would post the message twice.
 */
import { type Language, messages } from "../i18n/index.ts";

/** A failed request; the message is safe to print (no URL, no response body). */
export class ChannelError extends Error {
  override readonly name = "ChannelError";
}

/** Options of `requestJson`. */
export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH";
  headers?: Record<string, string>;
  /** Abort one attempt after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts after a retryable failure (default 2). */
  retries?: number;
  /** First back-off in milliseconds, doubled per retry (default 1 000). */
  backoffMs?: number;
  /** Longest wait a `Retry-After` may ask for (default 60 000 ms). */
  maxWaitMs?: number;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Injected for tests; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Language of the error texts (Dutch by default). */
  language?: Language;
}

/** Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const retryableStatus = (status: number) => status === 429 || status >= 500;

type Attempt = { kind: "response"; response: Response } | { kind: "error"; error: ChannelError; retryable: boolean };

async function attempt(url: string, body: unknown, options: RequestOptions): Promise<Attempt> {
  const t = messages(options.language ?? "nl").digest.send;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const method = options.method ?? "POST";
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { "content-type": "application/json", ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
    return { kind: "response", response };
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError") return { kind: "error", error: new ChannelError(t.timeout(timeoutMs / 1000)), retryable: method === "GET" };
    const code = typeof e.cause?.code === "string" && /^[A-Z_]+$/.test(e.cause.code) ? e.cause.code : t.unknownCode;
    return { kind: "error", error: new ChannelError(t.network(code)), retryable: code === "ECONNREFUSED" || code === "ECONNRESET" || code === "UND_ERR_SOCKET" };
  }
}

/** Sends `body` as JSON and returns the parsed JSON response (or null for an empty or non-JSON body). */
export async function requestJson(url: string, body: unknown, options: RequestOptions = {}): Promise<unknown> {
  const retries = options.retries ?? 2;
  const sleep = options.sleep ?? realSleep;
  const maxWait = options.maxWaitMs ?? 60_000;
  const t = messages(options.language ?? "nl").digest.send;
  for (let n = 0; ; n++) {
    const result = await attempt(url, body, options);
    const tries = n === 0 ? "" : ` (${t.tries(n + 1)})`;
    let wait = (options.backoffMs ?? 1000) * 2 ** n;
    if (result.kind === "error") {
      if (!result.retryable || n >= retries) throw new ChannelError(`${result.error.message}${tries}`);
    } else {
      const { response } = result;
      let text: string;
      try {
        text = await response.text();
      } catch {
        throw new ChannelError(response.ok ? t.unreadable : `HTTP ${response.status}${tries}`);
      }
      if (response.ok) {
        try {
          return text ? (JSON.parse(text) as unknown) : null;
        } catch {
          return null;
        }
      }
      if (!retryableStatus(response.status) || n >= retries) throw new ChannelError(`HTTP ${response.status}${tries}`);
      const asked = retryAfterMs(response.headers.get("retry-after"));
      if (asked !== null && asked > maxWait) throw new ChannelError(`HTTP ${response.status}: ${t.waitAsked(Math.ceil(asked / 1000))}${tries}`);
      if (asked !== null) wait = asked;
    }
    await sleep(wait);
  }
}

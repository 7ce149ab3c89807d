/**
 * POSTs (or PATCHes, GETs) JSON with a timeout. Its errors never contain the address: webhook
 * URLs are secrets (the token is in the path), so a failure says only what went wrong —
 * `HTTP 500`, `time-out na 10 s`, `netwerkfout (ECONNREFUSED)`.
 */

/** A failed request; the message is safe to print (no URL, no response body). */
export class ChannelError extends Error {
  override readonly name = "ChannelError";
}

/** Options of `requestJson`. */
export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH";
  headers?: Record<string, string>;
  /** Abort after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** Sends `body` as JSON and returns the parsed JSON response (or null for an empty or non-JSON body). */
export async function requestJson(url: string, body: unknown, options: RequestOptions = {}): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: options.method ?? "POST",
      headers: { "content-type": "application/json", ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError") throw new ChannelError(`time-out na ${timeoutMs / 1000} s`);
    const code = typeof e.cause?.code === "string" && /^[A-Z_]+$/.test(e.cause.code) ? e.cause.code : "onbekend";
    throw new ChannelError(`netwerkfout (${code})`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ChannelError(response.ok ? "antwoord onleesbaar" : `HTTP ${response.status}`);
  }
  if (!response.ok) throw new ChannelError(`HTTP ${response.status}`);
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

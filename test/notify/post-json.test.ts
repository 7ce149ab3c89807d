/** Retries of the channel posts against loopback servers: 429 with Retry-After, 503 then 200, time-outs. */
import { afterEach, describe, expect, it } from "vitest";
import { ChannelError, requestJson, retryAfterMs } from "../../loaders/notify/post-json.ts";
import { reply, startServer } from "./server.ts";

const WEBHOOK_PATH = "/services/T000/B000/SECRETTOKEN";
let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
/** A server answering the n-th request with `answers[n]` (the last one repeats); `null` never answers. */
async function sequence(answers: ({ status: number; headers?: Record<string, string> } | null)[]) {
  let n = 0;
  const s = await startServer((_, res) => {
    const a = answers[Math.min(n++, answers.length - 1)];
    if (a === null || a === undefined) return;
    res.writeHead(a.status, { "content-type": "application/json", ...a.headers });
    res.end(a.status < 300 ? JSON.stringify({ ok: true }) : "");
  });
  servers.push(s);
  return s;
}
/** A sleep that records what it was asked for and returns at once. */
const recorder = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe("retryAfterMs", () => {
  it.each([
    ["2", 2000],
    [" 0 ", 0],
    ["Sun, 06 Dec 2026 03:00:05 GMT", 5000],
    ["Sun, 06 Dec 2026 02:59:00 GMT", 0],
    ["soon", null],
    [null, null],
  ])("%j → %j ms", (header, ms) => {
    expect(retryAfterMs(header, Date.parse("2026-12-06T03:00:00Z"))).toBe(ms);
  });
});

describe("requestJson retries", () => {
  it("429 with Retry-After: waits what the server asks, then succeeds", async () => {
    const s = await sequence([{ status: 429, headers: { "retry-after": "2" } }, { status: 200 }]);
    const { waits, sleep } = recorder();
    expect(await requestJson(s.base + WEBHOOK_PATH, { text: "x" }, { sleep })).toEqual({ ok: true });
    expect(waits).toEqual([2000]);
    expect(s.requests.map((r) => r.body)).toEqual([{ text: "x" }, { text: "x" }]);
  });

  it("honours Retry-After in real time (1 s)", async () => {
    const s = await sequence([{ status: 429, headers: { "retry-after": "1" } }, { status: 200 }]);
    const started = performance.now();
    await requestJson(s.base + WEBHOOK_PATH, {});
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(s.requests).toHaveLength(2);
  });

  it("503 then 200: backs off 1 s and succeeds", async () => {
    const s = await sequence([{ status: 503 }, { status: 200 }]);
    const { waits, sleep } = recorder();
    expect(await requestJson(s.base + WEBHOOK_PATH, {}, { sleep })).toEqual({ ok: true });
    expect(waits).toEqual([1000]);
  });

  it("gives up after two retries (1 s, then 2 s) with a message naming the attempts, never the URL", async () => {
    const s = await sequence([{ status: 502 }]);
    const { waits, sleep } = recorder();
    const error = (await requestJson(s.base + WEBHOOK_PATH, {}, { sleep }).catch((e: unknown) => e)) as Error;
    expect(error).toEqual(new ChannelError("HTTP 502 (3 pogingen)"));
    expect(waits).toEqual([1000, 2000]);
    expect(s.requests).toHaveLength(3);
    expect(error.message).not.toContain("SECRETTOKEN");
  });

  it("does not retry a 400, and gives up at once when Retry-After asks for longer than the limit", async () => {
    const bad = await sequence([{ status: 400 }]);
    await expect(requestJson(bad.base, {}, { sleep: recorder().sleep })).rejects.toThrow(new ChannelError("HTTP 400"));
    expect(bad.requests).toHaveLength(1);
    const busy = await sequence([{ status: 429, headers: { "retry-after": "3600" } }]);
    await expect(requestJson(busy.base, {}, { sleep: recorder().sleep })).rejects.toThrow(new ChannelError("HTTP 429: de dienst vraagt 3600 s te wachten"));
    expect(busy.requests).toHaveLength(1);
  });

  it("a POST that times out is not sent again (it may have arrived); a GET is", async () => {
    const post = await sequence([null]);
    const started = performance.now();
    await expect(requestJson(post.base + WEBHOOK_PATH, {}, { timeoutMs: 150, sleep: recorder().sleep })).rejects.toThrow(new ChannelError("time-out na 0.15 s"));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(post.requests).toHaveLength(1);
    const get = await sequence([null]);
    await expect(requestJson(get.base, undefined, { method: "GET", timeoutMs: 150, sleep: recorder().sleep })).rejects.toThrow(new ChannelError("time-out na 0.15 s (3 pogingen)"));
    expect(get.requests).toHaveLength(3);
  });
});

describe("reply helper", () => {
  it("is the one the other sender tests use", async () => {
    const s = await startServer((_, res) => reply(res, 204));
    servers.push(s);
    expect(await requestJson(s.base, {})).toBeNull();
  });
});

describe("requestJson in English", () => {
  it("says what went wrong in the message's language, still without the address", async () => {
    const s = await sequence([{ status: 500 }]);
    const { sleep } = recorder();
    const error = await requestJson(`${s.base}${WEBHOOK_PATH}`, {}, { sleep, language: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as Error).message).toBe("HTTP 500 (3 attempts)");
    const dutch = await requestJson(`${s.base}${WEBHOOK_PATH}`, {}, { sleep }).catch((e: unknown) => e);
    expect((dutch as Error).message).toBe("HTTP 500 (3 pogingen)");
  });
});

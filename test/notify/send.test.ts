import { afterEach, describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { upsertMonthlyIssue } from "../../loaders/notify/github-issue.ts";
import { ChannelError, requestJson } from "../../loaders/notify/post-json.ts";
import { configuredChannels, sendDigest } from "../../loaders/notify/send.ts";
import { sendSlack } from "../../loaders/notify/slack.ts";
import { sendTeams } from "../../loaders/notify/teams.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";
import { reply, startServer } from "./server.ts";

const D = digest(currentBundle(), previousBundle(), { siteUrl: "https://example.github.io/klantbeeld/", today: "2026-12-20" });
const SECRET_PATH = "/workflows/abc123/triggers/manual/paths/invoke?sig=TOPSECRET";
let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const serve = async (...args: Parameters<typeof startServer>) => {
  const s = await startServer(...args);
  servers.push(s);
  return s;
};
const recorder = () => {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) } };
};

describe("senders against a local server", () => {
  it("Teams: POSTs the card as JSON to the webhook", async () => {
    const s = await serve((_, res) => reply(res, 202));
    await sendTeams(s.base + SECRET_PATH, D);
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.method).toBe("POST");
    expect(s.requests[0]!.url).toBe(SECRET_PATH);
    expect(s.requests[0]!.headers["content-type"]).toBe("application/json");
    expect((s.requests[0]!.body as { type: string }).type).toBe("message");
  });

  it("Slack: POSTs the blocks", async () => {
    const s = await serve((_, res) => reply(res, 200));
    await sendSlack(`${s.base}/services/T0/B0/XYZ`, D);
    expect((s.requests[0]!.body as { blocks: unknown[] }).blocks.length).toBeGreaterThan(3);
  });

  it("fails with a message that holds no URL: HTTP 500, time-out, refused connection", async () => {
    const s500 = await serve((_, res) => reply(res, 500, { error: "boom" }));
    await expect(requestJson(s500.base + SECRET_PATH, {}, { backoffMs: 1 })).rejects.toThrow(new ChannelError("HTTP 500 (3 pogingen)"));
    expect(s500.requests).toHaveLength(3);
    const slow = await serve(() => undefined); // never answers
    await expect(requestJson(slow.base + SECRET_PATH, {}, { timeoutMs: 200 })).rejects.toThrow(new ChannelError("time-out na 0.2 s"));
    const closed = await serve((_, res) => reply(res, 200));
    const address = closed.base;
    await closed.close();
    servers = servers.filter((x) => x !== closed);
    const error = await requestJson(address + SECRET_PATH, {}, { backoffMs: 1 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as Error).message).toBe("netwerkfout (ECONNREFUSED) (3 pogingen)");
  });
});

describe("sendDigest", () => {
  it("knows the configured channels from the environment", () => {
    expect(configuredChannels({ SLACK_WEBHOOK_URL: "x", KLANTBEELD_NOTIFY_ISSUE: "true", TEAMS_WEBHOOK_URL: "" })).toEqual(["slack", "github-issue"]);
  });

  it("turns a failing channel into a warning without the URL, and still sends the others", async () => {
    const bad = await serve((_, res) => reply(res, 500));
    const slow = await serve(() => undefined);
    const good = await serve((_, res) => reply(res, 200));
    const teams = bad.base + SECRET_PATH;
    const { lines, log } = recorder();
    const results = await sendDigest(D, { TEAMS_WEBHOOK_URL: teams, SLACK_WEBHOOK_URL: `${slow.base}/services/SECRET` }, log, { timeoutMs: 200, backoffMs: 1 });
    expect(results).toEqual([
      { channel: "teams", ok: false, detail: "HTTP 500 (3 pogingen)" },
      { channel: "slack", ok: false, detail: "time-out na 0.2 s" },
    ]);
    expect(lines).toEqual([
      "warning: Teams: maandrapport niet verstuurd (HTTP 500 (3 pogingen)). De publicatie van het dashboard gaat gewoon door.",
      "warning: Slack: maandrapport niet verstuurd (time-out na 0.2 s). De publicatie van het dashboard gaat gewoon door.",
    ]);
    for (const line of lines) {
      expect(line).not.toContain("127.0.0.1");
      expect(line).not.toContain("SECRET");
    }
    const ok = await sendDigest(D, { SLACK_WEBHOOK_URL: `${good.base}/services/SECRET` }, recorder().log);
    expect(ok).toEqual([{ channel: "slack", ok: true, detail: "verstuurd" }]);
  });

  it("warns when the issue channel lacks its token", async () => {
    const { lines, log } = recorder();
    await sendDigest(D, { KLANTBEELD_NOTIFY_ISSUE: "true" }, log);
    expect(lines).toEqual(["warning: GitHub-issue: maandrapport niet verstuurd (GITHUB_TOKEN en GITHUB_REPOSITORY zijn nodig). De publicatie van het dashboard gaat gewoon door."]);
  });

  it("says so when no channel is configured", async () => {
    const { lines, log } = recorder();
    expect(await sendDigest(D, {}, log)).toEqual([]);
    expect(lines[0]).toMatch(/^info: Geen meldingskanalen ingesteld/);
  });
});

describe("the monthly GitHub issue", () => {
  /** A fake issues API: `existing` issues, records creates and updates. */
  const fakeApi = (existing: { number: number; title: string; labels?: string[]; pull_request?: unknown }[]) =>
    serve((req, res) => {
      const url = new URL(req.url, "http://x");
      if (req.method === "GET") {
        const label = url.searchParams.get("labels");
        return reply(res, 200, existing.filter((i) => !label || i.labels?.includes(label)));
      }
      if (req.method === "POST") return reply(res, 201, { number: 42 });
      return reply(res, 200, {});
    });

  it("creates the month's issue with title, label and the Markdown digest", async () => {
    const api = await fakeApi([{ number: 7, title: "Klantbeeld maandrapport 2026-10", pull_request: {} }]);
    const r = await upsertMonthlyIssue({ token: "ghs_token", repository: "acme/klantbeeld", apiUrl: api.base }, D);
    expect(r).toEqual({ number: 42, action: "created" });
    const post = api.requests.find((q) => q.method === "POST")!;
    expect(post.url).toBe("/repos/acme/klantbeeld/issues");
    expect(post.headers.authorization).toBe("Bearer ghs_token");
    expect(post.body).toMatchObject({ title: "Klantbeeld maandrapport 2026-10", labels: ["klantbeeld"] });
    expect((post.body as { body: string }).body).toMatch(/^## Klantbeeld maandrapport 2026-10\n/);
  });

  it("updates an existing issue of the month instead of opening a duplicate (found by label, else by title)", async () => {
    const byLabel = await fakeApi([{ number: 5, title: "Klantbeeld maandrapport 2026-10", labels: ["klantbeeld"] }]);
    expect(await upsertMonthlyIssue({ token: "t", repository: "acme/klantbeeld", apiUrl: byLabel.base }, D)).toEqual({ number: 5, action: "updated" });
    expect(byLabel.requests.map((q) => `${q.method} ${q.url.split("?")[0]}`)).toEqual(["GET /repos/acme/klantbeeld/issues", "PATCH /repos/acme/klantbeeld/issues/5"]);
    const byTitle = await fakeApi([{ number: 9, title: "Klantbeeld maandrapport 2026-10" }, { number: 8, title: "Klantbeeld maandrapport 2026-09" }]);
    expect(await upsertMonthlyIssue({ token: "t", repository: "acme/klantbeeld", apiUrl: byTitle.base }, D)).toEqual({ number: 9, action: "updated" });
  });

  it("reports an API failure as a warning through sendDigest, without the token", async () => {
    const api = await serve((_, res) => reply(res, 403, { message: "Resource not accessible by integration" }));
    const { lines, log } = recorder();
    await sendDigest(D, { KLANTBEELD_NOTIFY_ISSUE: "true", GITHUB_TOKEN: "ghs_verysecret", GITHUB_REPOSITORY: "acme/klantbeeld", GITHUB_API_URL: api.base }, log);
    expect(lines).toEqual(["warning: GitHub-issue: maandrapport niet verstuurd (HTTP 403). De publicatie van het dashboard gaat gewoon door."]);
  });
});

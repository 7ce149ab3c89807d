import { afterEach, describe, expect, it } from "vitest";
import { failureHeadline, failureMessage, safeReason } from "../../loaders/notify/failure.ts";
import { sendMessage } from "../../loaders/notify/send.ts";
import { reply, startServer } from "./server.ts";

const RUN = "https://github.com/acme/klantbeeld/actions/runs/4242";
const WEBHOOK = "https://prod.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=S3CRETSIG";

describe("safeReason", () => {
  it.each([
    ["2026-12-02T05:17:09.1234567Z error: data/winkels/winkels-2026-10.csv:812:4: column \"Bedrag\": expected a number like 1.234,56", "error: data/winkels/winkels-2026-10.csv:812:4: column “…”: expected a number like …"],
    ["##[error]protect: access: password (data/klantbeeld.yaml) needs the site key in KLANTBEELD_ACCESS_KEY", "protect: access: password (data/klantbeeld.yaml) needs the site key in KLANTBEELD_ACCESS_KEY"],
    ["error: customer 'K-00012345' spent € 12.345,67 on 2026-10-03", "error: customer “…” spent … on 2026-10-03"],
    [`Error: POST ${WEBHOOK} failed`, "Error: POST [adres] failed"],
    ["##[error]Process completed with exit code 1.", "Process completed with exit code 1."],
    ["error: revenue 1234567 exceeds 5 % in 12 files", "error: revenue … exceeds 5 % in 12 files"],
  ])("%s", (line, expected) => {
    expect(safeReason(line)).toBe(expected);
  });

  it("masks secrets and cuts long lines to 300 characters", () => {
    expect(safeReason("error: token ghs_abcdefghijkl leaked", ["ghs_abcdefghijkl"])).toBe("error: token *** leaked");
    expect(safeReason(`error: ${"x".repeat(400)}`)).toHaveLength(300);
  });
});

describe("failureHeadline", () => {
  it.each([
    [{ build: "failure", deploy: "skipped", digest: "skipped" }, "Dashboard niet bijgewerkt"],
    [{ build: "success", deploy: "failure" }, "Dashboard niet bijgewerkt"],
    [{ build: "success", deploy: "success", digest: "failure", export: "success" }, "Maandrapport niet (volledig) verstuurd"],
    [{ build: "success", deploy: "success", digest: "success", export: "failure" }, "Campagnelijsten niet gemaakt"],
  ])("%j → %s", (results, headline) => {
    expect(failureHeadline(results)).toBe(headline);
  });
});

describe("failureMessage", () => {
  const f = { results: { build: "failure", deploy: "skipped" }, job: "build", step: "Load data and build the site", reason: `error: data/webshop/webshop-2026.csv:19:3: amount "1.234,56" at ${WEBHOOK}`, runUrl: RUN };

  it("says what did not happen, where, why (cleaned) and links the run, in every channel", () => {
    const m = failureMessage(f, [WEBHOOK]);
    expect(m.markdown).toBe(
      [
        "## Klantbeeld: dashboard niet bijgewerkt",
        "",
        "- **Waar**: job “build”, stap “Load data and build the site”",
        "- **Reden**: error: data/webshop/webshop-2026.csv:19:3: amount “…” at ***",
        `- **Run**: ${RUN}`,
        "",
        "Het vorige dashboard blijft online.",
        "",
      ].join("\n"),
    );
    expect(m.issue).toEqual({ title: "Klantbeeld: dashboard niet bijgewerkt", body: m.markdown, reopen: true });
    for (const payload of [m.teams, m.slack, m.issue]) {
      const text = JSON.stringify(payload);
      expect(text).not.toContain("S3CRETSIG");
      expect(text).not.toContain("logic.azure.com");
      expect(text).not.toContain("1.234,56");
      expect(text).toContain(RUN);
    }
  });

  it("goes out to Teams, Slack and the (reopened) GitHub issue; a failing channel is reported", async () => {
    const teams = await startServer((_, res) => reply(res, 202));
    const slack = await startServer((_, res) => reply(res, 404));
    const api = await startServer((req, res) => (req.method === "GET" ? reply(res, 200, [{ number: 3, title: "Klantbeeld: dashboard niet bijgewerkt", labels: ["klantbeeld"] }]) : reply(res, 200, {})));
    servers.push(teams, slack, api);
    const lines: string[] = [];
    const env = { TEAMS_WEBHOOK_URL: `${teams.base}/hook`, SLACK_WEBHOOK_URL: `${slack.base}/services/SECRET`, KLANTBEELD_NOTIFY_ISSUE: "true", GITHUB_TOKEN: "ghs_tokentoken", GITHUB_REPOSITORY: "acme/klantbeeld", GITHUB_API_URL: api.base };
    const results = await sendMessage(failureMessage(f), env, { info: (l) => lines.push(l), warning: (l) => lines.push(`warning: ${l}`) }, { backoffMs: 1 });
    expect(results).toEqual([
      { channel: "teams", ok: true, detail: "verstuurd" },
      { channel: "slack", ok: false, detail: "HTTP 404" },
      { channel: "github-issue", ok: true, detail: "issue #3 bijgewerkt" },
    ]);
    expect(lines).toContain("warning: Slack: storingsmelding niet verstuurd (HTTP 404).");
    const card = JSON.stringify(teams.requests[0]!.body);
    expect(card).toContain("⚠️ Klantbeeld: dashboard niet bijgewerkt");
    expect(api.requests.find((r) => r.method === "PATCH")!.body).toMatchObject({ state: "open" });
  });
});

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

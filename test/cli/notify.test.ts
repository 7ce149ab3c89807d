import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { asBundleFile, currentBundle, previousBundle } from "../notify/fixtures.ts";
import { reply, startServer } from "../notify/server.ts";

const CLI = new URL("../../loaders/cli/notify.ts", import.meta.url).pathname;
const exec = promisify(execFile);

function files() {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-notify-"));
  writeFileSync(join(dir, "bundle.json"), JSON.stringify(asBundleFile(currentBundle())));
  writeFileSync(join(dir, "previous.json"), JSON.stringify(asBundleFile(previousBundle())));
  return dir;
}

async function notify(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|KLANTBEELD_|TEAMS_|SLACK_)/.test(k)));
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...clean, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe("npm run notify", () => {
  it("--dry-run prints the digest and sends nothing", async () => {
    const dir = files();
    const r = await notify(["--dry-run", "--bundle", join(dir, "bundle.json"), "--previous", join(dir, "previous.json"), "--today", "2026-12-20"], {
      KLANTBEELD_SITE_URL: "https://example.github.io/klantbeeld/",
      SLACK_WEBHOOK_URL: "http://127.0.0.1:9/never",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Klantbeeld maandrapport 2026-10\n/);
    expect(r.stdout).toContain("| Netto-omzet | €\u00A0121.000 | ▲ +10\u202F% (gunstig) | ▲ +21\u202F% (gunstig) |");
    expect(r.stdout).toContain("Netto-omzet over september 2026 is herzien");
    expect(r.stderr).toBe("proefdraai: niets verstuurd (zou versturen naar: slack)\n");
  });

  it("--dry-run with KLANTBEELD_LANGUAGE=en writes the digest and its log line in English", async () => {
    const dir = files();
    const r = await notify(["--dry-run", "--bundle", join(dir, "bundle.json"), "--previous", join(dir, "previous.json"), "--today", "2026-12-20"], {
      KLANTBEELD_LANGUAGE: "en",
      SLACK_WEBHOOK_URL: "http://127.0.0.1:9/never",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Klantbeeld monthly report 2026-10\n/);
    expect(r.stdout).toContain("### Key figures October 2026");
    expect(r.stdout).toMatch(/\| Net revenue \| €121,000 \| ▲ \+10\s?% \(favourable\) \|/);
    expect(r.stdout).toContain("Net revenue for September 2026 has been revised: was €108,000, now €110,000.");
    expect(r.stderr).toBe("dry run: nothing sent (would send to: slack)\n");
  });

  it("links to the monthly report PDF given in KLANTBEELD_REPORT_URL (the report job's artifact page)", async () => {
    const dir = files();
    const url = "https://github.com/acme/klantbeeld/actions/runs/123/artifacts/456";
    const r = await notify(["--dry-run", "--bundle", join(dir, "bundle.json"), "--today", "2026-12-20"], { KLANTBEELD_REPORT_URL: url });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`📄 [Maandrapport als PDF](${url}) (te downloaden voor wie de repository kan lezen)\n`);
    const without = await notify(["--dry-run", "--bundle", join(dir, "bundle.json"), "--today", "2026-12-20"], {});
    expect(without.stdout).not.toContain("Maandrapport als PDF");
  });

  it("in Actions: writes the job summary with the channels' outcome, warns about a failing webhook without its URL, exits 1", async () => {
    const server = await startServer((_, res) => reply(res, 500));
    close = server.close;
    const dir = files();
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    const webhook = `${server.base}/workflows/SECRETPATH/invoke?sig=SIGNATURE`;
    const r = await notify(["--bundle", join(dir, "bundle.json"), "--today", "2026-12-20"], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      TEAMS_WEBHOOK_URL: webhook,
      KLANTBEELD_PREVIOUS_BUNDLE: join(dir, "missing.json"),
    });
    expect(r.code).toBe(1);
    expect(server.requests).toHaveLength(3); // two retries after the 500
    const written = readFileSync(summary, "utf8");
    expect(written).toMatch(/^## Klantbeeld maandrapport 2026-10\n/);
    expect(written).toContain("| Teams | ❌ mislukt | HTTP 500 (3 pogingen) |");
    const warning = r.stdout.split("\n").find((l) => l.startsWith("::warning::"));
    expect(warning).toBe("::warning::Teams: maandrapport niet verstuurd (HTTP 500 (3 pogingen)). De publicatie van het dashboard gaat gewoon door.");
    expect(r.stdout).toContain("::error::Maandrapport niet naar Teams verstuurd; zie de tabel in de samenvatting van deze job.");
    // The only place the URL appears is the runner's mask command, which the runner consumes.
    expect(r.stdout.split("\n").filter((l) => l.includes("SECRETPATH"))).toEqual([`::add-mask::${webhook}`]);
  });

  it("exits 0 and lists the channel as sent when the post succeeds", async () => {
    const server = await startServer((_, res) => reply(res, 200));
    close = server.close;
    const dir = files();
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    const r = await notify(["--bundle", join(dir, "bundle.json"), "--today", "2026-12-20"], { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, SLACK_WEBHOOK_URL: `${server.base}/services/X` });
    expect(r.code).toBe(0);
    expect(readFileSync(summary, "utf8")).toContain("| Slack | ✅ verstuurd | verstuurd |");
  });

  it("--failure: tells every channel the dashboard was not updated, with the failing step, a clean reason and the run link", async () => {
    const webhookPath = "/services/T0/B0/HOOKSECRET";
    const server = await startServer((req, res) => {
      if (req.url.startsWith("/repos/acme/klantbeeld/actions/runs/4242/jobs")) return reply(res, 200, { jobs: [{ id: 9, name: "build", conclusion: "failure", steps: [{ name: "Load data and build the site", conclusion: "failure" }] }] });
      if (req.url === "/repos/acme/klantbeeld/actions/jobs/9/logs") return void res.writeHead(200).end('2026-12-02T05:18:10Z error: data/kassa.csv:3:2: column "bedrag": expected an amount like 1.234,56, got "€ 98.765,43"\n');
      reply(res, 200);
    });
    close = server.close;
    const dir = files();
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    const r = await notify(["--failure"], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_TOKEN: "ghs_runtoken123",
      GITHUB_REPOSITORY: "acme/klantbeeld",
      GITHUB_API_URL: server.base,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_RUN_ID: "4242",
      KLANTBEELD_NEEDS: JSON.stringify({ build: { result: "failure", outputs: {} }, deploy: { result: "skipped", outputs: {} } }),
      SLACK_WEBHOOK_URL: server.base + webhookPath,
    });
    expect(r.code).toBe(0);
    const post = server.requests.find((q) => q.method === "POST")!;
    expect(post.url).toBe(webhookPath);
    const text = JSON.stringify(post.body);
    expect(text).toContain("Klantbeeld: dashboard niet bijgewerkt");
    expect(text).toContain("stap “Load data and build the site”");
    expect(text).toContain("error: data/kassa.csv:3:2: column “…”: expected an amount like …, got “…”");
    expect(text).toContain("https://github.com/acme/klantbeeld/actions/runs/4242");
    const written = readFileSync(summary, "utf8");
    // The runner consumes its mask command; every other line is what people see.
    const printed = r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    for (const out of [text, written, printed, r.stderr]) {
      expect(out).not.toContain("98.765,43");
      expect(out).not.toContain("HOOKSECRET");
      expect(out).not.toContain("ghs_runtoken123");
    }
    expect(written).toMatch(/^## Klantbeeld: dashboard niet bijgewerkt\n/);
  });

  it("--find-baseline writes the run id of the last digest's bundle to GITHUB_OUTPUT", async () => {
    const server = await startServer((_, res) =>
      reply(res, 200, { artifacts: [{ name: "klantbeeld-digest-baseline", expired: false, created_at: "2026-11-02T05:21:00Z", workflow_run: { id: 100, head_branch: "main" } }] }),
    );
    close = server.close;
    const dir = files();
    const output = join(dir, "output.txt");
    writeFileSync(output, "");
    const r = await notify(["--find-baseline"], { GITHUB_ACTIONS: "true", GITHUB_OUTPUT: output, GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "acme/klantbeeld", GITHUB_API_URL: server.base, GITHUB_REF_NAME: "main" });
    expect(r.code).toBe(0);
    expect(readFileSync(output, "utf8")).toBe("run-id=100\n");
    expect(server.requests[0]!.url).toBe("/repos/acme/klantbeeld/actions/artifacts?name=klantbeeld-digest-baseline&per_page=100");
  });

  it("--freshness-only warns about stale data only", async () => {
    const dir = files();
    const r = await notify(["--freshness-only", "--bundle", join(dir, "bundle.json"), "--today", "2026-12-20"], { GITHUB_ACTIONS: "true" });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("::warning::De nieuwste transactie is van 2026-11-01, 49 dagen geleden (grens 45 dagen): lever een nieuwe export aan.");
  });

  it("fails in one line without a stack when the bundle is missing", async () => {
    const r = await notify(["--bundle", "/nonexistent/bundle.json"], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("notify mislukt: /nonexistent/bundle.json niet gevonden: voer eerst `npm run load` uit\n");
  });
});

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { currentBundle, previousBundle } from "../notify/fixtures.ts";
import { reply, startServer } from "../notify/server.ts";

const CLI = new URL("../../loaders/cli/notify.ts", import.meta.url).pathname;
const exec = promisify(execFile);

function files() {
  const dir = mkdtempSync(join(tmpdir(), "klantbeeld-notify-"));
  writeFileSync(join(dir, "bundle.json"), JSON.stringify(currentBundle()));
  writeFileSync(join(dir, "previous.json"), JSON.stringify(previousBundle()));
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
    expect(r.stdout).toContain("| Omzet | € 121.000 | +10,0 % ▲ | +21,0 % ▲ |");
    expect(r.stdout).toContain("Omzet over september 2026 is herzien");
    expect(r.stderr).toBe("dry run: nothing sent (would send to: slack)\n");
  });

  it("in Actions: writes the job summary, warns about a failing webhook without its URL, exits 0", async () => {
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
    expect(r.code).toBe(0);
    expect(readFileSync(summary, "utf8")).toMatch(/^## Klantbeeld maandrapport 2026-10\n/);
    const warning = r.stdout.split("\n").find((l) => l.startsWith("::warning::"));
    expect(warning).toBe("::warning::Teams: maandrapport niet verstuurd (HTTP 500). De publicatie van het dashboard gaat gewoon door.");
    // The only place the URL appears is the runner's mask command, which the runner consumes.
    expect(r.stdout.split("\n").filter((l) => l.includes("SECRETPATH"))).toEqual([`::add-mask::${webhook}`]);
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
    expect(r.stderr).toBe("notify failed: /nonexistent/bundle.json not found: run `npm run load` first\n");
  });
});

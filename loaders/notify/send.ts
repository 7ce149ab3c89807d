/**
 * Sends the digest to every channel the environment configures and turns each failure into a
 * warning: a broken webhook never fails the run, and no message ever contains a webhook URL.
 *
 * | channel | enabled by                                                        |
 * |---------|-------------------------------------------------------------------|
 * | Teams   | `TEAMS_WEBHOOK_URL` (a Teams Workflows webhook)                    |
 * | Slack   | `SLACK_WEBHOOK_URL` (an incoming webhook)                          |
 * | GitHub  | `KLANTBEELD_NOTIFY_ISSUE=true` with `GITHUB_TOKEN`, `GITHUB_REPOSITORY` |
 */
import type { Digest } from "./digest.ts";
import { upsertMonthlyIssue } from "./github-issue.ts";
import { ChannelError, type RequestOptions } from "./post-json.ts";
import { sendSlack } from "./slack.ts";
import { sendTeams } from "./teams.ts";

/** Where log lines go (`@actions/core` in the CLI, arrays in tests). */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** The outcome per channel. */
export interface SendResult {
  channel: "teams" | "slack" | "github-issue";
  ok: boolean;
  detail: string;
}

/** The channels `env` configures, in sending order (names only). */
export function configuredChannels(env: Record<string, string | undefined>): SendResult["channel"][] {
  const channels: SendResult["channel"][] = [];
  if (env.TEAMS_WEBHOOK_URL) channels.push("teams");
  if (env.SLACK_WEBHOOK_URL) channels.push("slack");
  if (env.KLANTBEELD_NOTIFY_ISSUE === "true") channels.push("github-issue");
  return channels;
}

const NAMES = { teams: "Teams", slack: "Slack", "github-issue": "GitHub-issue" } as const;

/** Removes every secret from a message (defence in depth: `ChannelError`s carry none already). */
function scrub(message: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((m, s) => m.split(s).join("***"), message);
}

/** Sends to every configured channel, one after another; never throws. */
export async function sendDigest(d: Digest, env: Record<string, string | undefined>, log: Log, options: RequestOptions = {}): Promise<SendResult[]> {
  const secrets = [env.TEAMS_WEBHOOK_URL, env.SLACK_WEBHOOK_URL, env.GITHUB_TOKEN].filter((s): s is string => !!s);
  const results: SendResult[] = [];
  for (const channel of configuredChannels(env)) {
    try {
      let detail = "verstuurd";
      if (channel === "teams") await sendTeams(env.TEAMS_WEBHOOK_URL!, d, options);
      else if (channel === "slack") await sendSlack(env.SLACK_WEBHOOK_URL!, d, options);
      else {
        if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) throw new ChannelError("GITHUB_TOKEN en GITHUB_REPOSITORY zijn nodig");
        const r = await upsertMonthlyIssue({ token: env.GITHUB_TOKEN, repository: env.GITHUB_REPOSITORY, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) }, d, options);
        detail = `issue #${r.number} ${r.action === "created" ? "aangemaakt" : "bijgewerkt"}`;
      }
      log.info(`${NAMES[channel]}: ${detail}.`);
      results.push({ channel, ok: true, detail });
    } catch (error) {
      const reason = error instanceof ChannelError ? error.message : "onverwachte fout";
      const detail = scrub(reason, secrets);
      log.warning(`${NAMES[channel]}: maandrapport niet verstuurd (${detail}). De publicatie van het dashboard gaat gewoon door.`);
      results.push({ channel, ok: false, detail });
    }
  }
  if (results.length === 0) log.info("Geen meldingskanalen ingesteld (TEAMS_WEBHOOK_URL, SLACK_WEBHOOK_URL, KLANTBEELD_NOTIFY_ISSUE).");
  return results;
}

/**
 * Sends a message (the monthly digest, or a failure notice) to every channel the environment
 * configures. Each channel is tried on its own (a broken webhook does not stop the others) and
 * no log line ever contains a webhook URL or token. The results say which channels failed, so
 * the CLI can fail the step visibly.
 *
 * | channel | enabled by                                                        |
 * |---------|-------------------------------------------------------------------|
 * | Teams   | `TEAMS_WEBHOOK_URL` (a Teams Workflows webhook)                    |
 * | Slack   | `SLACK_WEBHOOK_URL` (an incoming webhook)                          |
 * | GitHub  | `KLANTBEELD_NOTIFY_ISSUE=true` with `GITHUB_TOKEN`, `GITHUB_REPOSITORY` |
 */
import { type Language, messages } from "../i18n/index.ts";
import type { Digest } from "./digest.ts";
import { type IssueText, upsertIssue } from "./github-issue.ts";
import { digestMarkdown } from "./markdown.ts";
import { ChannelError, requestJson, type RequestOptions } from "./post-json.ts";
import { slackPayload } from "./slack.ts";
import { teamsPayload } from "./teams.ts";

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

/** One message in each channel's form. */
export interface Message {
  /** What it is, for log lines ("maandrapport", "storingsmelding"), in `language`. */
  what: string;
  /** The language of the message and of the log lines about it (Dutch when absent). */
  language?: Language;
  /** Added to a channel's failure line, e.g. that the dashboard itself was published. */
  afterFailure?: string;
  teams: unknown;
  slack: unknown;
  issue: IssueText;
}

/** The channels `env` configures, in sending order (names only). */
export function configuredChannels(env: Record<string, string | undefined>): SendResult["channel"][] {
  const channels: SendResult["channel"][] = [];
  if (env.TEAMS_WEBHOOK_URL) channels.push("teams");
  if (env.SLACK_WEBHOOK_URL) channels.push("slack");
  if (env.KLANTBEELD_NOTIFY_ISSUE === "true") channels.push("github-issue");
  return channels;
}

/** Channel names as people read them (the GitHub one in `language`). */
export function channelName(channel: SendResult["channel"], language: Language = "nl"): string {
  return channel === "github-issue" ? messages(language).digest.send.issueChannel : channel === "teams" ? "Teams" : "Slack";
}

/** Removes every secret from a message (defence in depth: `ChannelError`s carry none already). */
export function scrub(message: string, secrets: readonly (string | undefined)[]): string {
  return secrets.filter((s): s is string => !!s && s.length >= 8).reduce((m, s) => m.split(s).join("***"), message);
}

/** Sends to every configured channel, one after another; never throws. */
export async function sendMessage(m: Message, env: Record<string, string | undefined>, log: Log, requestOptions: RequestOptions = {}): Promise<SendResult[]> {
  const options: RequestOptions = { language: m.language ?? "nl", ...requestOptions };
  const secrets = [env.TEAMS_WEBHOOK_URL, env.SLACK_WEBHOOK_URL, env.GITHUB_TOKEN];
  const results: SendResult[] = [];
  const t = messages(m.language ?? "nl").digest.send;
  for (const channel of configuredChannels(env)) {
    try {
      let detail = t.sent;
      if (channel === "teams") await requestJson(env.TEAMS_WEBHOOK_URL!, m.teams, options);
      else if (channel === "slack") await requestJson(env.SLACK_WEBHOOK_URL!, m.slack, options);
      else {
        if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY) throw new ChannelError(t.needsToken);
        const r = await upsertIssue({ token: env.GITHUB_TOKEN, repository: env.GITHUB_REPOSITORY, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) }, m.issue, options);
        detail = r.action === "created" ? t.issueCreated(r.number) : t.issueUpdated(r.number);
      }
      log.info(`${channelName(channel, m.language)}: ${detail}.`);
      results.push({ channel, ok: true, detail });
    } catch (error) {
      const detail = scrub(error instanceof ChannelError ? error.message : t.unexpected, secrets);
      log.warning(`${t.notSent(channelName(channel, m.language), m.what, detail)}${m.afterFailure ? ` ${m.afterFailure}` : ""}`);
      results.push({ channel, ok: false, detail });
    }
  }
  if (results.length === 0) log.info(t.noChannels);
  return results;
}

/** The digest as a message for every channel. */
export function digestMessage(d: Digest): Message {
  const t = messages(d.language).digest.send;
  return { what: t.what, language: d.language, afterFailure: t.afterFailure, teams: teamsPayload(d), slack: slackPayload(d), issue: { title: d.title, body: digestMarkdown(d), truncated: messages(d.language).digest.truncated } };
}

/** Sends the digest to every configured channel; never throws. */
export async function sendDigest(d: Digest, env: Record<string, string | undefined>, log: Log, options: RequestOptions = {}): Promise<SendResult[]> {
  return sendMessage(digestMessage(d), env, log, options);
}

/** A Markdown table of the outcome per channel, for the job summary. */
export function resultsMarkdown(results: readonly SendResult[], language: Language = "nl"): string {
  if (results.length === 0) return "";
  const t = messages(language).digest.send;
  const rows = results.map((r) => `| ${channelName(r.channel, language)} | ${r.ok ? `✅ ${t.sent}` : `❌ ${t.failed}`} | ${r.detail.replace(/\|/g, "\\|")} |`);
  return [`| ${t.resultsHeader.join(" | ")} |`, "|---|---|---|", ...rows, ""].join("\n");
}

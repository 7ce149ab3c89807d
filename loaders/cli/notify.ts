/**
 * `npm run notify`: the managers' monthly digest, and the workflow's other messages.
 *
 *   node loaders/cli/notify.ts [--dry-run] [--freshness-only] [--bundle path] [--previous path]
 *                              [--site-url url] [--today yyyy-mm-dd]
 *   node loaders/cli/notify.ts --find-baseline      the run holding the last digest's bundle → GITHUB_OUTPUT run-id
 *   node loaders/cli/notify.ts --failure            "dashboard niet bijgewerkt": the failing step, its first error line, the run link
 *
 * The digest reads `.klantbeeld/bundle.json` and the baseline (the bundle the previous digest
 * reported on), writes the digest and a table of the channels' outcomes to the job summary (or
 * stdout) and sends it. A channel that still fails after its retries makes the exit code 1, so the
 * step turns red; a missing or unreadable bundle exits 1 as well.
 *
 * Messages are in the language of `locale` in data/klantbeeld.yaml (the digest: of the bundle's
 * locale), or KLANTBEELD_LANGUAGE=en|nl (loaders/cli/language.ts).
 *
 * Environment: KLANTBEELD_PREVIOUS_BUNDLE, KLANTBEELD_SITE_URL, KLANTBEELD_REPORT_URL (the PDF's artifact page), KLANTBEELD_TODAY, TEAMS_WEBHOOK_URL,
 * SLACK_WEBHOOK_URL, KLANTBEELD_NOTIFY_ISSUE, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL,
 * GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_OUTPUT, KLANTBEELD_NEEDS (the workflow's `toJSON(needs)`).
 */
import { appendFileSync, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { BUNDLE_PATH, readBundle } from "../read-bundle.ts";
import type { Bundle } from "../bundle/types.ts";
import { type Language, messages } from "../i18n/index.ts";
import { type ApiTarget, findBaselineRun, findFailure } from "../notify/actions-api.ts";
import { digest } from "../notify/digest.ts";
import { failureMessage } from "../notify/failure.ts";
import { digestMarkdown } from "../notify/markdown.ts";
import type { RequestOptions } from "../notify/post-json.ts";
import { channelName, configuredChannels, digestMessage, resultsMarkdown, type SendResult, sendMessage } from "../notify/send.ts";
import { errorText } from "../model/load-error.ts";
import { cliLanguage, LANGUAGE_ENV } from "./language.ts";

type Env = Record<string, string | undefined>;
const inActions = (env: Env) => env.GITHUB_ACTIONS === "true";
const logFor = (env: Env, language: Language = "nl") => ({
  info: (m: string) => (inActions(env) ? core.info(m) : console.error(m)),
  warning: (m: string) => (inActions(env) ? core.warning(m) : console.error(`${messages(language).cli.warning}: ${m}`)),
  error: (m: string) => (inActions(env) ? core.error(m) : console.error(`${messages(language).cli.error}: ${m}`)),
});

async function previousBundle(path: string | undefined, env: Env, language: Language): Promise<Bundle | null> {
  if (!path || !existsSync(path)) return null;
  try {
    return await readBundle(path);
  } catch (error) {
    logFor(env, language).warning(messages(language).cli.notify.previousIgnored(errorText(error, language).split("\n")[0]!));
    return null;
  }
}

/** Writes Markdown to the job summary when there is one, else to stdout. */
async function summary(markdown: string, env: Env, language: Language): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return void console.log(markdown);
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.summary.emptyBuffer();
    logFor(env, language).warning(messages(language).cli.notify.summaryNotWritten((error as Error).message.split("\n")[0]!));
    console.log(markdown);
  }
}

/** Exit code after sending: 1 (and an error line) when a channel failed. */
function outcome(results: readonly SendResult[], what: string, env: Env, language: Language): number {
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) return 0;
  logFor(env, language).error(messages(language).cli.notify.notSentTo(what, failed.map((r) => channelName(r.channel, language)).join(", ")));
  return 1;
}

const apiTarget = (env: Env): ApiTarget | null =>
  env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? { token: env.GITHUB_TOKEN, repository: env.GITHUB_REPOSITORY, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) } : null;

/** `--find-baseline`: writes `run-id=<id>` to GITHUB_OUTPUT (nothing when there is no baseline yet). */
async function findBaseline(env: Env, options: RequestOptions, language: Language): Promise<number> {
  const t = messages(language).cli.notify;
  const target = apiTarget(env);
  if (!target) throw new Error(t.baselineNeedsToken);
  let runId: number | null;
  try {
    runId = await findBaselineRun(target, env.GITHUB_REF_NAME ?? "main", options);
  } catch (error) {
    logFor(env, language).warning(t.baselineNotLookedUp((error as Error).message));
    return 0;
  }
  if (runId === null) logFor(env, language).info(t.noBaseline);
  else {
    logFor(env, language).info(t.baseline(runId));
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `run-id=${runId}\n`);
    else console.log(runId);
  }
  return 0;
}

/** `--failure`: the failure notice to the summary and every channel. */
async function failure(env: Env, options: RequestOptions, language: Language): Promise<number> {
  let results: Record<string, string> = {};
  try {
    const needs = JSON.parse(env.KLANTBEELD_NEEDS ?? "{}") as Record<string, { result?: string }>;
    results = Object.fromEntries(Object.entries(needs).map(([job, n]) => [job, n.result ?? "unknown"]));
  } catch {
    results = {};
  }
  const target = apiTarget(env);
  const found = target && env.GITHUB_RUN_ID ? await findFailure(target, env.GITHUB_RUN_ID, options).catch(() => null) : null;
  const runUrl = `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY ?? "?"}/actions/runs/${env.GITHUB_RUN_ID ?? "?"}`;
  const secrets = [env.TEAMS_WEBHOOK_URL, env.SLACK_WEBHOOK_URL, env.GITHUB_TOKEN, env.KLANTBEELD_ACCESS_KEY];
  const m = failureMessage({ results, job: found?.job ?? null, step: found?.step ?? null, reason: found?.reason ?? null, runUrl }, secrets, language);
  const sent = await sendMessage(m, env, logFor(env, language), options);
  await summary(`${m.markdown}\n${resultsMarkdown(sent, language)}`, env, language);
  return outcome(sent, messages(language).cli.notify.failureWhat, env, language);
}

/**
 * Runs the CLI; resolves to the exit code. `language` is that of the messages about the run; the
 * digest itself speaks its bundle's language (KLANTBEELD_LANGUAGE overrides both).
 */
export async function notify(argv: string[], env: Env, options: RequestOptions = {}, language: Language = cliLanguage("data", env)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      "dry-run": { type: "boolean", default: false },
      "freshness-only": { type: "boolean", default: false },
      "find-baseline": { type: "boolean", default: false },
      failure: { type: "boolean", default: false },
      bundle: { type: "string", default: BUNDLE_PATH },
      previous: { type: "string" },
      "site-url": { type: "string" },
      today: { type: "string" },
    },
  });
  if (inActions(env)) for (const secret of [env.TEAMS_WEBHOOK_URL, env.SLACK_WEBHOOK_URL]) if (secret) core.setSecret(secret);
  if (values["find-baseline"]) return findBaseline(env, options, language);
  if (values.failure) return failure(env, options, language);
  const t = messages(language).cli.notify;
  const today = values.today ?? env.KLANTBEELD_TODAY ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(t.badToday(today));
  const current = await readBundle(values.bundle);
  const previous = values["freshness-only"] ? null : await previousBundle(values.previous ?? env.KLANTBEELD_PREVIOUS_BUNDLE, env, language);
  const forced = env[LANGUAGE_ENV] === "en" || env[LANGUAGE_ENV] === "nl" ? { language: env[LANGUAGE_ENV] as Language } : {};
  const d = digest(current, previous, { siteUrl: values["site-url"] ?? env.KLANTBEELD_SITE_URL ?? null, today, reportUrl: env.KLANTBEELD_REPORT_URL || null, ...forced });
  const log = logFor(env, d.language);

  if (values["freshness-only"]) {
    for (const w of d.warnings.filter((x) => x.code === "stale_data" || x.code === "no_data")) log.warning(w.message);
    return 0;
  }
  const markdown = digestMarkdown(d);
  if (values["dry-run"]) {
    console.log(markdown);
    const channels = configuredChannels(env);
    console.error(`${messages(d.language).cli.notify.dryRun}${channels.length ? messages(d.language).cli.notify.wouldSend(channels.join(", ")) : ""}`);
    return 0;
  }
  const sent = await sendMessage(digestMessage(d), env, log, options);
  await summary(`${markdown}\n${resultsMarkdown(sent, d.language)}`, env, d.language);
  return outcome(sent, messages(d.language).cli.notify.digestWhat, env, d.language);
}

if (import.meta.main) {
  const language = cliLanguage("data", process.env);
  notify(process.argv.slice(2), process.env, {}, language).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line, no stack; messages name files and options, never a URL or customer data.
      console.error(messages(language).cli.notify.failed(errorText(error, language).split("\n")[0]!));
      process.exitCode = 1;
    },
  );
}

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
 * Environment: KLANTBEELD_PREVIOUS_BUNDLE, KLANTBEELD_SITE_URL, KLANTBEELD_REPORT_URL (the PDF's artifact page), KLANTBEELD_TODAY, TEAMS_WEBHOOK_URL,
 * SLACK_WEBHOOK_URL, KLANTBEELD_NOTIFY_ISSUE, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL,
 * GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_OUTPUT, KLANTBEELD_NEEDS (the workflow's `toJSON(needs)`).
 */
import { appendFileSync, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { BUNDLE_PATH, readBundle } from "../bundle/read-bundle.ts";
import type { Bundle } from "../bundle/types.ts";
import { type ApiTarget, findBaselineRun, findFailure } from "../notify/actions-api.ts";
import { digest } from "../notify/digest.ts";
import { failureMessage } from "../notify/failure.ts";
import { digestMarkdown } from "../notify/markdown.ts";
import type { RequestOptions } from "../notify/post-json.ts";
import { configuredChannels, digestMessage, resultsMarkdown, type SendResult, sendMessage } from "../notify/send.ts";

type Env = Record<string, string | undefined>;
const inActions = (env: Env) => env.GITHUB_ACTIONS === "true";
const logFor = (env: Env) => ({
  info: (m: string) => (inActions(env) ? core.info(m) : console.error(m)),
  warning: (m: string) => (inActions(env) ? core.warning(m) : console.error(`warning: ${m}`)),
  error: (m: string) => (inActions(env) ? core.error(m) : console.error(`error: ${m}`)),
});

async function previousBundle(path: string | undefined, env: Env): Promise<Bundle | null> {
  if (!path || !existsSync(path)) return null;
  try {
    return await readBundle(path);
  } catch (error) {
    logFor(env).warning(`previous bundle ignored: ${(error as Error).message.split("\n")[0]}`);
    return null;
  }
}

/** Writes Markdown to the job summary when there is one, else to stdout. */
async function summary(markdown: string, env: Env): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return void console.log(markdown);
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.summary.emptyBuffer();
    logFor(env).warning(`job summary not written: ${(error as Error).message.split("\n")[0]}`);
    console.log(markdown);
  }
}

/** Exit code after sending: 1 (and an error line) when a channel failed. */
function outcome(results: readonly SendResult[], what: string, env: Env): number {
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) return 0;
  logFor(env).error(`${what} niet naar ${failed.map((r) => r.channel).join(", ")} verstuurd; zie de tabel in de samenvatting van deze job.`);
  return 1;
}

const apiTarget = (env: Env): ApiTarget | null =>
  env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? { token: env.GITHUB_TOKEN, repository: env.GITHUB_REPOSITORY, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) } : null;

/** `--find-baseline`: writes `run-id=<id>` to GITHUB_OUTPUT (nothing when there is no baseline yet). */
async function findBaseline(env: Env, options: RequestOptions): Promise<number> {
  const target = apiTarget(env);
  if (!target) throw new Error("--find-baseline needs GITHUB_TOKEN and GITHUB_REPOSITORY");
  let runId: number | null;
  try {
    runId = await findBaselineRun(target, env.GITHUB_REF_NAME ?? "main", options);
  } catch (error) {
    logFor(env).warning(`baseline not looked up (${(error as Error).message}); the digest compares months within this bundle only`);
    return 0;
  }
  if (runId === null) logFor(env).info("No baseline yet (first digest): the digest compares months within this bundle only.");
  else {
    logFor(env).info(`Baseline: the bundle of digest run ${runId}.`);
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `run-id=${runId}\n`);
    else console.log(runId);
  }
  return 0;
}

/** `--failure`: the failure notice to the summary and every channel. */
async function failure(env: Env, options: RequestOptions): Promise<number> {
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
  const m = failureMessage({ results, job: found?.job ?? null, step: found?.step ?? null, reason: found?.reason ?? null, runUrl }, secrets);
  const sent = await sendMessage(m, env, logFor(env), options);
  await summary(`${m.markdown}\n${resultsMarkdown(sent)}`, env);
  return outcome(sent, "Storingsmelding", env);
}

/** Runs the CLI; resolves to the exit code. */
export async function notify(argv: string[], env: Env, options: RequestOptions = {}): Promise<number> {
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
  if (values["find-baseline"]) return findBaseline(env, options);
  if (values.failure) return failure(env, options);
  const today = values.today ?? env.KLANTBEELD_TODAY ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be yyyy-mm-dd, got "${today}"`);
  const current = await readBundle(values.bundle);
  const previous = values["freshness-only"] ? null : await previousBundle(values.previous ?? env.KLANTBEELD_PREVIOUS_BUNDLE, env);
  const d = digest(current, previous, { siteUrl: values["site-url"] ?? env.KLANTBEELD_SITE_URL ?? null, today, reportUrl: env.KLANTBEELD_REPORT_URL || null });

  if (values["freshness-only"]) {
    for (const w of d.warnings.filter((x) => x.code === "stale_data" || x.code === "no_data")) logFor(env).warning(w.message);
    return 0;
  }
  const markdown = digestMarkdown(d);
  if (values["dry-run"]) {
    console.log(markdown);
    const channels = configuredChannels(env);
    console.error(`dry run: nothing sent${channels.length ? ` (would send to: ${channels.join(", ")})` : ""}`);
    return 0;
  }
  const sent = await sendMessage(digestMessage(d), env, logFor(env), options);
  await summary(`${markdown}\n${resultsMarkdown(sent)}`, env);
  return outcome(sent, "Maandrapport", env);
}

if (import.meta.main) {
  notify(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line, no stack; messages name files and options, never a URL or customer data.
      console.error(`notify failed: ${(error as Error).message.split("\n")[0]}`);
      process.exitCode = 1;
    },
  );
}

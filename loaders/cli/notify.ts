/**
 * `npm run notify`: the managers' monthly digest. Reads `.klantbeeld/bundle.json` and, when
 * there is one, last month's published bundle; writes the digest to the job summary (or stdout)
 * and sends it to the configured channels (see `loaders/notify/send.ts`). A failing channel is a
 * warning and the exit code stays 0; only a missing or unreadable bundle exits 1.
 *
 *   node loaders/cli/notify.ts [--dry-run] [--freshness-only] [--bundle path] [--previous path]
 *                              [--site-url url] [--today yyyy-mm-dd]
 *
 * Environment: KLANTBEELD_PREVIOUS_BUNDLE, KLANTBEELD_SITE_URL, KLANTBEELD_TODAY,
 * TEAMS_WEBHOOK_URL, SLACK_WEBHOOK_URL, KLANTBEELD_NOTIFY_ISSUE, GITHUB_TOKEN, GITHUB_REPOSITORY.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { BUNDLE_PATH, readBundle } from "../bundle/read-bundle.ts";
import type { Bundle } from "../bundle/types.ts";
import { digest } from "../notify/digest.ts";
import { digestMarkdown } from "../notify/markdown.ts";
import { configuredChannels, sendDigest } from "../notify/send.ts";

const inActions = process.env.GITHUB_ACTIONS === "true";
const log = {
  info: (m: string) => (inActions ? core.info(m) : console.error(m)),
  warning: (m: string) => (inActions ? core.warning(m) : console.error(`warning: ${m}`)),
};

async function previousBundle(path: string | undefined): Promise<Bundle | null> {
  if (!path || !existsSync(path)) return null;
  try {
    return await readBundle(path);
  } catch (error) {
    log.warning(`previous bundle ignored: ${(error as Error).message.split("\n")[0]}`);
    return null;
  }
}

/** Runs the CLI; resolves to the exit code. */
export async function notify(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      "dry-run": { type: "boolean", default: false },
      "freshness-only": { type: "boolean", default: false },
      bundle: { type: "string", default: BUNDLE_PATH },
      previous: { type: "string" },
      "site-url": { type: "string" },
      today: { type: "string" },
    },
  });
  const today = values.today ?? env.KLANTBEELD_TODAY ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be yyyy-mm-dd, got "${today}"`);
  const current = await readBundle(values.bundle);
  const previous = values["freshness-only"] ? null : await previousBundle(values.previous ?? env.KLANTBEELD_PREVIOUS_BUNDLE);
  const d = digest(current, previous, { siteUrl: values["site-url"] ?? env.KLANTBEELD_SITE_URL ?? null, today });

  if (values["freshness-only"]) {
    for (const w of d.warnings.filter((x) => x.code === "stale_data" || x.code === "no_data")) log.warning(w.message);
    return 0;
  }
  const markdown = digestMarkdown(d);
  if (values["dry-run"]) {
    console.log(markdown);
    const channels = configuredChannels(env);
    console.error(`dry run: nothing sent${channels.length ? ` (would send to: ${channels.join(", ")})` : ""}`);
    return 0;
  }
  if (inActions) for (const secret of [env.TEAMS_WEBHOOK_URL, env.SLACK_WEBHOOK_URL]) if (secret) core.setSecret(secret);
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdown, true).write();
    } catch (error) {
      core.summary.emptyBuffer();
      log.warning(`job summary not written: ${(error as Error).message.split("\n")[0]}`);
      console.log(markdown);
    }
  } else console.log(markdown);
  await sendDigest(d, env, log);
  return 0;
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

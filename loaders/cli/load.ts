/**
 * `npm run load`: reads and validates `data/`, prints the row account, and writes the metrics
 * bundle atomically. Exit code 1 with a plain message (no stack trace) on bad input.
 *
 *   node loaders/cli/load.ts [--data data] [--out .klantbeeld/bundle.json] [--cache .klantbeeld/cache | --no-cache]
 *
 * Parsed export files are cached by content hash in `--cache`: an unchanged file is not read again.
 * Messages are in the language of `locale` in the data description (KLANTBEELD_LANGUAGE=en|nl
 * overrides it; Dutch while the description is missing or invalid): loaders/cli/language.ts.
 */
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { loadBundle } from "../load-bundle.ts";
import { BUNDLE_PATH } from "../read-bundle.ts";
import { writeAtomic } from "../lib/write-atomic.ts";
import { stableJson } from "../lib/stable-json.ts";
import { type Messages, messages } from "../i18n/index.ts";
import { accountTable, rejectionLines } from "./account-table.ts";
import { cliLanguage } from "./language.ts";
import { runCli } from "./run-cli.ts";
import { progressReporter } from "./progress.ts";

let dataDir = "data";
await runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string", default: BUNDLE_PATH },
      cache: { type: "string", default: ".klantbeeld/cache" },
      "no-cache": { type: "boolean", default: false },
    },
  });
  dataDir = values.data;
  const language = cliLanguage(dataDir);
  const t = messages(language);
  const started = performance.now();
  const progress = progressReporter(process.stderr, language);
  const bundle = await loadBundle(values.data, { onProgress: progress, ...(values["no-cache"] ? {} : { cacheDir: values.cache }) });
  progress.done();
  await writeAtomic(values.out, stableJson(bundle));
  console.log([accountTable(bundle.accounts, language), ...rejectionLines(bundle.accounts, 5, language)].join("\n"));
  // In GitHub Actions a warning becomes an annotation on the run; elsewhere a plain line.
  const warn = process.env.GITHUB_ACTIONS === "true" ? (m: string) => core.warning(m) : (m: string) => console.log(`${t.cli.warning}: ${m}`);
  // File warnings (bytes replaced by a wrong encoding …) name the file and line: annotations on that place.
  for (const message of bundle.accounts.flatMap((a) => a.warnings.map((w) => (w.startsWith("data/") ? w : `data/${a.file}: ${w}`)))) {
    const place = /^(data\/[^:\s]+):(\d+) /.exec(message);
    if (process.env.GITHUB_ACTIONS === "true" && place) core.warning(message, { file: place[1]!, startLine: Number(place[2]) });
    else warn(message);
  }
  for (const message of [...bundle.warnings.map((w) => w.message), ...freshness(bundle.dataAsOf, bundle.freshnessDays, t)]) warn(message);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(t.load.wrote(values.out, bundle.months.length, bundle.months[0] ?? "–", bundle.months.at(-1) ?? "–", bundle.series.length, bundle.dataAsOf ?? "–", seconds));
}, () => cliLanguage(dataDir));

/** A warning when the newest transaction is older than the configured number of days. */
function freshness(dataAsOf: string | null, days: number, t: Messages): string[] {
  if (dataAsOf === null) return [];
  const today = process.env.KLANTBEELD_TODAY ?? new Date().toISOString().slice(0, 10);
  const age = Math.round((Date.parse(today) - Date.parse(dataAsOf)) / 86_400_000);
  return age > days ? [t.load.stale(age, dataAsOf, days)] : [];
}

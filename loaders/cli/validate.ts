/**
 * `npm run validate [-- --data data]`: loads every export the data description names (transactions,
 * products, journeys, experiments, signals, profiles, offers) and checks
 * the goals file, without computing metrics or building the site — the check pull requests that
 * touch `data/` run. In GitHub Actions rejected rows become annotations on file and line and the
 * full row account goes to the job summary; elsewhere it prints a plain table. Exits 1 when a
 * file's rejected share exceeds `rejectThreshold` or the data cannot be loaded; messages never
 * carry a stack trace or a cell's value. They are in the language of `locale` in the data
 * description (KLANTBEELD_LANGUAGE=en|nl overrides it; Dutch while it is missing or invalid).
 */
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { readGoals } from "../sources/goals-file.ts";
import type { FileAccount } from "../bundle/types.ts";
import { type Language, messages } from "../i18n/index.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { LoadError } from "../model/load-error.ts";
import { loadCommercialSources } from "../sources/load-commercial.ts";
import { loadMomentSources } from "../sources/load-moments.ts";
import { checkThreshold, loadSources } from "../sources/load-sources.ts";
import { readConfig } from "../sources/read-config.ts";
import { cliLanguage } from "./language.ts";
import { type Annotation, accountTable, loadErrorAnnotations, plainTable, rejectionAnnotations, rejectionsHtml } from "./validate-report.ts";

const inActions = process.env.GITHUB_ACTIONS === "true";

/** A file warning (replaced bytes …) as an annotation, on its line when it names one (`data/x.csv:12 …`). */
function warningAnnotation(file: string, message: string, language: Language): Annotation {
  const title = messages(language).validate.notice;
  const place = /^(data\/[^:\s]+):(\d+) (.*)$/.exec(message);
  if (place) return { level: "warning", title, file: place[1]!, startLine: Number(place[2]), message: place[3]! };
  return { level: "warning", title, file: `data/${file}`, message };
}

function annotate(annotations: readonly Annotation[], language: Language): void {
  for (const a of annotations) {
    if (inActions) {
      const { level, message, ...properties } = a;
      const log = level === "error" ? core.error : core.warning;
      log(message, properties);
    } else {
      const where = a.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ""}${a.startColumn ? `:${a.startColumn}` : ""}: ` : "";
      console.error(`${messages(language).cli[a.level]}: ${where}${a.message}`);
    }
  }
}

async function report(accounts: readonly FileAccount[], threshold: number, problems: readonly string[], language: Language): Promise<void> {
  const t = messages(language).validate;
  const table = accountTable(accounts, language);
  const ok = problems.length === 0;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    console.log(plainTable(table));
    for (const p of problems) console.log(`\n${p}`);
    console.log(`\n${ok ? t.dataOk : t.dataNotOk}`);
    return;
  }
  const [header, ...rows] = table;
  core.summary
    .addHeading(t.summaryHeading, 2)
    .addRaw(`<p>${ok ? t.ok(`${(threshold * 100).toFixed(1)} %`) : t.notOk}</p>`, true)
    .addTable([header!.map((h) => ({ data: escapeHtml(h), header: true })), ...rows.map((r) => r.map(escapeHtml))]);
  for (const p of problems) core.summary.addRaw(`<pre>${escapeHtml(p)}</pre>`, true);
  for (const a of accounts.filter((x) => x.rejections.length > 0)) {
    core.summary.addDetails(t.details(`data/${escapeHtml(a.file)}`, a.rowsRejected), rejectionsHtml(a, language));
  }
  try {
    await core.summary.write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(t.summaryNotWritten((error as Error).message.split("\n")[0]!));
    console.log(plainTable(table));
    for (const p of problems) console.log(`\n${p}`);
  }
}

/** Runs the validation; resolves to the exit code. Messages in `language` (see the module comment). */
export async function validate(dataDir: string, language: Language = cliLanguage(dataDir)): Promise<number> {
  let accounts: FileAccount[] = [];
  const problems: string[] = [];
  let threshold = 0;
  try {
    const config = await readConfig(dataDir);
    threshold = config.rejectThreshold;
    // Transactions, then products, journeys and experiments: every export the config names.
    accounts = [...(await loadSources(config, dataDir)).accounts, ...(await loadCommercialSources(config, dataDir)).accounts, ...(await loadMomentSources(config, dataDir)).accounts];
    annotate(rejectionAnnotations(accounts, threshold, undefined, language), language);
    annotate(accounts.flatMap((a) => a.warnings.map((w) => warningAnnotation(a.file, w, language))), language);
    try {
      checkThreshold(accounts, threshold);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      problems.push(error.text(language));
    }
    try {
      await readGoals(dataDir);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      if (inActions) annotate(loadErrorAnnotations(error.text(language), undefined, language), language);
      problems.push(error.text(language));
    }
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    if (inActions) annotate(loadErrorAnnotations(error.text(language), undefined, language), language);
    problems.push(error.text(language));
  }
  await report(accounts, threshold, problems, language);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: "string", default: "data" } } });
  const language = cliLanguage(values.data);
  validate(values.data, language).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An unexpected failure: one line, no stack (the message may name a file, never data).
      console.error(messages(language).validate.failed((error as Error).message));
      process.exitCode = 2;
    },
  );
}

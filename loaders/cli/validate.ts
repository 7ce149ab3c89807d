/**
 * `npm run validate [-- --data data]`: loads every export the data description names (transactions,
 * products, journeys, experiments, signals, profiles, offers) and checks
 * the goals file, without computing metrics or building the site — the check pull requests that
 * touch `data/` run. In GitHub Actions rejected rows become annotations on file and line and the
 * full row account goes to the job summary; elsewhere it prints a plain table. Exits 1 when a
 * file's rejected share exceeds `rejectThreshold` or the data cannot be loaded; messages never
 * carry a stack trace or a cell's value.
 */
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { readGoals } from "../sources/goals-file.ts";
import type { FileAccount } from "../bundle/types.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { LoadError } from "../model/load-error.ts";
import { loadCommercialSources } from "../sources/load-commercial.ts";
import { loadMomentSources } from "../sources/load-moments.ts";
import { checkThreshold, loadSources } from "../sources/load-sources.ts";
import { readConfig } from "../sources/read-config.ts";
import { type Annotation, accountTable, loadErrorAnnotations, plainTable, rejectionAnnotations, rejectionsHtml } from "./validate-report.ts";

const inActions = process.env.GITHUB_ACTIONS === "true";

/** A file warning (replaced bytes …) as an annotation, on its line when it names one (`data/x.csv:12 …`). */
function warningAnnotation(file: string, message: string): Annotation {
  const place = /^(data\/[^:\s]+):(\d+) (.*)$/.exec(message);
  if (place) return { level: "warning", title: "Let op", file: place[1]!, startLine: Number(place[2]), message: place[3]! };
  return { level: "warning", title: "Let op", file: `data/${file}`, message };
}

function annotate(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    if (inActions) {
      const { level, message, ...properties } = a;
      const log = level === "error" ? core.error : core.warning;
      log(message, properties);
    } else {
      const where = a.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ""}${a.startColumn ? `:${a.startColumn}` : ""}: ` : "";
      console.error(`${a.level}: ${where}${a.message}`);
    }
  }
}

async function report(accounts: readonly FileAccount[], threshold: number, problems: readonly string[]): Promise<void> {
  const table = accountTable(accounts);
  const ok = problems.length === 0;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    console.log(plainTable(table));
    for (const p of problems) console.log(`\n${p}`);
    console.log(ok ? "\nData OK." : "\nData NOT OK.");
    return;
  }
  const [header, ...rows] = table;
  core.summary
    .addHeading("Controle van data/", 2)
    .addRaw(ok ? `<p>✅ Alle bestanden zijn geladen; geen bestand boven de drempel van ${(threshold * 100).toFixed(1)} % afgewezen rijen.</p>` : "<p>❌ De data is niet in orde.</p>", true)
    .addTable([header!.map((h) => ({ data: escapeHtml(h), header: true })), ...rows.map((r) => r.map(escapeHtml))]);
  for (const p of problems) core.summary.addRaw(`<pre>${escapeHtml(p)}</pre>`, true);
  for (const a of accounts.filter((x) => x.rejections.length > 0)) {
    core.summary.addDetails(`Afgewezen rijen in data/${escapeHtml(a.file)} (${a.rowsRejected})`, rejectionsHtml(a));
  }
  try {
    await core.summary.write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`job summary not written (${(error as Error).message.split("\n")[0]}); the account follows in the log`);
    console.log(plainTable(table));
    for (const p of problems) console.log(`\n${p}`);
  }
}

/** Runs the validation; resolves to the exit code. */
export async function validate(dataDir: string): Promise<number> {
  let accounts: FileAccount[] = [];
  const problems: string[] = [];
  let threshold = 0;
  try {
    const config = await readConfig(dataDir);
    threshold = config.rejectThreshold;
    // Transactions, then products, journeys and experiments: every export the config names.
    accounts = [...(await loadSources(config, dataDir)).accounts, ...(await loadCommercialSources(config, dataDir)).accounts, ...(await loadMomentSources(config, dataDir)).accounts];
    annotate(rejectionAnnotations(accounts, threshold));
    annotate(accounts.flatMap((a) => a.warnings.map((w) => warningAnnotation(a.file, w))));
    try {
      checkThreshold(accounts, threshold);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      problems.push(error.message);
    }
    try {
      await readGoals(dataDir);
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      if (inActions) annotate(loadErrorAnnotations(error.message));
      problems.push(error.message);
    }
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    if (inActions) annotate(loadErrorAnnotations(error.message));
    problems.push(error.message);
  }
  await report(accounts, threshold, problems);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: "string", default: "data" } } });
  validate(values.data).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An unexpected failure: one line, no stack (the message may name a file, never data).
      console.error(`validate failed: ${(error as Error).message}`);
      process.exitCode = 2;
    },
  );
}

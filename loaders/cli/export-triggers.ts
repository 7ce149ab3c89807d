/**
 * The campaign export's trigger part: one CSV per trigger (`trigger-<id>.csv`) of the customers in
 * that trigger without an offer yet, written atomically next to the segment files. Nothing is
 * written when the data description has no triggers or no signals and offers exports.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { momentInputs } from "../bundle/moment-inputs.ts";
import { offerDays } from "../metrics/offer-days.ts";
import { openTriggers } from "../metrics/open-triggers.ts";
import type { CsvOptions } from "../metrics/segment-export.ts";
import { triggerEntries } from "../metrics/trigger-entries.ts";
import { triggerExportCsv, triggerExportRows } from "../metrics/trigger-export.ts";
import type { Config } from "../schemas/config.ts";
import { loadMomentSources } from "../sources/load-moments.ts";
import { checkThreshold } from "../sources/load-sources.ts";
import type { Store } from "../model/store.ts";

/** Writes the trigger files into `outDir` for the data as of `asOf`; returns the counts per file. */
export async function exportTriggers(config: Config, dataDir: string, store: Store, lastMonth: number, asOf: number, outDir: string, csv: CsvOptions): Promise<{ file: string; customers: number }[]> {
  const rules = config.triggers?.rules ?? [];
  if (rules.length === 0 || !config.sources.some((s) => s.kind === "signals" || s.kind === "offers")) return [];
  const { data, accounts } = await loadMomentSources(config, dataDir);
  checkThreshold(accounts, config.rejectThreshold);
  const inputs = momentInputs(store, config, data, lastMonth, asOf);
  const entries = triggerEntries(inputs.timeline, rules, { asOf, overdueFactor: inputs.overdueFactor, observedFrom: inputs.observedFrom });
  const N = inputs.triggers.offerWithinDays;
  const open = openTriggers(entries, offerDays(data.offers, data.customerIds.length, asOf), rules.length, asOf, N);
  const files: { file: string; customers: number }[] = [];
  for (const [i, rule] of rules.entries()) {
    const rows = triggerExportRows(rule, open[i]!, data.customerIds, asOf);
    const file = `trigger-${rule.id}.csv`;
    const target = join(outDir, file);
    const temp = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temp, triggerExportCsv(rows, csv), "utf8");
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    files.push({ file, customers: rows.length });
  }
  return files;
}

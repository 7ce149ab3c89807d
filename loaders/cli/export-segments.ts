/**
 * `npm run export:segments [-- --data data --out .klantbeeld/segments --dialect csv|excel-nl]`:
 * the campaign export. Scores every registered customer as of the end of the last month with data
 * and writes one CSV per RFM segment (customer id, R/F/M values and scores, segment, action, usual
 * purchase interval, due/overdue status) to a folder that is never part of the site. Files are
 * written atomically (temp file, then rename), byte-identical for the same data, and formula-safe.
 * It prints only counts per file, never customer data; errors are one message, no stack trace.
 */
import { mkdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { repurchaseSettings } from "../bundle/repurchase.ts";
import { periodOf, pinStore } from "../bundle/period.ts";
import { rfmSettings } from "../bundle/rfm-settings.ts";
import { isoDay, monthKey } from "../lib/months.ts";
import { momentOfTruth } from "../metrics/moment-of-truth.ts";
import { purchaseDays } from "../metrics/repeat-summary.ts";
import { rfm } from "../metrics/rfm.ts";
import { SEGMENT_IDS, type SegmentId } from "../metrics/rfm-segments.ts";
import { type CsvOptions, segmentExportCsv, segmentExportRows, type SegmentExportRow } from "../metrics/segment-export.ts";
import { messages } from "../i18n/index.ts";
import { LoadError } from "../model/load-error.ts";
import { cliLanguage } from "./language.ts";
import { exportTriggers } from "./export-triggers.ts";
import { checkThreshold, loadSources } from "../sources/load-sources.ts";
import { readConfig } from "../sources/read-config.ts";

/** Options of `exportSegments`. */
export interface ExportOptions {
  dataDir: string;
  outDir: string;
  /** Config file; default `klantbeeld.yaml` in the data folder. */
  configPath?: string;
  /** `csv`: `,` and decimal point; `excel-nl`: `;`, decimal comma and a BOM (Dutch Excel). */
  dialect?: "csv" | "excel-nl";
}

/** What was written: the month scored and the customers per file (counts only). */
export interface ExportResult {
  month: string;
  asOf: string;
  files: { file: string; customers: number }[];
  /** Per trigger: customers in it without an offer yet (`trigger-<id>.csv`; none without triggers). */
  triggers: { file: string; customers: number }[];
}

/** Folders the site is built from, into, or published from; the export must never land there. */
const SITE_FOLDERS = ["dist", "public", "src", ".klantbeeld/publish"];

/**
 * The real path `path` leads to, symbolic links resolved, also when its last parts do not exist
 * yet (the nearest existing folder is resolved, the rest appended).
 */
export async function realTarget(path: string): Promise<string> {
  const rest: string[] = [];
  for (let p = resolve(path); ; ) {
    try {
      return join(await realpath(p), ...rest.reverse());
    } catch {
      const parent = dirname(p);
      if (parent === p) return resolve(path);
      rest.push(basename(p));
      p = parent;
    }
  }
}

/** Refuses an output folder that is, or lies inside, a site folder, after following symbolic links. */
async function refuseSiteFolders(out: string, root = "."): Promise<string> {
  const target = await realTarget(out);
  for (const folder of SITE_FOLDERS) {
    const inside = relative(await realTarget(join(root, folder)), target);
    if (!inside.startsWith("..") && !isAbsolute(inside)) {
      throw new LoadError((t) => t.cli.exportSegments.insideSite(out, folder));
    }
  }
  return target;
}

/** Writes one CSV per segment into `outDir` and returns the counts. */
export async function exportSegments(options: ExportOptions): Promise<ExportResult> {
  await refuseSiteFolders(options.outDir);
  const config = await readConfig(options.dataDir, options.configPath);
  const { store, accounts } = await loadSources(config, options.dataDir);
  checkThreshold(accounts, config.rejectThreshold);
  if (store.lastDay === null) throw new LoadError((t) => t.cli.exportSegments.noOrders);
  const rfmConfig = rfmSettings(config);
  const repurchase = repurchaseSettings(config);
  // As of the same day as the dashboard: the newest transaction's day, or `asOf:` (docs/metrics.md).
  const { last: month, asOf } = periodOf(store, config.asOf);
  const scores = rfm(pinStore(store, asOf).store, month, rfmConfig.windowMonths, asOf);
  const purchases = purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, asOf);
  const moment = momentOfTruth(purchases, asOf, { dueFactor: repurchase.dueFactor, overdueFactor: repurchase.overdueFactor });
  const rows = segmentExportRows(scores, store.customerIds, { actions: rfmConfig.actions, moment });
  const bySegment = new Map<SegmentId, SegmentExportRow[]>(SEGMENT_IDS.map((id) => [id, []]));
  for (const row of rows) bySegment.get(row.segment)!.push(row);
  const csv: CsvOptions = options.dialect === "excel-nl" ? { delimiter: ";", decimalComma: true, bom: true } : {};
  await mkdir(options.outDir, { recursive: true });
  // Checked again now that the folder exists: a link made meanwhile cannot divert the lists.
  const outDir = await refuseSiteFolders(options.outDir);
  const files: ExportResult["files"] = [];
  for (const id of SEGMENT_IDS) {
    const file = `${id}.csv`;
    const target = join(outDir, file);
    const temp = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temp, segmentExportCsv(bySegment.get(id)!, csv), "utf8");
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    files.push({ file, customers: bySegment.get(id)!.length });
  }
  const triggers = await exportTriggers(config, options.dataDir, pinStore(store, asOf).store, month, asOf, outDir, csv);
  return { month: monthKey(month), asOf: isoDay(asOf), files, triggers };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string", default: ".klantbeeld/segments" },
      config: { type: "string" },
      dialect: { type: "string", default: "csv" },
    },
  });
  const dialect = values.dialect;
  const language = cliLanguage(values.data);
  const t = messages(language).cli;
  if (dialect !== "csv" && dialect !== "excel-nl") {
    console.error(t.exportSegments.badDialect(String(dialect)));
    process.exitCode = 2;
  } else {
    exportSegments({ dataDir: values.data, outDir: values.out, dialect, ...(values.config ? { configPath: values.config } : {}) }).then(
      (result) => {
        console.log(t.exportSegments.heading(result.asOf, result.month, values.out));
        for (const f of result.files) console.log(t.exportSegments.file(f.file, f.customers));
        console.log(t.exportSegments.total(result.files.reduce((a, f) => a + f.customers, 0)));
        for (const f of result.triggers) console.log(t.exportSegments.trigger(f.file, f.customers));
      },
      (error: unknown) => {
        // A LoadError names file, line and column; anything else: one line, no stack, no data.
        // "error: " first, so the workflow's failure notice finds this line in the job's log.
        console.error(`${t.error}: ${error instanceof LoadError ? error.text(language) : t.exportSegments.failed((error as Error).message.split("\n")[0]!)}`);
        process.exitCode = 1;
      },
    );
  }
}

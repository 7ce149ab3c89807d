/**
 * `npm run report [-- --dist dist --bundle .klantbeeld/bundle.json --out .klantbeeld/report]`:
 * the monthly report as PDF. Prints the built site's report page (`/rapport/`, made by
 * `npm run build` from the same bundle) with Chromium to `klantbeeld-YYYY-MM.pdf`, the month being
 * the last complete month of the data; a site in two languages also gets the other language's
 * report page (`/en/rapport/`) as `klantbeeld-YYYY-MM-en.pdf`. The PDF's dates are the data's as-of day, so the same
 * `dist/` and Chromium give the same bytes. Written atomically; errors are one line, no stack trace.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUNDLE_PATH, readBundle } from "../read-bundle.ts";
import { DEFAULT_LOCALE, type Language, languageOf, messages } from "../i18n/index.ts";
import { escapeHtml } from "../lib/escape-html.ts";
import { formatMonth } from "../lib/format.ts";
import { writeAtomic } from "../lib/write-atomic.ts";
import { LoadError } from "../model/load-error.ts";
import { fixPdfDates } from "../report/pdf-dates.ts";
import { chromiumPath, pageCount, printPdf } from "../report/print-pdf.ts";
import { reportFileName, reportPeriod } from "../report/report-month.ts";
import { cliLanguage } from "./language.ts";
import { runCli } from "./run-cli.ts";

/** The site path of the report page (under the base). */
export const REPORT_PAGE = "rapport/";

/** Options of `writeReport`. */
export interface ReportOptions {
  dist: string;
  bundlePath: string;
  outDir: string;
  executablePath: string;
}

/** The report page's own facts, written into it at build time: its month and the site's base path. */
export async function builtReportPage(dist: string, pagePath = REPORT_PAGE): Promise<{ month: string; base: string }> {
  if (!existsSync(join(dist, "index.html"))) throw new LoadError((t) => t.report.errors.noSite(`${dist}/index.html`));
  const file = join(dist, pagePath, "index.html");
  if (!existsSync(file)) throw new LoadError((t) => t.report.errors.noReportPage(file));
  const html = await readFile(file, "utf8");
  const month = /data-report-month="(\d{4}-\d{2})"/.exec(html)?.[1];
  const base = /data-base="([^"]*)"/.exec(html)?.[1];
  if (!month || base === undefined) throw new LoadError((t) => t.report.errors.noReportMonth(file));
  return { month, base: base.endsWith("/") ? base : `${base}/` };
}

/** The footer on every page: business, report and month, page n of N (Chromium fills the numbers in). */
export function footerTemplate(business: string, month: string, locale: string): string {
  const text = messages(locale).report.footer(escapeHtml(business), escapeHtml(month), '<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return `<div style="width:100%;margin:0 12mm;font:8pt system-ui,sans-serif;color:#333;text-align:center">${text}</div>`;
}

/** One written report. */
export interface WrittenReport {
  path: string;
  pages: number;
  month: string;
  locale: string;
}

/**
 * Writes the report PDF of each language of the site (the first language's report page at
 * `/rapport/`, another's at `/<language>/rapport/`); returns them in the site's language order.
 */
export async function writeReport(options: ReportOptions): Promise<WrittenReport[]> {
  const bundle = await readBundle(options.bundlePath);
  const period = reportPeriod(bundle);
  const languages: Language[] = bundle.languages?.length ? bundle.languages : [languageOf(bundle.locale)];
  const written: WrittenReport[] = [];
  for (const [i, language] of languages.entries()) {
    const pagePath = i === 0 ? REPORT_PAGE : `${language}/${REPORT_PAGE}`;
    const page = await builtReportPage(options.dist, pagePath);
    if (page.month !== period.month) throw new LoadError((t) => t.report.errors.otherMonth(options.dist, page.month, options.bundlePath, period.month));
    // Numbers and dates as the site writes them in that language: the data's locale in its own language, else the language's default.
    const locale = languageOf(bundle.locale) === language ? bundle.locale : DEFAULT_LOCALE[language];
    const footer = footerTemplate(bundle.title, formatMonth(period.month, locale), locale);
    const printed = await printPdf({ dist: options.dist, base: page.base, page: pagePath, footer, executablePath: options.executablePath });
    const pdf = fixPdfDates(printed, period.asOf);
    const path = join(options.outDir, reportFileName(period.month, i === 0 ? undefined : language));
    await writeAtomic(path, pdf);
    written.push({ path, pages: pageCount(pdf), month: period.month, locale });
  }
  return written;
}

if (import.meta.main) {
  await runCli(async () => {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { dist: { type: "string", default: process.env.KLANTBEELD_DIST ?? "dist" }, bundle: { type: "string", default: BUNDLE_PATH }, out: { type: "string", default: ".klantbeeld/report" } },
    });
    const executablePath = chromiumPath();
    // A CHROMIUM_PATH that names nothing (a runner image without that browser) is said as such, not as a missing Debian package.
    if (process.env.CHROMIUM_PATH && !existsSync(executablePath)) throw new LoadError((t) => t.report.errors.noChromiumAt(executablePath));
    const written = await writeReport({ dist: values.dist, bundlePath: values.bundle, outDir: values.out, executablePath });
    // In the reader's language (as the errors), whatever the report's.
    const t = messages(cliLanguage()).report;
    for (const report of written) console.log(t.written(report.path, report.pages));
  }, () => cliLanguage());
}

/** The monthly PDF report's own words in English, typed against the Dutch reference. */
import type { report as nl } from "../nl/report.ts";
import { counted } from "../plural.ts";

export const report: typeof nl = {
  name: "Monthly report",
  dataThrough: (day) => `Data up to and including ${day}`,
  partialLeftOut: (month, day) => `${month} is still running (data up to ${day}) and is not part of this report; the dashboard shows that month so far.`,
  glance: "At a glance",
  contents: "Contents",
  kpis: (month) => `Key figures ${month}`,
  kpisLead: "Each value with its change against the month before and the same month last year: the arrow shows the direction, the word whether it is good or bad news.",
  goals: "Goals",
  goalsLines: "In the charts: solid line = actual, dashed = planned path, dotted = trend; the finely dotted horizontal line is the target.",
  goalsNone: "No goals have been set (data/goals.yaml).",
  segments: "Segment moves",
  repurchase: "Repeat purchases",
  repurchaseNone: "No customers with a customer number: no repeat purchases to compute.",
  repurchaseModel: (customers, day) => `${counted(customers, "known customer", "known customers")} in the model, measured on ${day}.`,
  repurchaseExpected: (purchases, months) => `Expected: ${purchases} repeat purchases in the next ${counted(months, "month", "months")}.`,
  repurchaseValue: (clv, months) => `Customer lifetime value (CLV) over ${counted(months, "month", "months")}: ${clv}.`,
  repurchaseDue: (due, overdue) => `Due for a next purchase now: ${counted(due, "customer", "customers")}; overdue: ${overdue}.`,
  hidden: (minGroupSize) => `– : not shown, as fewer than ${counted(minGroupSize, "customer", "customers")} (or derivable from such a group).`,
  quality: "Data quality",
  qualityRows: (read, accepted, rejected, files) => `${counted(read, "row", "rows")} read from ${counted(files, "file", "files")}: ${accepted} accepted, ${rejected} rejected. Rejected rows count nowhere.`,
  qualityWarnings: "Warnings",
  qualityNoWarnings: "No warnings.",
  footer: (business, month, page, pages) => `${business} · Monthly report ${month} · page ${page} of ${pages}`,
  digestLink: "Monthly report as PDF",
  digestLinkNote: "downloadable for readers of the repository",
  written: (path, pages) => `Report written: ${path} (${pages} pages).`,
  errors: {
    noSite: (file) => `${file} not found: build the site first (\`npm run build\`)`,
    noReportPage: (file) => `${file} not found: this dist/ has no report page; build the site again (\`npm run build\`)`,
    noReportMonth: (file) => `${file} lacks its report month: build the site again (\`npm run build\`)`,
    otherMonth: (dist, built, bundle, month) => `${dist}/ was built for ${built}, but ${bundle} reports on ${month}: build the site again (\`npm run build\`)`,
    noChromium: (path) => `Chromium not found at ${path}: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome or Chromium binary`,
    noChromiumAt: (path) =>
      `CHROMIUM_PATH points to ${path}, but there is no browser there: set CHROMIUM_PATH to a Chrome or Chromium binary (/usr/bin/google-chrome on GitHub's Ubuntu runners), or leave it out for Debian's chromium (/usr/bin/chromium)`,
    pageUnopened: (file) => `${file} could not be opened: run \`npm run build\` first`,
    noTransactions: "the bundle holds no transactions: nothing to report",
    noCompleteMonth: (asOf) => `the data run only through ${asOf}: no complete month to report on yet`,
  },
};

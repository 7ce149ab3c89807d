/** The monthly PDF report's own words in English, typed against the Dutch reference. */
import type { report as nl } from "../nl/report.ts";

export const report: typeof nl = {
  name: "Monthly report",
  dataThrough: (day) => `Data up to and including ${day}`,
  partialLeftOut: (month, day) => `${month} is still running (data up to ${day}) and is not part of this report; the dashboard shows that month so far.`,
  contents: "Contents",
  kpis: (month) => `Key figures ${month}`,
  kpisLead: "Each value with its change against the month before and the same month last year: the arrow shows the direction, the word whether it is good or bad news.",
  goals: "Goals",
  goalsNone: "No goals have been set (data/goals.yaml).",
  segments: "Segment moves",
  repurchase: "Repeat purchases",
  repurchaseNone: "No customers with a customer number: no repeat purchases to compute.",
  repurchaseModel: (customers, day) => `${customers} known customers in the model, measured on ${day}.`,
  repurchaseExpected: (purchases, months) => `Expected: ${purchases} repeat purchases in the next ${months} months.`,
  repurchaseValue: (clv, months) => `Customer lifetime value (CLV) over ${months} months: ${clv}.`,
  repurchaseDue: (due, overdue) => `Due for a next purchase now: ${due} customers; overdue: ${overdue}.`,
  hidden: (minGroupSize) => `– : not shown, as fewer than ${minGroupSize} customers (or derivable from such a group).`,
  quality: "Data quality",
  qualityRows: (read, accepted, rejected, files) => `${read} rows read from ${files} files: ${accepted} accepted, ${rejected} rejected. Rejected rows count nowhere.`,
  qualityWarnings: "Warnings",
  qualityNoWarnings: "No warnings.",
  footer: (business, month, page, pages) => `${business} · Monthly report ${month} · page ${page} of ${pages}`,
  digestLink: "Monthly report as PDF",
  digestLinkNote: "downloadable for readers of the repository",
  written: (path, pages) => `Report written: ${path} (${pages} pages).`,
};

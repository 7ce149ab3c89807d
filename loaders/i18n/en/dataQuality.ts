/** The data quality page (English). */
import type { dataQuality as nl } from "../nl/dataQuality.ts";

/** `1 order`, `3 orders` (a count in the reader's format). */
const plural = (count: string | number | undefined, n: (x: number) => string, one: string, many: string) => `${n(Number(count))} ${Number(count) === 1 ? one : many}`;

export const dataQuality: typeof nl = {
  title: "Data quality",
  lead: "Every line read is accounted for: read = accepted + rejected, per file. Rejected lines count nowhere.",
  warnings: "Warnings",
  warningTexts: {
    unknown_channel: (p) => `Channel "${p.name}" is listed under neither digital nor offline in data/klantbeeld.yaml; it does not count towards the digital share.`,
    experiment_srm: (p) => `Experiment "${p.name}": the visitors are split differently from the plan (SRM); the result is not reliable.`,
    as_of_pinned: (p, n) =>
      `Figures as of ${p.asOf} (asOf in data/klantbeeld.yaml): ${plural(p.orders, n, "order", "orders")}, ${plural(p.lines, n, "order line", "order lines")}, ` +
      `${plural(p.journeyRows, n, "visitor row", "visitor rows")}, ${plural(p.experiments, n, "experiment", "experiments")} (started after that day) and ` +
      `${plural(p.momentRows, n, "signal, profile or offer row", "signal, profile and offer rows")} do not count.`,
    as_of_after_data: (p) => `asOf ${p.asOf} is after the newest transaction (${p.last}); the days in between count as days without sales.`,
    product_join: () => "No order line has a product from the product file; check the product columns.",
    fit_not_converged: (p) =>
      p.model === "gammaGamma"
        ? "The spending model (Gamma-Gamma) did not converge or has no finite mean; CLV is not shown."
        : p.model === "calibration"
          ? "The calibration model (BG/NBD on the months before the holdout) did not converge; the calibration chart shows the actual purchases only."
          : "The repurchase model (BG/NBD) did not converge; probability alive, expected purchases and CLV are not shown.",
    business_baseline_missing: (p) => `The business calculator cannot compute: the data give no ${p.count === 1 ? "value" : "values"} for ${p.missing}; fill ${p.count === 1 ? "it" : "them"} in in data/klantbeeld.yaml.`,
  },
  account: "Line account per file",
  file: "File",
  source: "Source",
  read: "Read",
  accepted: "Accepted",
  rejected: "Rejected",
  reasons: "Reasons",
  total: "Total",
  rejectedLines: "Rejected lines",
  noRejected: "No rejected lines.",
  line: "Line",
  column: "Column",
  reason: "Reason",
  expected: "Expected",
  limited: "The first rejected lines of each file are shown; the counts above are complete.",
  noCellValues: "Cell values are never shown, only where and why: that way no customer data reach the site.",
  forAdmins: "For administrators",
  adminDescription: {
    before: "The data description is in",
    sources: "sources, columns, channel groups under",
    actions: "segment actions",
    alerts: "alerts",
    calculator: "business calculator",
    and: "and",
    goals: "goals are in",
    see: "See",
  },
  campaignLists: "Campaign lists with customer numbers per segment:",
  notOnSite: "(not on this site)",
  files: "Files:",
  channelCodes: "Channel codes in the data:",
  reasonCodes: "Reason codes:",
  bundle: "Bundle",
  fingerprint: "(fingerprint of all inputs)",
};

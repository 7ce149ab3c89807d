/**
 * Which month the monthly report is about: the last complete month of the data. A month whose last
 * day lies after the as-of day is still running (`bundle.period.partial`) and is left out, so a
 * report made on the 2nd never compares two days with a whole month.
 */
import { LoadError } from "../model/load-error.ts";
import type { Bundle } from "../bundle/types.ts";

/** The report's period: its month, the data's as-of day, and the running month left out (or null). */
export interface ReportPeriod {
  /** `yyyy-mm`: the last complete month. */
  month: string;
  /** `yyyy-mm-dd`: the day the data run through. */
  asOf: string;
  /** `yyyy-mm` of the newest month when it is still running, else null. */
  partialMonth: string | null;
}

/**
 * The report's period from the bundle; throws when the data hold no complete month yet.
 * @example reportPeriod(bundle) // { month: "2026-10", asOf: "2026-10-31", partialMonth: null }
 */
export function reportPeriod(bundle: Pick<Bundle, "months" | "dataAsOf" | "period">): ReportPeriod {
  const period = bundle.period;
  const asOf = period?.asOf ?? bundle.dataAsOf;
  if (!asOf) throw new LoadError((t) => t.report.errors.noTransactions);
  const month = period ? period.lastCompleteMonth : (bundle.months.at(-1) ?? null);
  if (month === null || !bundle.months.includes(month)) throw new LoadError((t) => t.report.errors.noCompleteMonth(asOf));
  return { month, asOf, partialMonth: period?.partial?.month ?? null };
}

/**
 * The report's file name: `klantbeeld-yyyy-mm.pdf` in the site's first language, and
 * `klantbeeld-yyyy-mm-<language>.pdf` for a further language of the site (`languages: [nl, en]`).
 */
export function reportFileName(month: string, language?: string): string {
  return `klantbeeld-${month}${language ? `-${language}` : ""}.pdf`;
}

/** Number words of the "Moment van de waarheid" and "Klantprofiel" pages (nl-NL by default): "–" for a hidden or undefined figure. */
import type { AcceptanceComparison } from "../../loaders/index.ts";

/** The formatters of a locale. */
export function momentFormat(locale: string) {
  const pct = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct0 = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dash = <T,>(f: (v: T) => string) => (v: T | null | undefined) => (v === null || v === undefined ? "–" : f(v));
  return {
    /** 32,3% */
    pct: dash((v: number) => pct.format(v)),
    /** 32% (axis ticks) */
    pct0: (v: number) => pct0.format(v),
    /** +34,6% */
    signed: dash((v: number) => signed.format(v)),
    /** 1.234 */
    count: dash((v: number) => whole.format(v)),
    /** 12,5 dagen */
    days: dash((v: number) => `${one.format(v)} dagen`),
    /** 1,43 */
    ratio: dash((v: number) => two.format(v)),
    /** "+21,9% tot +48,6%" */
    liftInterval: (c: AcceptanceComparison | null) => (c?.liftInterval ? `${signed.format(c.liftInterval.low)} tot ${signed.format(c.liftInterval.high)}` : "–"),
    /** A p-value: "< 0,0001" or two significant digits. */
    p: (p: number | null | undefined) => (p === null || p === undefined ? "–" : p < 0.0001 ? "< 0,0001" : new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(p)),
  };
}

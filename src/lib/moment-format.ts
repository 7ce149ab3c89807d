/**
 * Number words of the "Moment van de waarheid" and "Klantprofiel" pages, built on the site's one
 * formatting module (`format.ts`) in the locale's language: `12,3 %` with a narrow no-break space
 * (en-GB `12.3%`), a real minus, `–` for a hidden or undefined figure.
 */
import { type AcceptanceComparison, messages } from "../../loaders/index.ts";
import { MINUS, formatCount, formatPercent, type FormatSettings } from "../../loaders/browser.ts";

/** The formatters of a locale (nl-NL by default); words from the catalogue of its language. */
export function momentFormat(locale: string) {
  const s: FormatSettings = { locale, currency: "EUR" };
  const words = messages(locale).moments;
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signedPct = (v: number) => {
    const text = formatPercent(Math.abs(v), s);
    return !/[1-9]/.test(text) ? text : v > 0 ? `+${text}` : `${MINUS}${text}`;
  };
  const dash = <T,>(f: (v: T) => string) => (v: T | null | undefined) => (v === null || v === undefined ? "–" : f(v));
  return {
    /** 32,3 % */
    pct: dash((v: number) => formatPercent(v, s)),
    /** 32 % (axis ticks) */
    pct0: (v: number) => formatPercent(v, s, 0),
    /** +34,6 % / −2,1 % */
    signed: dash(signedPct),
    /** 1.234 */
    count: dash((v: number) => formatCount(v, s)),
    /** 12,5 dagen (12.5 days) */
    days: dash((v: number) => words.days(one.format(v))),
    /** 1,43 */
    ratio: dash((v: number) => two.format(v)),
    /** "+21,9 % tot +48,6 %" */
    liftInterval: (c: AcceptanceComparison | null) => (c?.liftInterval ? `${signedPct(c.liftInterval.low)} ${words.to} ${signedPct(c.liftInterval.high)}` : "–"),
    /** A p-value: "< 0,0001" or two significant digits. */
    p: (p: number | null | undefined) => (p === null || p === undefined ? "–" : p < 0.0001 ? `< ${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(0.0001)}` : new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(p)),
  };
}

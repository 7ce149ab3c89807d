/**
 * The digest's warnings, in the digest's language with figures from the shared format module:
 * stale data, the bundle's own warnings, files with rejected rows (summed when more than
 * `REJECTED_FILES_LISTED`), headline figures of last month revised since the previous digest, no
 * new month since then, and the partial newest month compared like for like.
 */
import { warningText } from "../lib/warning-text.ts";
import type { Bundle } from "../bundle/types.ts";
import type { Language } from "../i18n/index.ts";
import { messages } from "../i18n/index.ts";
import type { Delta } from "../lib/deltas.ts";
import { type FormatSettings, formatCount, formatMonth, formatPercent, formatValue, PERCENT, signed } from "../lib/format.ts";
import { monthKey } from "../lib/months.ts";

/** Files with rejected rows named one by one; more are summed into one warning. */
export const REJECTED_FILES_LISTED = 3;
/** Relative revision of a headline figure that is reported. */
export const REVISION_SHARE = 0.005;

/** One warning: a stable code and a sentence. */
export interface DigestWarning {
  code: string;
  message: string;
}

/** What the warnings need to know about the digest being written. */
export interface WarningContext {
  language: Language;
  settings: FormatSettings;
  /** The report month (`yyyy-mm`) or null without data. */
  month: string | null;
  /** The previous digest's report month, null without a previous bundle. */
  previousMonth: string | null;
  today: string;
  freshnessDays: number;
  /** A headline series' name as the digest shows it. */
  name: (id: string, fallback: string) => string;
  headlineIds: readonly string[];
}

/** A share of rows as text; below 0.1 % as "< 0,1 %" so a handful of rows never reads as 0. */
function share(part: number, whole: number, settings: FormatSettings): string {
  return part / whole < 0.001 ? `< ${formatPercent(0.001, settings)}` : formatPercent(part / whole, settings);
}

/** Every warning of the digest except the partial month's (see the module comment). */
export function digestWarnings(current: Omit<Bundle, "sections">, previous: Omit<Bundle, "sections"> | null, c: WarningContext): DigestWarning[] {
  const w = messages(c.language).digest.warning;
  const n = (v: number) => formatCount(v, c.settings);
  const out: DigestWarning[] = [];
  if (current.dataAsOf === null) out.push({ code: "no_data", message: w.noData });
  else {
    const age = Math.round((Date.parse(c.today) - Date.parse(current.dataAsOf)) / 86_400_000);
    if (age > c.freshnessDays) out.push({ code: "stale_data", message: w.stale(current.dataAsOf, n(age), n(c.freshnessDays)) });
  }
  for (const stored of current.warnings ?? []) {
    const x = { code: stored.code, message: warningText(stored, c.language) };
    if (!out.some((o) => o.code === x.code && o.message === x.message) && x.code !== "stale_data") out.push(x);
  }
  const rejected = (current.accounts ?? []).filter((a) => a.rowsRejected > 0);
  if (rejected.length > REJECTED_FILES_LISTED) {
    const [bad, read] = [rejected.reduce((s, a) => s + a.rowsRejected, 0), rejected.reduce((s, a) => s + a.rowsRead, 0)];
    out.push({ code: "rejected_rows", message: w.rejectedFiles(n(bad), n(read), rejected.length, share(bad, read, c.settings)) });
  } else {
    for (const a of rejected) out.push({ code: "rejected_rows", message: w.rejectedFile(`data/${a.file}`, n(a.rowsRejected), n(a.rowsRead), share(a.rowsRejected, a.rowsRead, c.settings)) });
  }
  if (previous && c.previousMonth !== null && c.month !== null) {
    if (c.previousMonth === c.month) out.push({ code: "no_new_month", message: w.noNewMonth(formatMonth(c.month, c.settings.locale)) });
    const pi = previous.months.indexOf(c.previousMonth);
    const ci = current.months.indexOf(c.previousMonth);
    for (const id of c.headlineIds) {
      const was = previous.series.find((s) => s.id === id)?.values[pi];
      const series = current.series.find((s) => s.id === id);
      const now = series?.values[ci];
      if (series && was != null && now != null && Math.abs(now - was) > REVISION_SHARE * Math.max(Math.abs(was), 1e-9)) {
        const value = (v: number) => formatValue(v, series.unit, c.settings);
        out.push({ code: "revised", message: w.revised(c.name(id, series.label), formatMonth(c.previousMonth, c.settings.locale), value(was), value(now)) });
      }
    }
  }
  return out;
}

/** The partial month as the note sees it: its days and its revenue line (when there is one). */
export interface PartialFacts {
  month: string;
  throughDay: string;
  days: number;
  daysInMonth: number;
  revenue: { label: string; value: string; mom: Delta | null; yoy: Delta | null } | null;
}

/** One sentence on the partial month, with its revenue against the same days (for every channel's text). */
export function partialNote(p: PartialFacts, month: string | null, language: Language, settings: FormatSettings): DigestWarning {
  const w = messages(language).digest.warning;
  const [y, m] = p.month.split("-").map(Number) as [number, number];
  const lastDay = (k: number) => Math.min(p.days, new Date(Date.UTC(Math.floor(k / 12), (k % 12) + 1, 0)).getUTCDate());
  const index = y * 12 + m - 1;
  const span = (k: number) => w.days(1, lastDay(k), formatMonth(monthKey(k), settings.locale));
  const pct = (d: Delta | null) => (d?.relative == null ? "–" : `${signed(d.relative * 100, settings, 1, 1)}${PERCENT}`);
  const r = p.revenue;
  const figures = r ? ` ${w.partialRevenue(r.label, r.value, pct(r.mom), span(index - 1), pct(r.yoy), span(index - 12))}` : "";
  const about = month ? ` ${w.partialAbout(formatMonth(month, settings.locale))}` : "";
  const name = formatMonth(p.month, settings.locale);
  return { code: "partial_month", message: `${w.partial(name.charAt(0).toUpperCase() + name.slice(1), p.throughDay, p.days, p.daysInMonth)}${about}${figures}` };
}

/**
 * The managers' monthly digest as data: a pure function of this month's bundle, last month's
 * bundle (or null) and the options, rendered elsewhere to Markdown, Teams and Slack.
 *
 * - **Report month**: the newest month that is complete in the data (its last day ≤ `dataAsOf`),
 *   so an export that already holds a day of the new month never makes a −97 % headline.
 * - **Headline KPIs**: `HEADLINE_IDS` that exist, with MoM and YoY deltas in the report month.
 * - **Goals**: those whose status differs from the previous bundle's (or, without one, from the
 *   previous month of the goal's own history), and all at risk or off track.
 * - **Segment moves**: RFM segments whose customer count changed MoM by ≥ `SEGMENT_MOVE_SHARE`
 *   and by at least `minGroupSize` customers (largest first, at most 5), plus the RFM alerts.
 * - **Partial month**: when the newest month is not complete (`bundle.period.partial`), the headline
 *   KPIs month-to-date with like-for-like deltas (the same days of the month before and of last
 *   year, `periodDeltas`) in `partial`, and one line saying so among the warnings.
 * - **Warnings**: stale data (newest transaction older than `freshnessDays` before `today`), the
 *   bundle's own warnings, files with rejected rows (summed when more than three), headline figures of last month that were
 *   revised since the previous digest, and no new month since the previous digest.
 */
import { periodDeltas } from "../bundle/period.ts";
import { messages } from "../i18n/index.ts";
import type { Bundle, Series, Unit } from "../bundle/types.ts";
import { type Delta, deltas } from "../lib/deltas.ts";
import { dayOf, monthEnd, monthKey, parseMonthKey } from "../lib/months.ts";
import type { GoalStatus } from "../metrics/goal-tracking.ts";
import { formatNumber, formatValue, monthName } from "./format.ts";

/** The headline KPIs, in display order (those missing from the bundle are skipped). */
export const HEADLINE_IDS = ["revenue", "orders", "aov", "customers.active", "customers.new", "digital.revenue_share", "lapsed_top.customers",
  "trigger.entries", "trigger.coverage", "offers.acceptance_lift"]; // moments of truth: customers in a trigger, offered in time, acceptance lift
/** Relative MoM change of a segment's customers that counts as notable. */
export const SEGMENT_MOVE_SHARE = 0.1;
/** Files with rejected rows named one by one; more are summed into one warning. */
export const REJECTED_FILES_LISTED = 3;
/** Relative revision of a headline figure that is reported. */
export const REVISION_SHARE = 0.005;

/** Options of `digest`. */
export interface DigestOptions {
  /** The dashboard's address; null leaves the link out. */
  siteUrl: string | null;
  /** Days after which the data counts as stale (the bundle's `freshnessDays` when absent). */
  freshnessDays?: number;
  /** Today's date `yyyy-mm-dd` (a parameter, so the digest is reproducible). */
  today: string;
  /** The monthly report's (PDF's) artifact page; null or absent leaves the link out. */
  reportUrl?: string | null;
}

/** One headline KPI. */
export interface KpiLine {
  id: string;
  label: string;
  unit: Unit;
  better: Series["better"];
  value: number | null;
  mom: Delta | null;
  yoy: Delta | null;
}

/** One goal worth a manager's attention. */
export interface GoalLine {
  id: string;
  title: string;
  unit: Unit;
  status: GoalStatus | "pending";
  previousStatus: GoalStatus | "pending" | null;
  changed: boolean;
  progress: number | null;
  actual: number | null;
  target: number;
  deadline: string;
}

/** The digest. */
export interface Digest {
  /** "Klantbeeld maandrapport YYYY-MM": the issue title and the message heading. */
  title: string;
  /** The business (bundle title). */
  business: string;
  month: string;
  dataAsOf: string | null;
  siteUrl: string | null;
  /** The link to the monthly report (PDF), in the bundle's language; null without one. */
  report?: { url: string; label: string; note: string } | null;
  currency: string;
  kpis: KpiLine[];
  goals: GoalLine[];
  /** Goals per status, null when the bundle has no goals section. */
  goalCounts: Record<string, number> | null;
  segments: { id: string; label: string; customers: number; change: number; relative: number | null }[];
  alerts: { label: string; count: number }[];
  /** The newest month when it is not complete: headline KPIs month-to-date, deltas over the same days. */
  partial?: { month: string; throughDay: string; days: number; daysInMonth: number; kpis: KpiLine[] } | null;
  warnings: { code: string; message: string }[];
}

/** The goals section as the digest reads it (only the fields it needs; defensive about the rest). */
interface GoalsLike {
  goals?: { id: string; title: string; unit: Unit; deadline: string; target: { value: number }; current: { status: GoalStatus; progress: number; actual: number } | null; history?: { month: string; status: GoalStatus }[] }[];
  counts?: Record<string, number>;
}
interface RfmLike {
  segments?: { id: string; nameNl?: string }[];
  /** The alerts' month axis (`rfm.months`), aligned with each alert's `months`. */
  months?: string[];
  alerts?: { from: string | string[]; to: string | string[]; label?: string; latest?: number | null; count?: number | null; months?: (number | null)[] }[];
}

/** The newest month of the bundle that is complete by `dataAsOf` (or its last month without a date). */
export function reportMonth(bundle: Pick<Bundle, "months" | "dataAsOf">): string | null {
  const last = bundle.months.at(-1);
  if (last === undefined) return null;
  if (bundle.dataAsOf === null) return last;
  const [y, m, d] = bundle.dataAsOf.split("-").map(Number);
  const asOf = dayOf(y!, m!, d!);
  let month = parseMonthKey(last);
  while (monthEnd(month) > asOf && month > parseMonthKey(bundle.months[0]!)) month--;
  return monthKey(month);
}

const STATUS_OF = (g: NonNullable<GoalsLike["goals"]>[number]) => g.current?.status ?? ("pending" as const);

function goalLines(current: Bundle, previous: Bundle | null): GoalLine[] {
  const goals = (current.sections.goals as GoalsLike | undefined)?.goals ?? [];
  const before = new Map(((previous?.sections.goals as GoalsLike | undefined)?.goals ?? []).map((g) => [g.id, STATUS_OF(g)]));
  return goals.flatMap((g) => {
    const status = STATUS_OF(g);
    const history = g.history ?? [];
    const previousStatus = previous ? (before.get(g.id) ?? null) : (history.at(-2)?.status ?? null);
    const changed = previousStatus !== null && previousStatus !== status;
    if (!changed && status !== "at-risk" && status !== "off-track") return [];
    return [{ id: g.id, title: g.title, unit: g.unit, status, previousStatus, changed, progress: g.current?.progress ?? null, actual: g.current?.actual ?? null, target: g.target.value, deadline: g.deadline }];
  });
}

function segmentMoves(bundle: Bundle, at: number): Digest["segments"] {
  const rfm = bundle.sections.rfm as RfmLike | undefined;
  const names = new Map((rfm?.segments ?? []).map((s) => [s.id, s.nameNl ?? s.id]));
  return bundle.series
    .flatMap((s) => {
      const id = /^segment\.([^.]+)\.customers$/.exec(s.id)?.[1];
      const now = s.values[at];
      const before = s.values[at - 1];
      if (!id || now == null || before == null) return [];
      const change = now - before;
      const relative = before === 0 ? null : change / before;
      if (Math.abs(change) < bundle.minGroupSize || (relative !== null && Math.abs(relative) < SEGMENT_MOVE_SHARE)) return [];
      return [{ id, label: names.get(id) ?? s.label, customers: now, change, relative }];
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.id.localeCompare(b.id))
    .slice(0, 5);
}

/** RFM alerts with customers in the report month (the alert's value for that month, else its latest or `count`). */
function alertLines(bundle: Bundle, month: string | null): Digest["alerts"] {
  const rfm = bundle.sections.rfm as RfmLike | undefined;
  const list = (x: string | string[]) => (Array.isArray(x) ? x.join(", ") : x);
  const index = month === null ? -1 : (rfm?.months ?? []).indexOf(month);
  return (rfm?.alerts ?? []).flatMap((a) => {
    const count = index >= 0 && a.months ? (a.months[index] ?? null) : a.latest !== undefined ? a.latest : (a.count ?? null);
    return count !== null && count > 0 ? [{ label: a.label ?? `${list(a.from)} → ${list(a.to)}`, count }] : [];
  });
}

function warnings(current: Bundle, previous: Bundle | null, month: string | null, options: DigestOptions): Digest["warnings"] {
  const out: Digest["warnings"] = [];
  const days = options.freshnessDays ?? current.freshnessDays ?? 45;
  if (current.dataAsOf === null) out.push({ code: "no_data", message: "Er zijn geen transacties geladen." });
  else {
    const age = Math.round((Date.parse(options.today) - Date.parse(current.dataAsOf)) / 86_400_000);
    if (age > days) out.push({ code: "stale_data", message: `De nieuwste transactie is van ${current.dataAsOf}, ${age} dagen geleden (grens ${days} dagen): lever een nieuwe export aan.` });
  }
  for (const w of current.warnings ?? []) if (!out.some((o) => o.code === w.code && o.message === w.message) && w.code !== "stale_data") out.push(w);
  const rejected = (current.accounts ?? []).filter((a) => a.rowsRejected > 0);
  const share = (part: number, whole: number) => (part / whole < 0.001 ? "< 0,1 %" : `${formatNumber((part / whole) * 100, 1)} %`);
  if (rejected.length > REJECTED_FILES_LISTED) {
    const [n, read] = [rejected.reduce((s, a) => s + a.rowsRejected, 0), rejected.reduce((s, a) => s + a.rowsRead, 0)];
    out.push({ code: "rejected_rows", message: `${formatNumber(n)} van ${formatNumber(read)} rijen in ${rejected.length} bestanden afgewezen (${share(n, read)}); zie de rij-verantwoording op het dashboard.` });
  } else {
    for (const a of rejected) out.push({ code: "rejected_rows", message: `data/${a.file}: ${formatNumber(a.rowsRejected)} van ${formatNumber(a.rowsRead)} rijen afgewezen (${share(a.rowsRejected, a.rowsRead)}).` });
  }
  const previousMonth = previous ? reportMonth(previous) : null;
  if (previous && previousMonth !== null && month !== null) {
    if (previousMonth === month) out.push({ code: "no_new_month", message: `Geen nieuwe maand sinds het vorige rapport: de data loopt nog steeds tot en met ${monthName(month)}.` });
    const pi = previous.months.indexOf(previousMonth);
    const ci = current.months.indexOf(previousMonth);
    for (const id of HEADLINE_IDS) {
      const was = previous.series.find((s) => s.id === id)?.values[pi];
      const series = current.series.find((s) => s.id === id);
      const now = series?.values[ci];
      if (series && was != null && now != null && Math.abs(now - was) > REVISION_SHARE * Math.max(Math.abs(was), 1e-9)) {
        out.push({ code: "revised", message: `${series.label} over ${monthName(previousMonth)} is herzien: was ${formatValue(was, series.unit, current.currency)}, nu ${formatValue(now, series.unit, current.currency)}.` });
      }
    }
  }
  return out;
}

/** The partial newest month's headline KPIs, compared like for like; null when the newest month is complete. */
function partialMonth(bundle: Bundle): NonNullable<Digest["partial"]> | null {
  const partial = bundle.period?.partial;
  if (!partial) return null;
  const at = bundle.months.indexOf(partial.month);
  const kpis = HEADLINE_IDS.flatMap((id): KpiLine[] => {
    const s = bundle.series.find((x) => x.id === id);
    if (!s || at < 0) return [];
    return [{ id, label: s.label, unit: s.unit, better: s.better, value: s.values[at] ?? null, ...periodDeltas(bundle, s, at) }];
  });
  return { ...partial, kpis };
}

/** One sentence on the partial month, with its revenue against the same days (for every channel's text). */
function partialNote(p: NonNullable<Digest["partial"]>, month: string | null, currency: string): { code: string; message: string } {
  const [y, m] = p.month.split("-").map(Number) as [number, number];
  const day = (month: number) => Math.min(p.days, new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate());
  const index = y * 12 + m - 1;
  const label = (k: number) => `1–${day(k)} ${monthName(monthKey(k))}`;
  const revenue = p.kpis.find((k) => k.id === "revenue");
  const pct = (d: Delta | null) => (d?.relative == null ? "–" : `${d.relative > 0 ? "+" : ""}${formatNumber(d.relative * 100, 1)} %`);
  const figures = revenue && revenue.value !== null ? ` Omzet tot nu toe ${formatValue(revenue.value, revenue.unit, currency)}: ${pct(revenue.mom)} t.o.v. ${label(index - 1)}, ${pct(revenue.yoy)} t.o.v. ${label(index - 12)}.` : "";
  const about = month ? ` Dit rapport gaat over ${monthName(month)}, de laatste volledige maand.` : "";
  return { code: "partial_month", message: `${capitalize(monthName(p.month))} is nog niet compleet (data t/m ${p.throughDay}, ${p.days} van ${p.daysInMonth} dagen).${about}${figures}` };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Builds the digest of `current` against `previous` (see the module comment for every rule). */
export function digest(current: Bundle, previous: Bundle | null, options: DigestOptions): Digest {
  const month = reportMonth(current);
  const at = month === null ? -1 : current.months.indexOf(month);
  const kpis = HEADLINE_IDS.flatMap((id): KpiLine[] => {
    const s = current.series.find((x) => x.id === id);
    if (!s || at < 0) return [];
    return [{ id, label: s.label, unit: s.unit, better: s.better, value: s.values[at] ?? null, ...deltas(s.values, at) }];
  });
  const goalsSection = current.sections.goals as GoalsLike | undefined;
  const partial = partialMonth(current);
  const notes = warnings(current, previous, month, options);
  return {
    title: `Klantbeeld maandrapport ${month ?? "zonder data"}`,
    business: current.title,
    month: month ?? "",
    dataAsOf: current.dataAsOf,
    siteUrl: options.siteUrl,
    report: options.reportUrl ? { url: options.reportUrl, label: messages(current.locale).report.digestLink, note: messages(current.locale).report.digestLinkNote } : null,
    currency: current.currency,
    kpis,
    goals: goalLines(current, previous),
    goalCounts: goalsSection?.counts ? { ...goalsSection.counts } : null,
    segments: at > 0 ? segmentMoves(current, at) : [],
    alerts: alertLines(current, month),
    partial,
    warnings: partial ? [partialNote(partial, month, current.currency), ...notes] : notes,
  };
}

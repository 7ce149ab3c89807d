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
 * - **Warnings** (digest-warnings.ts): stale data (newest transaction older than `freshnessDays`
 *   before `today`), the bundle's own warnings, rejected rows, revised headline figures, no new month.
 * - **Words and figures**: KPI names from the glossary (`termName`) and every figure through the
 *   site's format module (loaders/lib/format.ts), in the bundle's language (`locale`) unless
 *   `options.language` says otherwise — a manager reads the same name and figure as on the site.
 */
import { periodDeltas } from "../bundle/period.ts";
import type { GoalReport, GoalsSection } from "../bundle/goals.ts";
import type { RfmAlert, RfmSegmentInfo } from "../bundle/rfm.ts";
import type { Bundle, Series, Unit } from "../bundle/types.ts";
import { DEFAULT_LOCALE, type Language, languageOf, messages } from "../i18n/index.ts";
import { type Delta, deltas } from "../lib/deltas.ts";
import { type FormatSettings, formatValue } from "../lib/format.ts";
import { termName } from "../lib/glossary.ts";
import { glossaryParamsOf } from "../lib/glossary-params.ts";
import { dayOf, monthEnd, monthKey, parseMonthKey } from "../lib/months.ts";
import type { GoalStatus } from "../metrics/goal-tracking.ts";
import { type DigestWarning, digestWarnings, partialNote } from "./digest-warnings.ts";

export { REJECTED_FILES_LISTED, REVISION_SHARE } from "./digest-warnings.ts";

/** The headline KPIs, in display order (those missing from the bundle are skipped). */
export const HEADLINE_IDS = ["revenue", "orders", "aov", "customers.active", "customers.new", "digital.revenue_share", "lapsed_top.customers",
  "trigger.entries", "trigger.coverage", "offers.acceptance_lift"]; // moments of truth: customers in a trigger, offered in time, acceptance lift
/** Relative MoM change of a segment's customers that counts as notable. */
export const SEGMENT_MOVE_SHARE = 0.1;

/** Options of `digest`. */
export interface DigestOptions {
  /** The dashboard's address; null leaves the link out. */
  siteUrl: string | null;
  /** Days after which the data counts as stale (the bundle's `freshnessDays` when absent). */
  freshnessDays?: number;
  /** Today's date `yyyy-mm-dd` (a parameter, so the digest is reproducible). */
  today: string;
  /** The digest's language; the bundle's `locale` decides when absent (nl-NL → Dutch, en-GB → English). */
  language?: Language;
  /** The monthly report's (PDF's) artifact page; null or absent leaves the link out. */
  reportUrl?: string | null;
}

/** One headline KPI. */
export interface KpiLine {
  id: string;
  /** The glossary name, as the site's cards show it (the series' own label when the glossary has none). */
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
  /** The language every word of the digest is in. */
  language: Language;
  /** Locale and currency for every figure (loaders/lib/format.ts, as the site formats them). */
  settings: FormatSettings;
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
  warnings: DigestWarning[];
}

/** The goals section as the digest reads it (only the fields it needs; defensive about the rest). */
/** The part of a goal the digest reads (`GoalReport` of `bundle.sections.goals`). */
type DigestGoal = Pick<GoalReport, "id" | "title" | "unit" | "deadline" | "history"> & {
  target: Pick<GoalReport["target"], "value">;
  current: Pick<NonNullable<GoalReport["current"]>, "status" | "progress" | "actual"> | null;
};

/**
 * The bundle as the digest reads it: a `Bundle` whose goals and RFM sections need only the fields
 * the digest uses (so tests can hand-build one).
 */
export type DigestBundle = Omit<Bundle, "sections"> & {
  sections: {
    goals?: Pick<GoalsSection, "counts"> & { goals: DigestGoal[] };
    rfm?: { segments: Pick<RfmSegmentInfo, "id" | "name" | "nameNl">[]; months: string[]; alerts: Pick<RfmAlert, "from" | "to" | "label" | "latest" | "months">[] };
  };
};

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

const STATUS_OF = (g: DigestGoal) => g.current?.status ?? ("pending" as const);

function goalLines(current: DigestBundle, previous: DigestBundle | null): GoalLine[] {
  const goals = current.sections.goals?.goals ?? [];
  const before = new Map((previous?.sections.goals?.goals ?? []).map((g) => [g.id, STATUS_OF(g)]));
  return goals.flatMap((g) => {
    const status = STATUS_OF(g);
    const history = g.history;
    const previousStatus = previous ? (before.get(g.id) ?? null) : (history.at(-2)?.status ?? null);
    const changed = previousStatus !== null && previousStatus !== status;
    if (!changed && status !== "at-risk" && status !== "off-track") return [];
    return [{ id: g.id, title: g.title, unit: g.unit, status, previousStatus, changed, progress: g.current?.progress ?? null, actual: g.current?.actual ?? null, target: g.target.value, deadline: g.deadline }];
  });
}

/** RFM segment names in the digest's language (English `name`, Dutch `nameNl`). */
function segmentNames(bundle: DigestBundle, language: Language): Map<string, string> {
  const rfm = bundle.sections.rfm;
  return new Map((rfm?.segments ?? []).map((s) => [s.id, (language === "en" ? s.name : s.nameNl) ?? s.nameNl ?? s.id]));
}

function segmentMoves(bundle: DigestBundle, at: number, language: Language): Digest["segments"] {
  const names = segmentNames(bundle, language);
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
function alertLines(bundle: DigestBundle, month: string | null, language: Language): Digest["alerts"] {
  const rfm = bundle.sections.rfm;
  const names = segmentNames(bundle, language);
  const list = (x: readonly string[]) => x.map((id) => names.get(id) ?? id).join(", ");
  const index = month === null ? -1 : (rfm?.months ?? []).indexOf(month);
  return (rfm?.alerts ?? []).flatMap((a) => {
    const count = index >= 0 ? (a.months[index] ?? null) : a.latest;
    // The loaders' label is Dutch; in English (or without one) the segments' names are joined.
    const label = language === "nl" ? a.label : `${list(a.from)} → ${list(a.to)}`;
    return count !== null && count > 0 ? [{ label, count }] : [];
  });
}

/** The partial newest month's headline KPIs, compared like for like; null when the newest month is complete. */
function partialMonth(bundle: DigestBundle, name: (id: string, fallback: string) => string): NonNullable<Digest["partial"]> | null {
  const partial = bundle.period?.partial;
  if (!partial) return null;
  const at = bundle.months.indexOf(partial.month);
  const kpis = HEADLINE_IDS.flatMap((id): KpiLine[] => {
    const s = bundle.series.find((x) => x.id === id);
    if (!s || at < 0) return [];
    return [{ id, label: name(id, s.label), unit: s.unit, better: s.better, value: s.values[at] ?? null, ...periodDeltas(bundle, s, at) }];
  });
  return { ...partial, kpis };
}

/** Builds the digest of `current` against `previous` (see the module comment for every rule). */
export function digest(current: DigestBundle, previous: DigestBundle | null, options: DigestOptions): Digest {
  const language = options.language ?? languageOf(current.locale);
  const settings = { locale: languageOf(current.locale) === language ? current.locale : DEFAULT_LOCALE[language], currency: current.currency };
  const params = glossaryParamsOf(current);
  const name = (id: string, fallback: string) => termName(id, fallback, params, language);
  const month = reportMonth(current);
  const at = month === null ? -1 : current.months.indexOf(month);
  const kpis = HEADLINE_IDS.flatMap((id): KpiLine[] => {
    const s = current.series.find((x) => x.id === id);
    if (!s || at < 0) return [];
    return [{ id, label: name(id, s.label), unit: s.unit, better: s.better, value: s.values[at] ?? null, ...deltas(s.values, at) }];
  });
  const goalsSection = current.sections.goals;
  const partial = partialMonth(current, name);
  const notes = digestWarnings(current, previous, {
    language,
    settings,
    month,
    previousMonth: previous ? reportMonth(previous) : null,
    today: options.today,
    freshnessDays: options.freshnessDays ?? current.freshnessDays ?? 45,
    name,
    headlineIds: HEADLINE_IDS,
  });
  const revenue = partial?.kpis.find((k) => k.id === "revenue");
  const facts = revenue && revenue.value !== null ? { label: revenue.label, value: formatValue(revenue.value, revenue.unit, settings), mom: revenue.mom, yoy: revenue.yoy } : null;
  const t = messages(language).digest;
  return {
    title: t.title(month ?? t.noData),
    language,
    settings,
    business: current.title,
    month: month ?? "",
    dataAsOf: current.dataAsOf,
    siteUrl: options.siteUrl,
    report: options.reportUrl ? { url: options.reportUrl, label: messages(language).report.digestLink, note: messages(language).report.digestLinkNote } : null,
    currency: current.currency,
    kpis,
    goals: goalLines(current, previous),
    goalCounts: goalsSection?.counts ? { ...goalsSection.counts } : null,
    segments: at > 0 ? segmentMoves(current, at, language) : [],
    alerts: alertLines(current, month, language),
    partial,
    warnings: partial ? [partialNote({ ...partial, revenue: facts }, month, language, settings), ...notes] : notes,
  };
}

/**
 * The `journeys` bundle section ("Conversie"): per online journey (and customer type) the
 * monthly conversion with its interval and the latest month's MoM/YoY changes, a
 * `journey.<slug>.conversion` series per journey, and the sample-size planning table per journey
 * at its current traffic. Months with fewer visitors than `minGroupSize` are hidden.
 */
import { daysInMonth, monthKey } from "../lib/months.ts";
import { journeyConversion, type RateChange } from "../metrics/journey-conversion.ts";
import { daysNeeded, sampleSize } from "../metrics/sample-size.ts";
import type { CommercialSettings } from "../schemas/commercial.ts";
import type { Config } from "../schemas/config.ts";
import type { JourneyRow } from "../schemas/journeys.ts";
import { series } from "./series.ts";
import type { Series } from "./types.ts";

/** The latest month of one journey row of the table. */
export interface JourneyLatest {
  month: string;
  visitors: number;
  conversions: number;
  rate: number;
  low: number;
  high: number;
  mom: RateChange | null;
  yoy: RateChange | null;
}

/** One journey (segment null) or journey × customer type, months aligned with the bundle. */
export interface JourneyEntry {
  journey: string;
  segment: string | null;
  /** Series id slug of the journey (the same for its customer types). */
  slug: string;
  visitors: (number | null)[];
  rate: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
  /** The last month of the axis, or null when it has fewer visitors than `minGroupSize`. */
  latest: JourneyLatest | null;
}

/** Sample size for a test on a journey at its current traffic. */
export interface JourneyPlanning {
  journey: string;
  /** Conversion in the last month (the baseline). */
  baseline: number;
  /** Visitors per day in the last month. */
  dailyVisitors: number;
  relativeMde: number;
  perVariant: number | null;
  /** Days for `variants` variants at this traffic. */
  days: number | null;
}

/** The `journeys` section. */
export interface JourneysSection {
  month: string;
  level: number;
  minGroupSize: number;
  entries: JourneyEntry[];
  planning: JourneyPlanning[];
  sampleSize: CommercialSettings["sampleSize"];
}

/** A series-id slug: `TV-pagina's` → `tv-paginas`; repeats get `-2`, `-3` … */
export function slugs(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort()) {
    const base =
      name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/['’]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "journey";
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

/**
 * Builds the section and the series for months `first..last`. For a partial last month pass
 * `partial`: the rows of every month cut at the partial month's day of the month, and the days
 * the partial month holds; the last month's MoM/YoY and the series' `sameDays` then compare those
 * same days, and visitors per day are over those days.
 */
export function journeysSection(
  rows: readonly JourneyRow[],
  config: Config,
  settings: CommercialSettings,
  first: number,
  last: number,
  partial?: { sameDayRows: readonly JourneyRow[]; days: number },
): { series: Series[]; section: JourneysSection } {
  const sameDayRows = partial?.sameDayRows;
  const k = config.minGroupSize;
  const level = settings.confidenceLevel;
  const all = journeyConversion(rows, first, last, { level, alpha: 1 - level });
  const same = sameDayRows ? journeyConversion(sameDayRows, first, last, { level, alpha: 1 - level }) : null;
  const sameOf = (j: (typeof all)[number]) => same?.find((x) => x.journey === j.journey && x.segment === j.segment);
  const slugOf = slugs(all.map((j) => j.journey));
  const m = last - first;
  const entries: JourneyEntry[] = all.map((j) => {
    const shown = (i: number) => j.visitors[i]! >= k;
    const lfl = same ? sameOf(j) : j;
    const shownSame = (i: number) => lfl !== undefined && i >= 0 && lfl.visitors[i]! >= k;
    const interval = j.interval[m];
    return {
      journey: j.journey,
      segment: j.segment,
      slug: slugOf.get(j.journey)!,
      visitors: j.visitors.map((v, i) => (shown(i) ? v : null)),
      rate: j.rate.map((r, i) => (shown(i) ? r : null)),
      low: j.interval.map((x, i) => (shown(i) && x ? x.low : null)),
      high: j.interval.map((x, i) => (shown(i) && x ? x.high : null)),
      latest:
        shown(m) && interval
          ? {
              month: monthKey(last),
              visitors: j.visitors[m]!,
              conversions: j.conversions[m]!,
              rate: j.rate[m]!,
              low: interval.low,
              high: interval.high,
              // A change against a hidden month would reveal it.
              mom: m >= 1 && shown(m - 1) && shownSame(m - 1) ? (lfl?.mom[m] ?? null) : null,
              yoy: m >= 12 && shown(m - 12) && shownSame(m - 12) ? (lfl?.yoy[m] ?? null) : null,
            }
          : null,
    };
  });
  const totals = entries.filter((e) => e.segment === null);
  const out = totals.map((e) => {
    const s = series(`journey.${e.slug}.conversion`, `Conversie ${e.journey}`, "percent", "up", e.rate);
    const j = same?.find((x) => x.journey === e.journey && x.segment === null);
    const rateAt = (i: number) => (j && i >= 0 && j.visitors[i]! >= k && e.visitors[i] !== null ? j.rate[i]! : null);
    if (same) s.sameDays = { previous: rateAt(m - 1), yearAgo: rateAt(m - 12) };
    return s;
  });
  const { alpha, power, relativeMde, variants } = settings.sampleSize;
  const days = partial?.days ?? daysInMonth(Math.floor(last / 12), (last % 12) + 1);
  const planning: JourneyPlanning[] = totals
    .filter((e) => e.latest !== null && e.latest.rate > 0)
    .map((e) => {
      const baseline = e.latest!.rate;
      const dailyVisitors = e.latest!.visitors / days;
      const size = sampleSize({ baseline, mde: relativeMde, relative: true, alpha, power });
      return {
        journey: e.journey,
        baseline,
        dailyVisitors,
        relativeMde,
        perVariant: size?.perVariant ?? null,
        days: size === null ? null : daysNeeded(size.perVariant, variants, dailyVisitors),
      };
    });
  return { series: out, section: { month: monthKey(last), level, minGroupSize: k, entries, planning, sampleSize: settings.sampleSize } };
}

/** Number, money, percent and date formatting for the site (nl-NL by default), in one place. */
import type { Delta } from "../../loaders/lib/deltas.ts";
import type { Series, Unit } from "../../loaders/bundle/types.ts";

/** Formatting settings taken from the bundle. */
export interface FormatSettings {
  locale: string;
  currency: string;
}

/** A value of a series' unit as text; `–` for a missing or suppressed value. */
export function formatValue(value: number | null | undefined, unit: Unit, settings: FormatSettings, compact = false): string {
  if (value === null || value === undefined) return "–";
  const { locale, currency } = settings;
  switch (unit) {
    case "currency":
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        maximumFractionDigits: compact || Math.abs(value) >= 1000 ? 0 : 2,
        ...(compact ? { notation: "compact" } : {}),
      }).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "ratio":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    case "days":
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} d`;
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, ...(compact ? { notation: "compact" } : {}) }).format(value);
  }
}

/** A delta as text: percent points for percent series, relative change otherwise. */
export function formatDelta(d: Delta | null, unit: Unit, settings: FormatSettings): string {
  if (d === null) return "–";
  if (unit === "percent") {
    const points = new Intl.NumberFormat(settings.locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(d.absolute * 100);
    return `${points} pp`;
  }
  if (d.relative === null) return "–";
  return new Intl.NumberFormat(settings.locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(d.relative);
}

/** Whether a delta is good, bad or neutral news given the series' direction. */
export function deltaTone(d: Delta | null, better: Series["better"]): "good" | "bad" | "neutral" {
  if (d === null || d.absolute === 0 || better === "none") return "neutral";
  return (d.absolute > 0) === (better === "up") ? "good" : "bad";
}

/** `2026-10` → `oktober 2026` (or `okt 2026` when short). */
export function formatMonth(key: string, locale: string, short = false): string {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: short ? "short" : "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, 1));
}

/** `2026-10-31` → `31 oktober 2026`. */
export function formatDay(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

/** A `yyyy-mm` key as a UTC Date at the month's first day (for chart x scales). */
export function monthDate(key: string): Date {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

/** A change per period in a series' unit: percentage points for percent series (`+2,4 pp`), signed otherwise. */
export function formatChange(value: number | null | undefined, unit: Unit, settings: FormatSettings): string {
  if (value === null || value === undefined) return "–";
  if (unit === "percent") {
    return `${new Intl.NumberFormat(settings.locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(value * 100)} pp`;
  }
  const text = formatValue(Math.abs(value), unit, settings);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/**
 * Number, money, percent, date and axis-tick formatting for the site, in one place, from `Intl`
 * with the reader's locale and the data's currency (nl-NL and EUR by default). Every figure on a
 * page goes through here, so one sign style (`+€ 1.234` / `−€ 1.234`), one percent style per
 * language (Dutch `12,3 %` with a narrow no-break space, English `12.3%`) and one tick rule (as
 * many decimals as the axis needs, never two equal labels) hold everywhere.
 */
import type { Delta } from "./deltas.ts";
import type { Better, Unit } from "../model/unit.ts";

/** Formatting settings taken from the bundle. */
export interface FormatSettings {
  locale: string;
  currency: string;
}

/** The minus sign used for every negative figure (U+2212, as typesetting wants). */
export const MINUS = "\u2212";

/** The Dutch percent style: the number, a narrow no-break space, `%` (`12,3 %`), whatever the locale's default. */
export const PERCENT = "\u202F%";

/** The percent sign with its spacing in a locale: {@link PERCENT} in Dutch (and other non-English locales), a bare `%` in English (`12.3%`). */
export function percentSuffix(locale = "nl-NL"): string {
  return locale.toLowerCase().startsWith("en") ? "%" : PERCENT;
}

/** Puts the locale's one percent style ({@link percentSuffix}) in place of `Intl`'s own percent sign and spacing. */
export function percentSign(text: string, locale = "nl-NL"): string {
  return text.replace(/[\s\u00A0\u202F]?%/, percentSuffix(locale));
}

function numberFormat(unit: Unit, settings: FormatSettings, digits: number | undefined, compact: boolean): Intl.NumberFormat {
  const { locale, currency } = settings;
  const fraction = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const notation = compact ? ({ notation: "compact" } as const) : {};
  switch (unit) {
    case "currency":
      return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0, ...fraction, ...notation });
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, ...fraction });
    case "ratio":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...fraction, ...notation });
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, ...fraction, ...notation });
  }
}

function unsigned(value: number, unit: Unit, settings: FormatSettings, compact: boolean, digits?: number): string {
  // Money below 1.000 keeps its cents, larger amounts are whole euros (€ 552,47 but € 4.286).
  const d = digits ?? (unit === "currency" && !compact && value < 1000 ? 2 : undefined);
  const text = numberFormat(unit, settings, d, compact).format(value);
  return unit === "days" ? `${text} d` : unit === "percent" ? percentSign(text, settings.locale) : text;
}

/** A value of a series' unit as text; `–` for a missing or suppressed value; negatives as `−€ 336.640`. */
export function formatValue(value: number | null | undefined, unit: Unit, settings: FormatSettings, compact = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const text = unsigned(Math.abs(value), unit, settings, compact);
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** A change per period in a series' unit with its sign always shown: `+€ 465.830`, `−€ 336.640`, `+2,4 pp`. */
export function formatChange(value: number | null | undefined, unit: Unit, settings: FormatSettings, digits = 1): string {
  if (value === null || value === undefined) return "–";
  if (unit === "percent") return `${signed(value * 100, settings, digits)} pp`;
  const text = unsigned(Math.abs(value), unit, settings, false);
  const zero = !/[1-9]/.test(text);
  return zero ? text : value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** A number with its sign (`+1,5`, `−0,3`, `0`), rounded to at most `digits` decimals. */
export function signed(value: number, settings: FormatSettings, digits = 1, minDigits = 0): string {
  const text = new Intl.NumberFormat(settings.locale, { minimumFractionDigits: minDigits, maximumFractionDigits: digits }).format(Math.abs(value));
  if (!/[1-9]/.test(text)) return text;
  return value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** A share as a percentage in the site's one style (`12,3 %`); `digits` decimals (default 1). */
export function formatPercent(value: number | null | undefined, settings: FormatSettings, digits = 1): string {
  if (value === null || value === undefined) return "–";
  const text = unsigned(Math.abs(value), "percent", settings, false, digits);
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/**
 * A probability kept off 0 % and 100 % with one decimal, rounded towards 50 % (0,9988 → 99,8 %),
 * the same rule as the verdict sentences of the loaders, so a card and its table agree.
 */
export function formatChance(chance: number, settings: FormatSettings): string {
  if (chance > 0.999) return `> ${formatPercent(0.999, settings)}`;
  if (chance < 0.001) return `< ${formatPercent(0.001, settings)}`;
  const towardsHalf = chance >= 0.5 ? Math.floor(chance * 1000) / 1000 : Math.ceil(chance * 1000) / 1000;
  return formatPercent(towardsHalf, settings);
}

/** Percentages inside a sentence written elsewhere (`12,3%`, `12 %`) in the locale's one style (`12,3 %`, English `12.3%`). */
export function prosePercent(text: string, locale = "nl-NL"): string {
  return text.replace(/(\d)[ \u00A0\u202F]?%/g, `$1${percentSuffix(locale)}`);
}

/** A whole count with the locale's grouping (`1.234`), or `–`. */
export function formatCount(value: number | null | undefined, settings: FormatSettings): string {
  return formatValue(value, "count", settings);
}

/**
 * An axis tick formatter for Plot (`tickFormat`): compact for money and counts, and with as
 * many decimals (up to 3) as the axis' ticks need so that no two labels are equal.
 * Plot calls it as `(tick, index, ticks)`.
 */
export function tickFormat(unit: Unit, settings: FormatSettings, compact = unit !== "percent"): (value: number, index?: number, ticks?: readonly number[]) => string {
  const cache = new WeakMap<readonly number[], number>();
  const label = (v: number, digits: number) => {
    const text = unsigned(Math.abs(v), unit, settings, compact, digits);
    return v < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
  };
  const digitsFor = (ticks: readonly number[]) => {
    let digits = cache.get(ticks);
    if (digits === undefined) {
      digits = 0;
      while (digits < 3 && new Set(ticks.map((t) => label(t, digits!))).size < new Set(ticks).size) digits++;
      cache.set(ticks, digits);
    }
    return digits;
  };
  return (value, _index, ticks) => label(value, ticks && ticks.length > 1 ? digitsFor(ticks) : 0);
}

/** How a change reads: its direction (arrow), its judgement (colour and word) and its text. */
export interface DeltaView {
  /** `+5,1 %`, `−0,3 pp`, `0 %` or `–`. */
  text: string;
  /** Sign of the change as shown: up ▲, down ▼, flat –. */
  direction: "up" | "down" | "flat";
  /** Good or bad news by the metric's declared direction; neutral inside the neutral band, without a direction or when not significant. */
  tone: "good" | "bad" | "neutral";
}

/** Arrow characters by direction (no arrow for flat). */
export const ARROW: Record<DeltaView["direction"], string> = { up: "▲", down: "▼", flat: "–" };

/**
 * Changes smaller than this are shown grey (the neutral band): half a percent for relative
 * changes, a tenth of a percentage point for shares.
 */
export const NEUTRAL = { relative: 0.005, points: 0.001 } as const;

/**
 * A delta as the cards show it: percentage points for percent series, relative change
 * otherwise; the direction follows the rounded, shown number; the tone follows `better`, is
 * neutral within {@link NEUTRAL}, and neutral when a test says the change is not significant.
 */
export function deltaView(d: Delta | null, unit: Unit, better: Better, settings: FormatSettings, significant?: boolean): DeltaView {
  const amount = d === null ? null : unit === "percent" ? d.absolute : d.relative;
  if (d === null || amount === null) return { text: "–", direction: "flat", tone: "neutral" };
  const text = unit === "percent" ? `${signed(amount * 100, settings, 1)} pp` : `${signed(amount * 100, settings, 1)}${percentSuffix(settings.locale)}`;
  const shownZero = !/[1-9]/.test(text);
  const direction = shownZero ? "flat" : amount > 0 ? "up" : "down";
  const small = Math.abs(amount) < (unit === "percent" ? NEUTRAL.points : NEUTRAL.relative);
  const tone = direction === "flat" || small || better === "none" || significant === false ? "neutral" : (amount > 0) === (better === "up") ? "good" : "bad";
  return { text, direction, tone };
}

/** A delta as text (see {@link deltaView}). */
export function formatDelta(d: Delta | null, unit: Unit, settings: FormatSettings): string {
  return deltaView(d, unit, "none", settings).text;
}

/** Whether a delta is good, bad or neutral news given the series' direction (see {@link deltaView}). */
export function deltaTone(d: Delta | null, better: Better, unit: Unit = "count", settings: FormatSettings = { locale: "nl-NL", currency: "EUR" }): DeltaView["tone"] {
  return deltaView(d, unit, better, settings).tone;
}

/** `2026-10` → `oktober 2026` (or `okt 2026` when short); en-GB `October 2026` / `Oct 2026`. */
export function formatMonth(key: string, locale: string, short = false): string {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: short ? "short" : "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, 1)).replace(".", "");
}

/** `2026-10-31` → `31 oktober 2026` (en-GB `31 October 2026`; `short`: `31 okt 2026` / `31 Oct 2026`). */
export function formatDay(iso: string, locale: string, short = false): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: short ? "short" : "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d)).replace(".", "");
}

/** A `yyyy-mm` key as a UTC Date at the month's first day (for chart x scales). */
export function monthDate(key: string): Date {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

/** `1 dag` / `3 dagen`: a count with the singular or plural word. */
export function plural(n: number, one: string, many: string, settings: FormatSettings): string {
  return `${formatCount(n, settings)} ${n === 1 ? one : many}`;
}

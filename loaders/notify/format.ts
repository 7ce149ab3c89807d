/**
 * Dutch number formatting for the digest (`1.234,5`, `€ 12.345`, `54,3 %`, `+1,2 pp`), written
 * out by hand rather than through `Intl` so the text is the same on every ICU build and easy
 * to check in tests.
 */
import type { Delta } from "../lib/deltas.ts";
import type { Unit } from "../bundle/types.ts";

/** A number with `decimals` decimals, `.` between thousands and `,` before decimals; `−` for minus. */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "−" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A value in its unit: counts whole, currency in whole euros, percent (a fraction) with one decimal. */
export function formatValue(value: number | null, unit: Unit, currency = "EUR"): string {
  if (value === null) return "–";
  switch (unit) {
    case "currency":
      return `${currency === "EUR" ? "€" : currency} ${formatNumber(value, Math.abs(value) < 100 ? 2 : 0)}`;
    case "percent":
      return `${formatNumber(value * 100, 1)} %`;
    case "ratio":
      return formatNumber(value, 2);
    case "days":
      return `${formatNumber(value, 0)} dagen`;
    default:
      return formatNumber(value, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0);
  }
}

/** A signed number: `+1,2`, `−3`, `0`. */
function signed(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return value > 0 && text !== formatNumber(0, decimals) ? `+${text}` : text;
}

/**
 * A change for the digest: percentage points for percent series (`+1,2 pp`), else the relative
 * change (`+3,4 %`), or the absolute change when the base is zero.
 */
export function formatDelta(delta: Delta | null, unit: Unit): string {
  if (delta === null) return "–";
  if (unit === "percent") return `${signed(delta.absolute * 100, 1)} pp`;
  if (delta.relative === null) return signed(delta.absolute, 0);
  return `${signed(delta.relative * 100, 1)} %`;
}

/** Whether a change is good, bad or neutral given the series' direction. */
export function deltaTone(delta: Delta | null, better: "up" | "down" | "none"): "good" | "bad" | "neutral" {
  if (delta === null || delta.absolute === 0 || better === "none") return "neutral";
  return (delta.absolute > 0) === (better === "up") ? "good" : "bad";
}

const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** `2026-10` → `oktober 2026`. */
export function monthName(key: string): string {
  const [year, month] = key.split("-");
  return `${MONTHS_NL[Number(month) - 1] ?? month} ${year}`;
}

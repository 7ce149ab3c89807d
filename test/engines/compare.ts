/**
 * Test helper: where an engine bundle differs from the stream bundle. Money series must agree to
 * the cent, every other number to 1e-9 relative; everything else exactly. Returns readable
 * differences (empty = equal), so a failing test says where.
 */
import type { Bundle } from "../../loaders/bundle/types.ts";

/** Whether two numbers agree: to the cent for money, else to 1e-9 relative. */
function close(a: number, b: number, money: boolean): boolean {
  if (money) return Math.abs(a - b) < 0.005 + 1e-9;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

/** Differences between two JSON-like values (paths with both sides), at most `limit`. */
export function differences(a: unknown, b: unknown, path = "", money = false, out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (typeof a === "number" && typeof b === "number") {
    if (!close(a, b, money)) out.push(`${path}: ${a} ≠ ${b}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} ≠ ${b.length}`);
    else a.forEach((x, i) => {
      differences(x, b[i], `${path}[${i}]`, money, out, limit);
    });
  } else if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, money || /revenue|spend|aov|stake/.test(k), out, limit);
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  return out;
}

/** Series of `engine` against the same ids in `stream` (money units to the cent). */
export function seriesDifferences(engine: Bundle, stream: Bundle): string[] {
  const out: string[] = [];
  for (const s of engine.series) {
    const ref = stream.series.find((r) => r.id === s.id);
    if (!ref) out.push(`${s.id}: not in the stream bundle`);
    else differences(s, ref, s.id, s.unit === "currency", out);
  }
  return out;
}

/** Row accounts of transactions files: counts and reasons per file. */
export function accountFigures(bundle: Bundle): Record<string, unknown> {
  return Object.fromEntries(
    bundle.accounts.filter((a) => a.kind === "transactions").map((a) => [a.file, { read: a.rowsRead, accepted: a.rowsAccepted, rejected: a.rowsRejected, reasons: a.reasons }]),
  );
}

/** Series of those sections (none left: every section of the sample is pushed down). */
export const UNSUPPORTED_SERIES = /^$/;

/** Sections the engine path leaves out today (listed in build order). */
export const UNSUPPORTED: string[] = [];

/** Sections the engine path builds, compared with the stream's section by section. */
export const PUSHED_DOWN = ["crossUpsell", "digitalShare", "journeys", "experiments", "rfm", "repurchase", "moments", "profile", "business", "goals"] as const;

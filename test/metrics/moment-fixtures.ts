/** Tiny timelines for the moment metrics' tests: signals and purchases written out by hand. */
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { timeline, type Timeline } from "../../loaders/metrics/timeline.ts";
import type { SignalType } from "../../loaders/schemas/signal-types.ts";

/** A signal: customer, day, type and optional value. */
export type S = [customer: number, day: number, type: SignalType, value?: number];

/** A timeline of `customers` customers from signals and purchase days `[customer, day]`. */
export function tl(customers: number, signals: readonly S[], purchases: readonly [number, number][] = []): Timeline {
  const p = purchaseDays(
    purchases.map((x) => x[0]),
    purchases.map((x) => x[1]),
    purchases.map(() => 10),
    customers,
  );
  return timeline(
    signals.map(([customer, day, type, value]) => ({ customer, day, type, value: value ?? null })),
    p,
    customers,
  );
}

/** Day number of an ISO date, computed without the modules under test. */
export function d(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Month index of an ISO month `yyyy-mm`. */
export function mo(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

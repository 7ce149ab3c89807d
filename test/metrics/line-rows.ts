/**
 * Test-only: random order lines for the cross-/upsell property tests (fast-check), in day order
 * like monthly exports, so the rows up to a month give the same customer numbering as all rows.
 */
import fc from "fast-check";
import { catalogOf, type LineRow } from "./commercial-store.ts";

/** Days from 2025-01-01 (four months: January … April 2025). */
const DAYS = 120;

/** ISO date of day `d` after 2025-01-01. */
function iso(d: number): string {
  return new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
}

/** Rows of up to `max` lines: a few customers (and unregistered sales), categories, products with and without tiers, returns and free lines. */
export function lineRows(max = 60): fc.Arbitrary<LineRow[]> {
  const line = fc.record({
    day: fc.integer({ min: 0, max: DAYS - 1 }),
    customer: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 6 }),
    category: fc.constantFrom("tv", "mobiel", "internet"),
    product: fc.option(fc.constantFrom("P1", "P2", "P3", "X"), { freq: 4 }),
    amount: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(0), fc.integer({ min: -20, max: -1 }), fc.double({ min: 0.01, max: 50, noNaN: true })),
    quantity: fc.integer({ min: 0, max: 3 }),
  });
  return fc.array(line, { minLength: 1, maxLength: max }).map((lines) =>
    [...lines]
      .sort((a, b) => a.day - b.day)
      .map((l, i): LineRow => {
        const customer = l.customer === null ? null : `K${l.customer}`;
        // One order per customer and day (two lines of it share it); unregistered lines each their own.
        const order = customer === null ? `U${i}` : `O${l.day}-${customer}`;
        const channel = customer === null ? "store" : ["web", "app", "store"][l.customer! % 3]!;
        return [order, customer, iso(l.day), channel, l.category, l.product, l.amount, l.quantity];
      }),
  );
}

/** A catalog with tiers for P1 … P3 (X has none) and a category of its own for P3. */
export const TIERED = catalogOf([
  ["P1", null, 1],
  ["P2", "mobiel", 2],
  ["P3", "extra", 3],
  ["X", null, null],
]);

/**
 * The small building blocks the bundle's section schemas share: numbers that may be hidden
 * (null), per-month arrays of them, intervals, units. Every schema here is strict where its type
 * is closed, so a key the writer does not know is an error at the read boundary.
 */
import { z } from "zod";
import type { Interval } from "../../lib/stats.ts";
import type { Unit } from "../../model/unit.ts";
import type { SampleSizeSettings } from "../../schemas/commercial.ts";

/** A number, or null where it is hidden (small group) or undefined. */
export const nullableNumber = z.number().nullable();

/** One value per month (or per bin), null where hidden or undefined. */
export const values = z.array(nullableNumber);

/** A low–high interval (confidence interval of a rate or a lift). */
export const IntervalSchema: z.ZodType<Interval> = z.strictObject({ low: z.number(), high: z.number() });

/** The unit of a series (`Unit`). */
export const UnitSchema: z.ZodType<Unit> = z.enum(["count", "currency", "percent", "ratio", "days"]);

/** `{ id, nameNl }` plus the given fields: the per-segment rows of the moment and profile sections. */
export function named<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ id: z.string(), nameNl: z.string(), ...shape });
}

/** The sample-size settings as the load resolved them (journeys and experiments carry them for the calculator). */
export const SampleSizeSchema: z.ZodType<SampleSizeSettings> = z.strictObject({
  alpha: z.number(),
  power: z.number(),
  relativeMde: z.number(),
  variants: z.number(),
});

/**
 * The zod schemas of `bundle.sections.crossUpsell` (`CrossUpsellSection`) and
 * `bundle.sections.digitalShare` (`DigitalShareSection`); `tsc` fails when a schema and its type drift apart.
 */
import { z } from "zod";
import type { CategoryPair } from "../../metrics/category-pairs.ts";
import { LINE_CLASSES } from "../../metrics/cross-upsell.ts";
import type { UpsellSettings } from "../../schemas/commercial.ts";
import { CHANNEL_GROUPS } from "../channel-protect.ts";
import type { CrossUpsellSection, DigitalShareSection, PublishedMonths } from "../commercial.ts";
import { nullableNumber, values } from "./common.ts";

const MonthsSchema: z.ZodType<PublishedMonths> = z.strictObject({ orders: values, revenue: values, customers: values });

const PairSchema: z.ZodType<CategoryPair> = z.strictObject({
  from: z.string(),
  to: z.string(),
  customers: z.number(),
  support: z.number(),
  confidence: z.number(),
  lift: z.number(),
});

const UpsellSchema: z.ZodType<UpsellSettings> = z.strictObject({ priceRatio: z.number(), useTiers: z.boolean() });

/** `bundle.sections.crossUpsell`. */
export const CrossUpsellSectionSchema: z.ZodType<CrossUpsellSection> = z.strictObject({
  month: z.string(),
  settings: UpsellSchema,
  classes: z.record(z.enum(LINE_CLASSES), MonthsSchema),
  byChannel: z.array(z.strictObject({ channel: z.string(), crossSell: MonthsSchema, upsell: MonthsSchema })),
  pairs: z.strictObject({ from: z.string(), to: z.string(), customers: nullableNumber, minCount: z.number(), items: z.array(PairSchema) }),
  products: z.strictObject({ lines: z.number(), matched: z.number(), listed: z.number() }),
});

/** `bundle.sections.digitalShare`. */
export const DigitalShareSectionSchema: z.ZodType<DigitalShareSection> = z.strictObject({
  groups: z.strictObject({ digital: z.array(z.string()), offline: z.array(z.string()) }),
  unknownChannels: z.array(z.string()),
  unknown: z.strictObject({ orders: values, revenue: values }),
  channels: z.array(z.strictObject({ name: z.string(), group: z.enum(CHANNEL_GROUPS), ordersShare: values, revenueShare: values })),
  trend: z.strictObject({ months: z.number(), ordersShare: nullableNumber, revenueShare: nullableNumber }),
});

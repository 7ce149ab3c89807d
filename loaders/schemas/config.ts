import { z } from "zod";
import { code } from "./issue-code.ts";
import { BusinessSettingsSchema } from "./business.ts";
import { CommercialSettingsSchema } from "./commercial.ts";
import { ExperimentSourceSchema } from "./experiments.ts";
import { FormatSchema } from "./format.ts";
import { JourneySourceSchema } from "./journeys.ts";
import { OfferSourceSchema } from "./offers.ts";
import { ProductSourceSchema } from "./products.ts";
import { ProfileSourceSchema } from "./profiles.ts";
import { RepurchaseSettingsSchema } from "./repurchase.ts";
import { RfmSettingsSchema } from "./rfm.ts";
import { SignalSourceSchema } from "./signals.ts";
import { TriggerSettingsSchema } from "./triggers.ts";

export { type Format, FormatSchema } from "./format.ts";

/**
 * The data description an analyst writes in `data/klantbeeld.yaml`: which export files exist,
 * which column is which, in what format, and the business settings of every metric.
 * Everything here is data, not code: a new export needs a new `sources` entry, nothing else.
 */

/** Which column of a transactions export holds which field (header names as in the file). */
export const TransactionColumnsSchema = z
  .object({
    /** Order or invoice number; several rows may share one (order lines). Absent: each row is its own order. */
    orderId: z.string().optional(),
    /** Customer id; a blank cell is an unregistered sale (normal, not an error). */
    customerId: z.string().optional(),
    /** Order date or timestamp. */
    date: z.string(),
    /** Amount of the row incl. sign (negative = return/credit). Either this or quantity × unitPrice. */
    amount: z.string().optional(),
    /** Quantity, used with `unitPrice` when there is no amount column. */
    quantity: z.string().optional(),
    /** Unit price, used with `quantity`. */
    unitPrice: z.string().optional(),
    /** Sales channel (web, app, store …), mapped through `channels`. */
    channel: z.string().optional(),
    /** Product id or name (optional). */
    product: z.string().optional(),
    /** Product category (optional; needed for cross-sell). */
    category: z.string().optional(),
  })
  .strict()
  .refine((c) => c.amount !== undefined || (c.quantity !== undefined && c.unitPrice !== undefined), {
    message: code("amountOrQuantity"),
  });

/** One transactions export: a glob of files under `data/` with one format and column map. */
export const TransactionSourceSchema = z
  .object({
    /** Short name shown in the row account. */
    name: z.string().min(1),
    kind: z.literal("transactions"),
    /** File or glob relative to `data/`, e.g. `transactions/winkel-*.csv`. */
    files: z.string().min(1),
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: TransactionColumnsSchema,
    /**
     * Channel for every row when the export has no channel column (e.g. `store`). Without both,
     * every row gets one channel named after the source.
     */
    channel: z.string().optional(),
    /**
     * How a return or cancellation is marked. `negative` (default): an order whose lines add up
     * to less than 0 is a return. `{ orderIdPrefix: C }`: rows whose order id starts with the
     * prefix (invoice `C536379`). `{ column: Status, values: [Retour] }`: rows whose cell in that
     * column is one of the values (case-insensitive). With a marker, a marked row counts as
     * negative whatever its sign, and an unmarked row with a negative amount is rejected
     * (`unmarked_negative`: a write-off or correction, not a return).
     */
    returns: z
      .union([
        z.literal("negative"),
        z.object({ orderIdPrefix: z.string().min(1) }).strict(),
        z.object({ column: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict(),
      ])
      .default("negative"),
    /**
     * How customer ids are written. `text` (default): as they are (trimmed). `integer`: whole
     * numbers, so `17850`, `17850.0` and `017850` are one customer (spreadsheets add `.0`); a
     * cell that is not a whole number is rejected. Never guessed.
     */
    customerIdFormat: z.enum(["text", "integer"]).default("text"),
    /** Renames channel values of this export to canonical names, e.g. `{ winkel: store }` (case-insensitive). */
    channelMap: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .refine((s) => s.returns === "negative" || !("orderIdPrefix" in s.returns) || s.columns.orderId !== undefined, {
    message: code("orderIdPrefixNeedsOrderId"),
    path: ["returns", "orderIdPrefix"],
  });

/** Engines a transactions source can be pushed down to (see docs/scaling.md). */
export const ENGINES = ["duckdb", "clickhouse"] as const;

/**
 * A transactions source read by an engine instead of the stream reader: the heavy aggregation
 * runs as SQL where the data live and only compact tables come back. Give exactly one of
 * `files` (DuckDB only: CSV or Parquet under `data/`), `table` or `query`. A ClickHouse
 * connection comes from environment variables (KLANTBEELD_CLICKHOUSE_URL, _USER, _PASSWORD,
 * _DATABASE), never from this file.
 */
export const EngineSourceSchema = z
  .object({
    /** Short name shown in the row account and in every message about this source. */
    name: z.string().min(1),
    kind: z.literal("transactions"),
    /** Which engine runs the queries: `duckdb` (in-process) or `clickhouse` (a server or cluster). */
    engine: z.enum(ENGINES),
    /** DuckDB only: file or glob relative to `data/` (`.csv`, `.csv.gz`, `.parquet`), read by DuckDB's own readers. */
    files: z.string().min(1).optional(),
    /** DuckDB only: a `.duckdb` database file relative to `data/` that holds `table`. */
    database: z.string().min(1).optional(),
    /** Table (or `database.table`) with one row per order line. */
    table: z.string().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)?$/, "a table name such as sales.order_lines").optional(),
    /** A SELECT returning one row per order line, as an alternative to `table`. */
    query: z.string().min(1).optional(),
    /**
     * Column naming the export file or load batch of each line (optional): the row account is
     * kept per batch, and an order id a later batch (by name) repeats is a `duplicate_order`, as with files.
     */
    batchColumn: z.string().min(1).optional(),
    /** How text cells are written (typed columns are read as their text). */
    format: FormatSchema.default(FormatSchema.parse({})),
    columns: TransactionColumnsSchema,
    /** Channel for every row when there is no channel column. */
    channel: z.string().optional(),
    /** Renames channel values, e.g. `{ winkel: store }` (case-insensitive). */
    channelMap: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .refine((s) => [s.files, s.table, s.query].filter((x) => x !== undefined).length === 1, {
    message: code("oneOfFilesTableQuery"),
  })
  .refine((s) => s.engine === "duckdb" || (s.files === undefined && s.database === undefined), {
    message: code("filesDatabaseDuckdb"),
  })
  .refine((s) => s.database === undefined || s.files === undefined, { message: code("databaseNotFiles") });

/**
 * A `kind: transactions` source: files read by Klantbeeld (`TransactionSourceSchema`) or, with
 * `engine`, a table, query or files read by that engine (`EngineSourceSchema`). A discriminated
 * union holds one member per kind, so this member is a union of the two behind a check of `kind`;
 * `issueLines` reports the issues of the variant that came closest, and the JSON Schema lists both.
 */
export const TransactionsSourceSchema = z
  .looseObject({ kind: z.literal("transactions") })
  .pipe(z.union([TransactionSourceSchema, EngineSourceSchema]));

/** Settings of the customer-base KPIs. */
export const KpiSettingsSchema = z
  .object({
    /** A customer is active when they bought within this many months up to the month end. */
    activeWindowMonths: z.number().int().min(1).max(60).default(12),
    /** Share of customers (by revenue in the active window) that counts as "top". */
    topShare: z.number().gt(0).lt(1).default(0.2),
    /** A top customer without a purchase for this many days is "lapsed". */
    lapsedDays: z.number().int().min(1).default(90),
  })
  .strict();

/** The ways to restrict who reads the published site; `password` is the default. */
export const AccessSchema = z.enum(["password", "public", "github-private-pages", "azure-static-web-apps", "cloudflare-access"]);

/** The whole data description. */
export const ConfigSchema = z
  .object({
    /** Version of this file's shape. */
    version: z.literal(1),
    /** Name of the business, shown in the site header. */
    title: z.string().default("Klantbeeld"),
    /** Locale of numbers and dates on the site; its language (`nl-NL` Dutch, `en-GB` English) is the site's language when `languages` is absent. */
    locale: z.string().default("nl-NL"),
    /**
     * Build the site in several languages with a language switch: the first at `/`, the others at
     * `/<language>/` (e.g. `[nl, en]`: Dutch at `/`, English at `/en/`). Absent: one language, the locale's.
     */
    languages: z
      .array(z.enum(["nl", "en"]))
      .min(1)
      .refine((l) => new Set(l).size === l.length, code("languageOnce"))
      .optional(),
    /** ISO currency of amounts. */
    currency: z.string().length(3).default("EUR"),
    /** Reporting time zone: the calendar month an order belongs to. */
    timeZone: z.string().default("Europe/Amsterdam"),
    /** Build fails when more than this share of a file's rows is rejected (0.05 = 5 %). */
    rejectThreshold: z.number().min(0).max(1).default(0.05),
    /** The build warns (and the digest says so) when the newest transaction is older than this many days. */
    freshnessDays: z.number().int().min(1).default(45),
    /** Groups smaller than this are suppressed on the published site. */
    minGroupSize: z.number().int().min(1).default(10),
    /**
     * Who may read the published site (see docs/access.md). `password` (default): `npm run protect`
     * encrypts every page with the key in KLANTBEELD_ACCESS_KEY before upload. `public`: readable by
     * anyone (explicit opt-in). `github-private-pages`, `azure-static-web-apps`, `cloudflare-access`:
     * the host asks for the login, so the pages are published unencrypted behind it.
     */
    access: AccessSchema.default("password"),
    /** Channel names per kind; an unknown channel is reported, not guessed. */
    channels: z
      .object({
        digital: z.array(z.string()).default(["web", "app", "smart_tv"]),
        offline: z.array(z.string()).default(["store", "phone"]),
      })
      .strict()
      .default({ digital: ["web", "app", "smart_tv"], offline: ["store", "phone"] }),
    kpi: KpiSettingsSchema.default(KpiSettingsSchema.parse({})),
    /**
     * Optional names of channel codes as readers see them, per language of the site:
     * `{ nl: { smart_tv: "Smart-tv" }, en: { smart_tv: "Smart TV" } }`. A code without one here gets
     * the catalogue's label (loaders/i18n/<language>/glossary.ts), else the code with spaces.
     */
    channelLabels: z
      .object({ nl: z.record(z.string(), z.string().min(1)).optional(), en: z.record(z.string(), z.string().min(1)).optional() })
      .strict()
      .optional(),
    /**
     * Optional report date `yyyy-mm-dd` (e.g. `2011-11-30` for a report on November): every figure
     * is computed as of this day and rows after it are left out (counted in the load output).
     * Without it the figures are as of the newest transaction's day.
     */
    asOf: z.iso.date({ error: code("asOfDate") }).optional(),
    /** Moments of truth: the trigger rule table and how soon an offer must follow (see `schemas/triggers.ts`). */
    triggers: TriggerSettingsSchema.optional(),
    /** The exports, each validated by the schema of its `kind`. */
    sources: z
      .array(z.discriminatedUnion("kind", [TransactionsSourceSchema, ProductSourceSchema, JourneySourceSchema, ExperimentSourceSchema, SignalSourceSchema, ProfileSourceSchema, OfferSourceSchema]))
      .min(1),
    /** RFM settings (see `schemas/rfm.ts`). */
    rfm: RfmSettingsSchema.optional(),
    /** Repurchase model settings (see `schemas/repurchase.ts`). */
    repurchase: RepurchaseSettingsSchema.optional(),
    /** Business calculator settings (see `schemas/business.ts`). */
    business: BusinessSettingsSchema.optional(),
    /** Cross-/upsell, journeys and A/B settings (see `schemas/commercial.ts`). */
    commercial: CommercialSettingsSchema.optional(),
  })
  .strict();

export type TransactionColumns = z.output<typeof TransactionColumnsSchema>;
export type TransactionSource = z.output<typeof TransactionSourceSchema>;
export type EngineSource = z.output<typeof EngineSourceSchema>;
export type KpiSettings = z.output<typeof KpiSettingsSchema>;
export type Config = z.output<typeof ConfigSchema>;
export type Access = z.output<typeof AccessSchema>;

import { z } from "zod";

/**
 * The data description an analyst writes in `data/klantbeeld.yaml`: which export files exist,
 * which column is which, in what format, and the business settings of every metric.
 * Everything here is data, not code: a new export needs a new `sources` entry, nothing else.
 */

/** How the text of one export is written. Nothing is guessed where this says otherwise. */
export const FormatSchema = z
  .object({
    /** Field delimiter. `auto` honours an Excel `sep=;` first line, else sniffs `;` `,` tab. */
    delimiter: z.enum([",", ";", "\t", "|", "auto"]).default("auto"),
    /** Decimal separator of numbers: `.` (1234.56) or `,` (1234,56). */
    decimal: z.enum([".", ","]).default("."),
    /** Thousands separator that may appear in numbers (`1.234,56`); empty for none. */
    thousands: z.enum(["", ".", ",", " "]).default(""),
    /**
     * Date or timestamp format: `yyyy-mm-dd`, `dd-mm-yyyy`, `dd/mm/yyyy`, `mm/dd/yyyy`, `yyyymmdd`, `d-m-yyyy`;
     * a time part (`HH:MM` or `HH:MM:SS`, separated by a space or `T`) may follow any of them.
     */
    date: z.enum(["yyyy-mm-dd", "dd-mm-yyyy", "d-m-yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "yyyymmdd"]).default("yyyy-mm-dd"),
    /** Text encoding: `utf-8` (a BOM is removed) or `windows-1252` (Excel's "CSV" on Dutch Windows). */
    encoding: z.enum(["utf-8", "windows-1252"]).default("utf-8"),
    /** Time zone of timestamps in the file; months are counted in the reporting `timeZone`. */
    timeZone: z.string().optional(),
  })
  .strict();

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
    message: "give either an amount column or both quantity and unitPrice",
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
    /** Channel for every row when the export has no channel column (e.g. `store`). */
    channel: z.string().optional(),
    /** Renames channel values of this export to canonical names, e.g. `{ winkel: store }` (case-insensitive). */
    channelMap: z.record(z.string(), z.string()).default({}),
  })
  .strict();

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
    message: "give exactly one of files, table or query",
  })
  .refine((s) => s.engine === "duckdb" || (s.files === undefined && s.database === undefined), {
    message: "files and database are for engine: duckdb; a clickhouse source names a table or query",
  })
  .refine((s) => s.database === undefined || s.files === undefined, { message: "a database source names a table or query, not files" });

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

/** The whole data description. */
export const ConfigSchema = z
  .object({
    /** Version of this file's shape. */
    version: z.literal(1),
    /** Name of the business, shown in the site header. */
    title: z.string().default("Klantbeeld"),
    /** Locale of numbers and dates on the site. */
    locale: z.string().default("nl-NL"),
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
    /** Channel names per kind; an unknown channel is reported, not guessed. */
    channels: z
      .object({
        digital: z.array(z.string()).default(["web", "app", "smart_tv"]),
        offline: z.array(z.string()).default(["store", "phone"]),
      })
      .strict()
      .default({ digital: ["web", "app", "smart_tv"], offline: ["store", "phone"] }),
    kpi: KpiSettingsSchema.default(KpiSettingsSchema.parse({})),
    /** The exports. Other kinds (journeys, experiments, products) are added by their modules. */
    sources: z.array(z.looseObject({ name: z.string(), kind: z.string(), files: z.string().optional(), engine: z.enum(ENGINES).optional() })).min(1),
  })
  .loose();

export type Format = z.output<typeof FormatSchema>;
export type TransactionColumns = z.output<typeof TransactionColumnsSchema>;
export type TransactionSource = z.output<typeof TransactionSourceSchema>;
export type EngineSource = z.output<typeof EngineSourceSchema>;
export type KpiSettings = z.output<typeof KpiSettingsSchema>;
export type Config = z.output<typeof ConfigSchema>;

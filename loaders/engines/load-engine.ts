/**
 * The load of a data description whose transactions live in an engine: resolve and check each
 * source, validate its lines in SQL (row account), run the pushed-down aggregations and build the
 * bundle from the compact tables. Sections that still need line-level data are reported by name.
 */
import { createHash } from "node:crypto";
import { baseSeriesOf } from "../bundle/base-series.ts";
import { type BaseSeriesBuilder, buildBundle, type SectionBuilder } from "../bundle/build-bundle.ts";
import { comparedMonths, type PeriodDays, periodOf, sameDayOf } from "../bundle/period.ts";
import { digitalShareSection } from "../bundle/commercial.ts";
import type { Bundle, Series } from "../bundle/types.ts";
import { type Config, type EngineSource, EngineSourceSchema } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { loadFurtherSources } from "../sources/load-further.ts";
import type { Loaded } from "../sources/load-sources.ts";
import { describeIssues } from "../sources/read-config.ts";
import { type AccountRow, EXAMPLES, engineAccounts, withConflicts } from "./account.ts";
import type { EngineAdapter } from "./adapter.ts";
import { openAdapter } from "./open.ts";
import { type CompactTables, compactBaseMetrics, compactDigitalShare, compactProtection } from "./compact.ts";
import { compactTablesAt } from "./compact-run.ts";
import { engineCrossUpsell } from "./cross-upsell-engine.ts";
import { engineRepurchase } from "./repurchase-engine.ts";
import { engineRfm, monthEndSegments } from "./rfm-engine.ts";
import { engineMomentInputs } from "./moments-engine.ts";
import { momentSectionBuilders } from "../bundle/moments.ts";
import { rfmSection } from "../bundle/rfm.ts";
import { accountSql, afterSql, boundsSql, channelsSql, conflictsSql, duplicatesSql, ordersSql } from "./sql/aggregates.ts";
import { type LineSource, linesSql } from "./sql/lines.ts";
import { EngineUnsupported, storeStandIn } from "./store-stand-in.ts";
import { engineFailure, scrub } from "./errors.ts";

/** The compact tables of a load: the period's, and for a partial last month those of the months it is compared with. */
interface EngineTables {
  main: CompactTables;
  /** Day d of the month before and of a year before (null tables: before the data). */
  compared: { previous: CompactTables | null; yearAgo: CompactTables | null; previousMonth: number; yearAgoMonth: number } | null;
}

/** The digital-share section of months `first..last` from compact tables. */
function digitalShareOf(config: Config, t: CompactTables, first: number, last: number) {
  const share = compactDigitalShare(t, config.channels, first, last);
  return digitalShareSection(null, config, first, last, { share, protection: compactProtection(t, config, first, last) });
}

/** What the engine's own section builders read: the connection, the kept orders and the compact tables. */
interface EngineContext {
  adapter: EngineAdapter;
  orders: string;
  /** The validated lines (a FROM item), sources without order ids, and every accepted order's channel. */
  lines: string;
  noIds: number[];
  channels: string[];
  tables: EngineTables;
  /** The kept RFM segments table, once the rfm section ran (repurchase groups by it), and the period it ran for. */
  segments?: string;
  period?: PeriodDays;
  /** The moments and profile builders, once made. */
  moments?: SectionBuilder[];
}

/** Sections an engine load builds from pushed-down aggregates instead of the store. */
const ENGINE_SECTIONS: Record<string, (context: Parameters<SectionBuilder["build"]>[0], engine: EngineContext) => ReturnType<SectionBuilder["build"]>> = {
  rfm: async ({ loaded, first, last, period }, context) => {
    const { adapter, orders, tables } = context;
    const given = await engineRfm(adapter, orders, loaded.config, period, { main: tables.main, previous: tables.compared?.previous ?? null, yearAgo: tables.compared?.yearAgo ?? null });
    const { previous, yearAgo } = comparedMonths(period);
    const sameDays = period.partial ? { previous: sameDayOf(period, previous), yearAgo: sameDayOf(period, yearAgo) } : undefined;
    const result = rfmSection(loaded.store, loaded.config, first, last, { asOf: period.asOf, dataFirst: first, ...(sameDays ? { sameDays } : {}) }, given);
    context.segments = given.segments;
    context.period = period;
    return { series: result.series, section: result.section };
  },
  repurchase: async ({ loaded, last, period }, { adapter, orders, segments }) => {
    if (segments === undefined) throw new Error("the rfm section must be built before repurchase");
    return await engineRepurchase(adapter, orders, segments, loaded.config, last, period.asOf);
  },
  crossUpsell: async ({ loaded, further, period }, { adapter, orders, lines, noIds, channels }) =>
    await engineCrossUpsell(adapter, { lines, orders, noIds, channels, products: further.commercial.products }, loaded.config, period),
  moments: (context, engine) => momentBuilders(engine)[0]!.build(context),
  profile: (context, engine) => momentBuilders(engine)[1]!.build(context),
  digitalShare: ({ loaded, first, last }, { tables }) => {
    const result = digitalShareOf(loaded.config, tables.main, first, last);
    setSameDays(result.series, tables.compared, (t, m) => digitalShareOf(loaded.config, t, m, m).series);
    return result;
  },
};

/** The moments and profile builders of a load, joined through the engine (one join for both). */
function momentBuilders(engine: EngineContext): SectionBuilder[] {
  engine.moments ??= momentSectionBuilders(async (_, config, sources, last, asOf) => {
    if (engine.segments === undefined || engine.period === undefined) throw new Error("the rfm section must be built before the moments");
    const segments = await monthEndSegments(engine.adapter, config, engine.period, engine.segments);
    return await engineMomentInputs(engine.adapter, engine.orders, segments, config, sources.data, last, asOf);
  });
  return engine.moments;
}

/**
 * Sections that read another section's state: left out when one they read is, rather than built on
 * a gap. Goals read series only: they are built when every series they track is there.
 */
const DEPENDS: Record<string, string[]> = { repurchase: ["rfm"], moments: ["rfm"], profile: ["rfm"], business: ["crossUpsell", "rfm", "repurchase"] };

/** Sections that read any series: when one they track is missing because a section was left out, they are left out too. */
const READS_SERIES = new Set(["goals"]);

/** Whether any transactions source of `config` names an engine. */
export function hasEngineSources(config: Config): boolean {
  return config.sources.some((s) => s.kind === "transactions" && "engine" in s);
}

/** The engine sources of `config`, checked: all transactions sources on one engine. */
export function engineSources(config: Config): { engine: EngineSource["engine"]; sources: { index: number; source: EngineSource }[] } {
  const sources: { index: number; source: EngineSource }[] = [];
  for (const [index, raw] of config.sources.entries()) {
    if (raw.kind !== "transactions") continue;
    if (!("engine" in raw)) {
      throw new LoadError((t) => t.engine.mixedSources(raw.name));
    }
    const parsed = EngineSourceSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) throw new LoadError(describeIssues(`data/klantbeeld.yaml, sources[${index}] ("${raw.name}")`, parsed.error));
    sources.push({ index, source: parsed.data });
  }
  const engines = [...new Set(sources.map((s) => s.source.engine))];
  if (engines.length > 1) throw new LoadError((t) => t.engine.oneEngine(engines));
  return { engine: engines[0]!, sources };
}

/** What an engine load returns: the bundle and the sections it could not build. */
export interface EngineLoad {
  bundle: Bundle;
  /** Section names that need line-level data not pushed down yet (left out of the bundle). */
  unsupported: string[];
}

/** Options of `loadEngineBundle`. */
export interface EngineLoadOptions {
  /** The section builders to run (the standard list by default). */
  sections: readonly SectionBuilder[];
  /** An adapter to use instead of opening one from the config and environment (tests). */
  adapter?: EngineAdapter;
  /** Environment to read connection settings from (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** Runs the whole engine load. Bad configuration ends in one `LoadError` naming the source. */
export async function loadEngineBundle(config: Config, dataDir: string, options: EngineLoadOptions): Promise<EngineLoad> {
  const { engine, sources } = engineSources(config);
  const adapter = options.adapter ?? (await openAdapter(engine, dataDir, options.env ?? process.env));
  try {
    return await runLoad(adapter, config, dataDir, sources, options.sections);
  } catch (error) {
    if (process.env.KLANTBEELD_ENGINE_DEBUG) console.error(scrub(String((error as Error)?.stack ?? error), options.env ?? process.env));
    throw engineFailure(error, engine, options.env ?? process.env);
  } finally {
    if (!options.adapter) await adapter.close();
  }
}

async function runLoad(adapter: EngineAdapter, config: Config, dataDir: string, sources: { index: number; source: EngineSource }[], builders: readonly SectionBuilder[]): Promise<EngineLoad> {
  const sql = adapter.dialect;
  const parts: LineSource[] = [];
  const names = new Map<number, string>();
  for (const { index, source } of sources) {
    names.set(index, source.name);
    const resolved = await adapter.resolve(source, index).catch((error: unknown) => {
      throw engineFailure(error, adapter.dialect.name, {}, source.name);
    });
    for (const part of resolved) {
      const wanted = Object.entries(source.columns);
      if (source.batchColumn !== undefined) wanted.push(["batchColumn", source.batchColumn]);
      for (const [field, column] of wanted) {
        if (column !== undefined && !part.columns.includes(column)) {
          throw new LoadError((t) => t.engine.missingColumn(source.name, column, field, part.where.table, part.where.file, part.columns));
        }
      }
      if (source.columns.channel === undefined && source.channel === undefined) {
        throw new LoadError((t) => t.engine.noChannel(source.name));
      }
      parts.push({ index, source, relation: part.relation, file: part.file, wrongFieldCount: part.wrongFieldCount });
    }
  }
  const union = parts.map((p) => linesSql(sql, p, config.timeZone)).join("\nUNION ALL\n");
  const lines = await adapter.stage(union);
  const linesFrom = lines.startsWith("(") || !/^\w+$/.test(lines) ? `(${lines}) AS lines` : lines;
  const noIds = sources.filter((s) => s.source.columns.orderId === undefined).map((s) => s.index);
  const perSource = new Map<number, number>();
  for (const p of parts) perSource.set(p.index, (perSource.get(p.index) ?? 0) + 1);
  const severalFiles = sources.some((s) => s.source.batchColumn !== undefined || (perSource.get(s.index) ?? 0) > 1);
  const orders = await adapter.keep("kb_orders", ordersSql(sql, linesFrom, noIds, severalFiles));

  const accountRows: AccountRow[] = (await adapter.query(accountSql(sql, linesFrom, EXAMPLES))).map((r) => ({
    source: names.get(Number(r.src))!, file: String(r.file), reason: String(r.reason), n: Number(r.n), examples: (r.examples as string[]) ?? [],
  }));
  const moved = (rows: Record<string, unknown>[], reason: string) =>
    rows.map((r) => ({ source: names.get(Number(r.src))!, file: String(r.file), reason, n: Number(r.n), examples: (r.examples as string[]) ?? [] }));
  const conflicts = [
    ...(severalFiles ? moved(await adapter.query(duplicatesSql(sql, linesFrom, noIds, EXAMPLES)), "duplicate_order") : []),
    ...moved(await adapter.query(conflictsSql(sql, orders, EXAMPLES)), "order_conflict"),
  ];
  for (const reject of await adapter.readerRejects()) {
    const source = parts.find((p) => p.file === sql.text(reject.file));
    accountRows.push({ source: source?.source.name ?? "?", file: reject.file, reason: "wrong_column_count", n: reject.count, examples: [], lines: reject.lines });
  }
  const accounts = engineAccounts(withConflicts(accountRows, conflicts));

  const [bounds] = await adapter.query(boundsSql(sql, orders));
  if (!bounds || Number(bounds.orders) === 0) throw new LoadError((t) => t.engine.noOrders);
  const firstDay = Number(bounds.first_day);
  const lastDay = Number(bounds.last_day);
  // The as-of model of period.ts: every compact table is counted up to the as-of day.
  const period = periodOf({ firstDay, lastDay }, config.asOf);
  const channels = (await adapter.query(channelsSql(orders))).map((r) => String(r.channel));
  const at = (first: number, last: number, upTo: number, tag: string) => compactTablesAt(adapter, orders, config, { first, last, upTo, tag, channels });
  const tables: EngineTables = { main: await at(period.first, period.last, period.asOf, ""), compared: null };
  if (period.partial) {
    const { previous, yearAgo } = comparedMonths(period);
    const month = async (m: number, tag: string) => (m < period.first ? null : await at(m, m, sameDayOf(period, m), tag));
    tables.compared = { previous: await month(previous, "_previous"), yearAgo: await month(yearAgo, "_year_ago"), previousMonth: previous, yearAgoMonth: yearAgo };
  }
  const [after] = period.asOf < lastDay ? await adapter.query(afterSql(orders, period.asOf)) : [];
  const excluded = { orders: Number(after?.after_orders ?? 0), lines: Number(after?.after_lines ?? 0) };
  const digest = createHash("sha256").update(JSON.stringify(tables)).digest("hex");
  for (const a of accounts) a.sha256 = createHash("sha256").update(a.sha256 + digest).digest("hex");

  const store = storeStandIn(firstDay, lastDay, channels);
  const loaded: Loaded = { config, store, accounts, warnings: unknownChannels(config, store.channels) };
  const unsupported: string[] = [];
  const engine: EngineContext = { adapter, orders, tables, lines: linesFrom, noIds, channels };
  const wrapped = builders.map((builder): SectionBuilder => ({
    name: builder.name,
    async build(context) {
      const own = ENGINE_SECTIONS[builder.name];
      const needs = DEPENDS[builder.name] ?? [];
      if (needs.some((name) => (name === "*" ? unsupported.length > 0 : unsupported.includes(name)))) {
        unsupported.push(builder.name);
        return {};
      }
      try {
        return await (own ? own(context, engine) : builder.build(context));
      } catch (error) {
        const missingSeries = READS_SERIES.has(builder.name) && error instanceof LoadError && unsupported.length > 0;
        if (!(error instanceof EngineUnsupported) && !missingSeries) throw error;
        unsupported.push(builder.name);
        return {};
      }
    },
  }));
  const further = await loadFurtherSources(config, dataDir);
  const base: BaseSeriesBuilder = {
    excluded,
    series: (_, p) => {
      const out = baseSeriesOf(compactBaseMetrics(tables.main, config, p.first, p.last), config, p.first);
      setSameDays(out, tables.compared, (t, m) => baseSeriesOf(compactBaseMetrics(t, config, m, m), config, m, p.first));
      return out;
    },
  };
  const bundle = await buildBundle(loaded, further, wrapped, base);
  return { bundle, unsupported };
}

/**
 * Sets `sameDays` on `out` from the tables of the compared months (null before the data), as the
 * stream path's `baseSameDays`/`setSameDays` do from a pinned store; nothing without `compared`.
 */
function setSameDays(out: Series[], compared: EngineTables["compared"], compute: (t: CompactTables, month: number) => Series[]): void {
  if (!compared) return;
  const values = (t: CompactTables | null, month: number) => (t ? new Map(compute(t, month).map((s) => [s.id, s.values[0] ?? null])) : new Map<string, number | null>());
  const before = values(compared.previous, compared.previousMonth);
  const year = values(compared.yearAgo, compared.yearAgoMonth);
  for (const s of out) s.sameDays = { previous: before.get(s.id) ?? null, yearAgo: year.get(s.id) ?? null };
}

/** The unknown-channel warnings the stream load gives, from the engine's channel names. */
function unknownChannels(config: Config, channels: readonly string[]): string[] {
  const known = new Set([...config.channels.digital, ...config.channels.offline]);
  return channels
    .filter((channel) => !known.has(channel))
    .sort()
    .map((channel) => `Kanaal "${channel}" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.`);
}

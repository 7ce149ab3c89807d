/**
 * Small-group protection of every published channel breakdown (revenue and orders per channel,
 * channel shares, the digital / offline / unknown groups): per month the channels are the cells
 * of a table whose total (all revenue, all orders) is published, and the groups are sub-totals.
 * `protectTable` hides a channel of 1..k−1 people and whatever would give it back by subtraction.
 * The split of orders into registered and unregistered sales is protected the same way.
 */
import { protectTable, type TableStatistic } from "../lib/protect-table.ts";
import { type ChannelCustomers, channelCustomers } from "../metrics/channel-customers.ts";
import type { Config } from "../schemas/config.ts";
import type { Store } from "../model/store.ts";

/** The channel groups of the digital share. */
export const CHANNEL_GROUPS = ["digital", "offline", "unknown"] as const;

/** What to hide, per month (true = show null). */
export interface ChannelProtection {
  /** Per channel name. */
  channels: Record<string, boolean[]>;
  /** Per group: its sums and shares. */
  groups: Record<(typeof CHANNEL_GROUPS)[number], boolean[]>;
  /** The split of orders into registered and unregistered (registered share, unregistered orders). */
  registration: boolean[];
}

const cache = new WeakMap<Store, Map<string, ChannelProtection>>();

/** The channel indexes of each channel group (digital, offline, unknown), for `channelCustomers`. */
export function groupMembers(channels: readonly string[], config: Pick<Config, "channels">): number[][] {
  const groupOf = (name: string) => (config.channels.digital.includes(name) ? 0 : config.channels.offline.includes(name) ? 1 : 2);
  return CHANNEL_GROUPS.map((_, g) => channels.flatMap((name, c) => (groupOf(name) === g ? [c] : [])));
}

/** The protection of months `first..last` for groups of at least `config.minGroupSize` (computed once per store and settings). */
export function channelProtection(store: Store, config: Pick<Config, "minGroupSize" | "channels">, first: number, last: number): ChannelProtection {
  const key = JSON.stringify([config.minGroupSize, config.channels, first, last]);
  const memo = cache.get(store) ?? new Map<string, ChannelProtection>();
  cache.set(store, memo);
  const known = memo.get(key);
  if (known) return known;
  const sizes = channelCustomers(store, first, last, groupMembers(store.channels, config));
  const out = channelProtectionOf(store.channels, sizes, config, first, last);
  memo.set(key, out);
  return out;
}

/**
 * The protection from group sizes already counted (by `channelCustomers` over the store, or pushed
 * down to an engine); `sizes.bySet` holds the groups of `groupMembers`, `channels` aligns with `byChannel`.
 */
export function channelProtectionOf(
  channels: readonly string[],
  sizes: ChannelCustomers,
  config: Pick<Config, "minGroupSize" | "channels">,
  first: number,
  last: number,
): ChannelProtection {
  const k = config.minGroupSize;
  const members = groupMembers(channels, config);
  const out: ChannelProtection = {
    channels: Object.fromEntries(channels.map((name) => [name, [] as boolean[]])),
    groups: { digital: [], offline: [], unknown: [] },
    registration: [],
  };
  for (let m = 0; m <= last - first; m++) {
    const values = channels.map((_, c) => sizes.byChannel[c]![m]!);
    const statistics: TableStatistic[] = [
      { cells: values.map((_, c) => c), status: "published" },
      // A group of 1..k−1 people is secret even when its channels' counts add up to more (one person in two channels).
      ...members.map((cells, g): TableStatistic => {
        const n = sizes.bySet[g]![m]!;
        return { cells, status: n > 0 && n < k ? "secret" : "decide" };
      }),
    ];
    const result = protectTable(values, statistics, k);
    channels.forEach((name, c) => {
      out.channels[name]!.push(!result.safe || result.cells[c]!);
    });
    CHANNEL_GROUPS.forEach((group, g) => {
      out.groups[group].push(!result.safe || result.statistics[g + 1]!);
    });
    // Registered buyers against unregistered orders, under the published month total of orders.
    const split = protectTable([sizes.registered[m]!, sizes.unregistered[m]!], [{ cells: [0, 1], status: "published" }], k);
    out.registration.push(!split.safe || split.cells.some(Boolean));
  }
  return out;
}

/** `values` with null where `hidden` is true. */
export function hide<T>(values: readonly (T | null)[], hidden: readonly boolean[]): (T | null)[] {
  return values.map((v, i) => (hidden[i] ? null : v));
}

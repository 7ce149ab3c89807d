/**
 * How many people are behind each month × channel figure: distinct registered customers who
 * ordered in that channel that month, plus one per unregistered order (each may be someone
 * else). The size of the group a channel's revenue and orders describe, for suppression.
 */
import { monthOfDay } from "../lib/months.ts";
import type { Store } from "../model/store.ts";

/** Group sizes per channel (store order) and per set of channels, per month `first..last`. */
export interface ChannelCustomers {
  /** `byChannel[c][m]`: people behind channel c in month first + m. */
  byChannel: number[][];
  /** People behind a set of channels per month (a person in two channels counts once), for each set asked. */
  bySet: number[][];
  /** Distinct registered customers per month, over all channels. */
  registered: number[];
  /** Unregistered orders per month (one person each, as far as anyone can tell). */
  unregistered: number[];
}

/** Counts for months `first..last`; `sets` lists channel indexes whose union is also counted (e.g. digital). */
export function channelCustomers(store: Store, first: number, last: number, sets: readonly (readonly number[])[] = []): ChannelCustomers {
  const months = last - first + 1;
  const channels = store.channels.length;
  const byChannel = Array.from({ length: channels }, () => new Array<number>(months).fill(0));
  const bySet = sets.map(() => new Array<number>(months).fill(0));
  const registered = new Array<number>(months).fill(0);
  const unregistered = new Array<number>(months).fill(0);
  const setsOf = Array.from({ length: channels }, (_, c) => sets.flatMap((set, s) => (set.includes(c) ? [s] : [])));
  // Orders are sorted by day, so by month: a customer's last counted month (m + 1; 0 = never)
  // overall, per channel and per set is enough. One record per customer, so an order touches
  // one place in memory: [overall, channel 0 … channel C−1, set 0 … set S−1].
  const stride = 1 + channels + sets.length;
  const seen = new Int32Array(store.customerCount * stride);
  const { length, day, customer, channel } = store.orders;
  for (let i = 0; i < length; i++) {
    const m = monthOfDay(day[i]!) - first;
    if (m < 0 || m >= months) continue;
    const c = channel[i]!;
    const who = customer[i]!;
    if (who < 0) {
      unregistered[m]!++;
      byChannel[c]![m]!++;
      for (const s of setsOf[c]!) bySet[s]![m]!++;
      continue;
    }
    const at = who * stride;
    if (seen[at] !== m + 1) {
      seen[at] = m + 1;
      registered[m]!++;
    }
    if (seen[at + 1 + c] !== m + 1) {
      seen[at + 1 + c] = m + 1;
      byChannel[c]![m]!++;
    }
    for (const s of setsOf[c]!) {
      if (seen[at + 1 + channels + s] === m + 1) continue;
      seen[at + 1 + channels + s] = m + 1;
      bySet[s]![m]!++;
    }
  }
  return { byChannel, bySet, registered, unregistered };
}

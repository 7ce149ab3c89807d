/**
 * Where and when a sale happens: the channel (the digital share grows over the sample, the app
 * gains on the web, smart-TV orders are TV and internet upgrades) and the local time of day.
 */
import { progress } from "./calendar.ts";
import type { Category } from "./catalog.ts";
import type { Random } from "./random.ts";
import type { Channel } from "./sale.ts";

/**
 * Channel of a registered customer's sale. `affinity` (0–1) is the customer's own leaning to
 * digital; on top of it the whole base drifts 25 points towards digital over the 36 months.
 */
export function registeredChannel(rng: Random, affinity: number, month: number, category: Category): Channel {
  const t = progress(month);
  const digital = Math.min(0.97, Math.max(0.03, 0.12 + 0.55 * affinity + 0.25 * t));
  if (!rng.chance(digital)) return rng.chance(0.22) ? "phone" : "store";
  if ((category === "tv" || category === "internet") && rng.chance(0.3)) return "smart_tv";
  return rng.chance(0.25 + 0.2 * t) ? "app" : "web";
}

/** Relative weight of each local hour for digital orders; hour 2 stays empty (summer-time switch). */
const HOUR_WEIGHTS = [3, 2, 0, 0.5, 0.5, 1, 2, 4, 6, 7, 8, 8, 8, 8, 8, 8, 9, 10, 11, 12, 12, 10, 7, 5];
/** Store and phone hours: 09:00–20:59. */
const SHOP_WEIGHTS = HOUR_WEIGHTS.map((_, h) => (h >= 9 && h <= 20 ? 1 : 0));

/** Local minute of the day of a sale in `channel`. */
export function saleMinute(rng: Random, channel: Channel): number {
  const hour = rng.weighted(channel === "store" || channel === "phone" ? SHOP_WEIGHTS : HOUR_WEIGHTS);
  return hour * 60 + rng.int(0, 59);
}

/**
 * Unregistered sales: walk-in receipts in the stores (most of them; fewer every year as the
 * business goes digital) and guest checkouts in the webshop (no customer id either).
 */
import { walkInBasket } from "./baskets.ts";
import { FIRST_MONTH, LAST_MONTH, progress, season } from "./calendar.ts";
import { saleMinute } from "./channels.ts";
import { daysInMonth, monthStart } from "../lib/months.ts";
import type { Random } from "./random.ts";
import type { Channel, Sale } from "./sale.ts";

/** Walk-in store receipts per month at the start; shrinks 25 % over the sample. */
const STORE_PER_MONTH = 2400;
/** Guest webshop orders per month at the start; grows 30 % over the sample. */
const GUEST_PER_MONTH = 225;

/** Simulates the unregistered sales of every month. */
export function simulateWalkIns(rng: Random): Sale[] {
  const sales: Sale[] = [];
  for (let month = FIRST_MONTH; month <= LAST_MONTH; month++) {
    const start = monthStart(month);
    const length = daysInMonth(Math.floor(month / 12), (month % 12) + 1);
    const t = progress(month);
    const add = (channel: Channel) => {
      const day = start + rng.int(0, length - 1);
      sales.push({ customer: null, day, minute: saleMinute(rng, channel), channel, lines: walkInBasket(rng, month), isReturn: false });
    };
    const stores = rng.poisson(STORE_PER_MONTH * (1 - 0.25 * t) * season(month));
    for (let i = 0; i < stores; i++) add("store");
    const guests = rng.poisson(GUEST_PER_MONTH * (1 + 0.3 * t) * season(month));
    for (let i = 0; i < guests; i++) add("web");
  }
  return sales;
}

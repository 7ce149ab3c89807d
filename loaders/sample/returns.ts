/**
 * Returns: a few per cent of sold lines come back 2–14 days later through the same kind of
 * channel (a smart-TV order is returned through the web), as a separate negative order.
 */
import { LAST_DAY } from "./calendar.ts";
import type { Random } from "./random.ts";
import type { Sale } from "./sale.ts";

/** Chance that a sold line is returned: phones and accessories more often than services. */
function returnChance(category: string): number {
  return category === "toestel" || category === "accessoires" ? 0.045 : 0.01;
}

/** The returns of `sales` (in the same order as the sales they undo); none after the sample ends. */
export function simulateReturns(rng: Random, sales: readonly Sale[]): Sale[] {
  const returns: Sale[] = [];
  for (const sale of sales) {
    const lines = sale.lines.filter((line) => rng.chance(returnChance(line.product.category)));
    if (lines.length === 0) continue;
    const day = sale.day + rng.int(2, 14);
    if (day > LAST_DAY) continue;
    const channel = sale.channel === "smart_tv" ? "web" : sale.channel;
    const minute = channel === "store" || channel === "phone" ? sale.minute : rng.int(7 * 60, 22 * 60 - 1);
    returns.push({
      customer: sale.customer,
      day,
      minute,
      channel,
      lines: lines.map((line) => ({ ...line, quantity: -line.quantity })),
      isReturn: true,
    });
  }
  return returns;
}

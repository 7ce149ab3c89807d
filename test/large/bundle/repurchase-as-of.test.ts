/**
 * The repurchase section of data that end mid-month, on the CDNOW sample (real data; skipped
 * without the shared data folder): fitted as of 17 June 1998, the BG/NBD equals a fit on x, t_x
 * and T counted here, independently of `repeatSummary`, to that day — and the calibration fit to
 * the same day 9 months earlier (17 September 1997).
 */
import { describe, expect, it } from "vitest";
import { repurchaseSection } from "../../../loaders/bundle/repurchase.ts";
import { parseMonthKey } from "../../../loaders/lib/months.ts";
import { bgNbd } from "../../../loaders/metrics/bg-nbd.ts";
import { ConfigSchema } from "../../../loaders/schemas/config.ts";
import { type CdnowOrders, isoToDay, readCdnowSample } from "../../metrics/cdnow.ts";
import { storeOf, type OrderRow } from "../../metrics/rfm-store.ts";
import { hasRealData } from "../../real-data.ts";

/** x, t_x, T (weeks) per customer with a purchase on or before `asOf`: purchases are distinct days. */
function summaryAsOf(c: CdnowOrders, asOf: number): { x: number[]; tx: number[]; T: number[] } {
  const days = new Map<number, Set<number>>();
  for (let i = 0; i < c.customer.length; i++) {
    if (c.day[i]! > asOf || c.amount[i]! < 0) continue;
    const set = days.get(c.customer[i]!) ?? new Set<number>();
    set.add(c.day[i]!);
    days.set(c.customer[i]!, set);
  }
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[] };
  for (const set of days.values()) {
    const first = Math.min(...set);
    const last = Math.max(...set);
    out.x.push(set.size - 1);
    out.tx.push((last - first) / 7);
    out.T.push((asOf - first) / 7);
  }
  return out;
}

describe.skipIf(!hasRealData())("repurchaseSection on the CDNOW sample as of 17 June 1998", () => {
  const c = readCdnowSample();
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const rows: OrderRow[] = Array.from(c.customer, (id, i) => [`s${id}`, iso(c.day[i]!), c.amount[i]!]);
  const store = storeOf(rows);
  const asOf = isoToDay("1998-06-17");
  const config = ConfigSchema.parse({ version: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }], repurchase: { holdoutMonths: 9 } });
  const { section } = repurchaseSection(store, config, parseMonthKey("1998-06"), new Int8Array(store.customerCount).fill(-1), asOf);
  const close = (fitted: Record<string, number>, fit: Record<string, number>) => {
    for (const [name, value] of Object.entries(fit)) expect(Math.abs(fitted[name]! - value) / value, name).toBeLessThan(1e-4);
  };

  it("fits on the purchases up to that day", () => {
    const data = summaryAsOf(c, asOf);
    const fit = bgNbd(data);
    expect(section.asOf).toBe("1998-06-17");
    expect(section.fits.bgNbd!.customers).toBe(2357);
    expect(section.fits.bgNbd!.converged).toBe(true);
    expect(Math.abs(section.fits.bgNbd!.logLikelihood! - fit.logLikelihood)).toBeLessThan(0.01);
    close(section.fits.bgNbd!.params, fit.params as unknown as Record<string, number>);
  });

  it("calibrates on the purchases up to 17 September 1997 and counts the holdout to 17 June 1998", () => {
    const cal = section.calibration!;
    expect([cal.calibrationEnd, cal.holdoutEnd]).toEqual(["1997-09-17", "1998-06-17"]);
    const data = summaryAsOf(c, isoToDay("1997-09-17"));
    const fit = bgNbd(data);
    expect(cal.fit.customers).toBe(data.x.length);
    expect(Math.abs(cal.fit.logLikelihood! - fit.logLikelihood)).toBeLessThan(0.01);
    close(cal.fit.params, fit.params as unknown as Record<string, number>);
  });
});

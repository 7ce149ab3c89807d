/** repurchaseModel on the hand-worked fixture of repurchase.test.ts: rows, moments, no calibration. */
import { describe, expect, it } from "vitest";
import { modelBuffers, purchaseBuffers, repurchaseModel } from "../../loaders/bundle/repurchase-model.ts";
import { repurchaseSettings } from "../../loaders/bundle/repurchase.ts";
import { purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { isoDay, type OrderRow, storeOf } from "../metrics/rfm-store.ts";

const config = ConfigSchema.parse({ version: 1, minGroupSize: 1, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }] });
// P: gaps 31, 29 → 30 days, 21 since → not due (1); Q: one day → none (0); V: gaps 10, 70 since → overdue (3);
// W: gap 14, 16 since → due (2); X: one day → none (0). A return (−5) of W is no purchase.
const ROWS: OrderRow[] = [
  ["P", "2024-01-10", 100],
  ["P", "2024-02-10", 100],
  ["P", "2024-03-10", 100],
  ["Q", "2024-01-20", 10],
  ["V", "2024-01-01", 20],
  ["V", "2024-01-11", 20],
  ["V", "2024-01-21", 20],
  ["W", "2024-03-01", 50],
  ["W", "2024-03-15", 50],
  ["W", "2024-03-20", -5],
  ["X", "2023-01-05", 30],
  [null, "2024-03-02", 70],
];
const asOf = isoDay("2024-03-31");

describe("repurchaseModel", () => {
  const store = storeOf(ROWS);
  const purchases = purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, asOf);
  const model = repurchaseModel(purchases, repurchaseSettings(config), asOf, 1);
  const index = (id: string) => store.customerIds.indexOf(id);

  it("has one row per customer with a purchase, ascending, and each row's moment of truth", () => {
    expect([...model.customer]).toEqual(["P", "Q", "V", "W", "X"].map(index).sort((a, b) => a - b));
    const status = Object.fromEntries([...model.customer].map((c, i) => [store.customerIds[c], model.moment[i]]));
    expect(status).toEqual({ P: 1, Q: 0, V: 3, W: 2, X: 0 });
  });

  it("leaves the calibration out when fewer than 2 customers bought before its end (2023-09-30: X only)", () => {
    expect(model.calibration).toBeNull();
  });

  it("predicts nothing and fits no spend model when BG/NBD does not converge (5 customers, as repurchase.test.ts shows)", () => {
    expect(model.bg!.converged).toBe(false);
    expect(model.bg!.customers).toBe(5);
    expect([model.pAlive, model.expected, model.clv, model.gg]).toEqual([null, null, null, null]);
  });

  it("names each array buffer once for a move to another thread", () => {
    const buffers = modelBuffers(model);
    expect(buffers).toContain(model.customer.buffer);
    expect(buffers).toContain(model.moment.buffer);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(purchaseBuffers(purchases)).toEqual([purchases.offsets.buffer, purchases.days.buffer, purchases.totals.buffer]);
  });
});

/**
 * The repurchase model on its worker thread: the same results as inline (typed arrays moved both
 * ways), errors rebuilt as their class with the same message, and a thread stopped early fails
 * instead of leaving anyone waiting.
 */
import { describe, expect, it } from "vitest";
import { repurchaseModel } from "../../loaders/bundle/repurchase-model.ts";
import { startModelThread, threadError } from "../../loaders/bundle/repurchase-thread.ts";
import { repurchaseSettings } from "../../loaders/bundle/repurchase.ts";
import { ModelRangeError } from "../../loaders/metrics/model-error.ts";
import { type PurchaseDays, purchaseDays } from "../../loaders/metrics/repeat-summary.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import { ConfigSchema } from "../../loaders/schemas/config.ts";
import { isoDay, readCdnowExtractRows, storeOf } from "../metrics/rfm-store.ts";

const config = ConfigSchema.parse({ version: 1, minGroupSize: 5, repurchase: { holdoutMonths: 9 }, sources: [{ name: "t", kind: "transactions", files: "t.csv", columns: { date: "d", amount: "a" } }] });
const settings = repurchaseSettings(config);
// The CDNOW extract (test/fixtures/cdnow) as of 1998-06-30, as repurchase.test.ts fits it: both fits converge.
const asOf = isoDay("1998-06-30");
const store = storeOf(readCdnowExtractRows());
const fresh = (): PurchaseDays => purchaseDays(store.orders.customer, store.orders.day, store.orders.amount, store.customerCount, asOf);

describe("startModelThread", () => {
  it("gives the inline results, with the purchase days moved to the thread", async () => {
    const inline = repurchaseModel(fresh(), settings, asOf, 5);
    expect(inline.bg!.converged).toBe(true);
    expect(inline.clv).not.toBeNull();
    expect(inline.calibration).not.toBeNull();
    const sent = fresh();
    const thread = startModelThread();
    const running = thread.run(sent, settings, asOf, 5);
    // Moved, not copied: the buffers are detached on this side.
    expect(sent.days.byteLength + sent.totals.byteLength + sent.offsets.byteLength).toBe(0);
    const model = await running;
    expect(model).toEqual(inline);
    expect(model.pAlive).toBeInstanceOf(Float64Array);
    await thread.close();
  });

  it("rejects with the model's error, its class and message kept", async () => {
    // dueFactor above overdueFactor (the settings schema refuses it; the metric checks it again).
    const bad = { ...settings, dueFactor: 3, overdueFactor: 2 };
    const inline = (() => {
      try {
        repurchaseModel(fresh(), bad, asOf, 5);
      } catch (error) {
        return error as Error;
      }
      return null;
    })();
    const thread = startModelThread();
    const error = await thread.run(fresh(), bad, asOf, 5).then(() => null, (e: Error) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect(error!.message).toBe(inline!.message);
    expect(error!.message).toMatch(/^momentOfTruth expects 0 < dueFactor ≤ overdueFactor, got 3 and 2$/);
    await thread.close();
  });

  it("fails, not hangs, when closed before it answered or before it was given its job", async () => {
    const thread = startModelThread();
    const running = thread.run(fresh(), settings, asOf, 5);
    await thread.close();
    await expect(running).rejects.toThrow("the repurchase model thread was stopped");
    await thread.close();
    const idle = startModelThread();
    await idle.close();
    await expect(idle.run(fresh(), settings, asOf, 5)).rejects.toThrow("the repurchase model thread was stopped");
  });

  it("runs one job", async () => {
    const thread = startModelThread();
    const running = thread.run(fresh(), settings, asOf, 5);
    expect(() => thread.run(fresh(), settings, asOf, 5)).toThrow("a model thread runs one job");
    await running;
    await thread.close();
  });
});

describe("threadError", () => {
  it("rebuilds a LoadError as a LoadError and a ModelRangeError as one, message unchanged", () => {
    const load = threadError({ name: "LoadError", message: "data/klantbeeld.yaml, repurchase: bad" });
    expect(load).toBeInstanceOf(LoadError);
    expect(load.message).toBe("data/klantbeeld.yaml, repurchase: bad");
    expect(threadError({ name: "ModelRangeError", message: "clv has no finite value" })).toBeInstanceOf(ModelRangeError);
    const other = threadError({ name: "TypeError", message: "x" });
    expect(other).not.toBeInstanceOf(LoadError);
    expect(other.message).toBe("x");
  });
});

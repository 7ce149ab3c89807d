/**
 * Worker thread of `repurchase-thread.ts`: runs `repurchaseModel` on the purchase days it is sent
 * (moved, not copied) and posts the per-customer results back with their buffers moved. An error
 * goes back as its name and message only (the models' messages hold no customer data).
 */
import { parentPort } from "node:worker_threads";
import type { PurchaseDays } from "../metrics/repeat-summary.ts";
import type { RepurchaseSettings } from "../schemas/repurchase.ts";
import { modelBuffers, repurchaseModel } from "./repurchase-model.ts";

/** The one job of the thread: the purchase days up to the as-of day and what the model needs besides. */
export interface ModelJob {
  purchases: PurchaseDays;
  settings: RepurchaseSettings;
  asOf: number;
  minGroupSize: number;
}

parentPort!.once("message", ({ purchases, settings, asOf, minGroupSize }: ModelJob) => {
  try {
    const model = repurchaseModel(purchases, settings, asOf, minGroupSize);
    parentPort!.postMessage({ model }, modelBuffers(model));
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ error: { name: e.name, message: e.message } });
  }
});

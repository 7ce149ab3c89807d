/**
 * Runs the repurchase model (`repurchase-model.ts`) on a worker thread (`repurchase-worker.ts`)
 * while the main thread builds other sections. The caller's purchase days move to the thread, the
 * per-customer results move back (buffers transferred, not copied). `close` always stops the thread
 * (call it when the build ends, also when it failed); a thread error rejects `run` with the same
 * message, a `LoadError` as a `LoadError`, a models' range error as a `ModelRangeError`.
 */
import { Worker } from "node:worker_threads";
import { ModelRangeError } from "../metrics/model-error.ts";
import type { PurchaseDays } from "../metrics/repeat-summary.ts";
import { LoadError } from "../model/load-error.ts";
import type { RepurchaseSettings } from "../schemas/repurchase.ts";
import { purchaseBuffers, type RepurchaseModel } from "./repurchase-model.ts";
import type { ModelJob } from "./repurchase-worker.ts";

/** A thread for one model run: started early (its modules load meanwhile), given its job later. */
export interface ModelThread {
  /**
   * Sends the job (once): `purchases`' buffers move to the thread (do not use them after). Resolves
   * with the model's results; rejects with the thread's error, or when the thread was stopped first.
   */
  run(purchases: PurchaseDays, settings: RepurchaseSettings, asOf: number, minGroupSize: number): Promise<RepurchaseModel>;
  /** Stops the thread (a no-op once it stopped). */
  close(): Promise<void>;
}

interface Reply {
  model?: RepurchaseModel;
  error?: { name: string; message: string };
}

/** Starts a model thread, idle until `run`. */
export function startModelThread(): ModelThread {
  const worker = new Worker(new URL("./repurchase-worker.ts", import.meta.url));
  let closed = false;
  let sent = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await worker.terminate();
  };
  const result = new Promise<RepurchaseModel>((resolve, reject) => {
    worker.once("message", (reply: Reply) => {
      void close();
      if (reply.error) reject(threadError(reply.error));
      else resolve(reply.model!);
    });
    worker.once("error", (error) => {
      void close();
      reject(threadError(error));
    });
    // Stopped before it answered (closed early, or it died): fail rather than leave anyone waiting.
    worker.once("exit", (code) => {
      reject(new Error(closed ? "the repurchase model thread was stopped" : `the repurchase model thread stopped (exit code ${code})`));
      closed = true;
    });
  });
  // Nobody may be waiting yet (another section still building): an early failure is not unhandled.
  result.catch(() => {});
  const run = (purchases: PurchaseDays, settings: RepurchaseSettings, asOf: number, minGroupSize: number): Promise<RepurchaseModel> => {
    if (sent) throw new Error("a model thread runs one job");
    sent = true;
    if (!closed) {
      const job: ModelJob = { purchases, settings, asOf, minGroupSize };
      worker.postMessage(job, purchaseBuffers(purchases));
    }
    return result;
  };
  return { run, close };
}

/** The error a thread reported (name and message), rebuilt as its class on this side. */
export function threadError(error: { name: string; message: string }): Error {
  if (error.name === "LoadError") return new LoadError(error.message);
  if (error.name === "ModelRangeError") return new ModelRangeError(error.message);
  if (error.name === "RangeError") return new RangeError(error.message);
  return new Error(error.message);
}

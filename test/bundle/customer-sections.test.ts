/**
 * The repurchase model on its worker thread builds the same bundle bytes as inline (customer
 * sections with `threadFrom` 0 vs Infinity; thread started before the sections or with RFM), also
 * with a pinned mid-month `asOf`; the thread is started only from the threshold, and stopped when
 * another section fails first.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildBundle } from "../../loaders/bundle/build-bundle.ts";
import { customerSectionBuilders, MODEL_THREAD_MIN_ORDERS } from "../../loaders/bundle/customer-sections.ts";
import { startModelThread } from "../../loaders/bundle/repurchase-thread.ts";
import { sections } from "../../loaders/bundle/sections.ts";
import { stableJson } from "../../loaders/lib/stable-json.ts";
import { LoadError } from "../../loaders/model/load-error.ts";
import type { Config } from "../../loaders/schemas/config.ts";
import { RepurchaseSettingsSchema } from "../../loaders/schemas/repurchase.ts";
import { type FurtherSources, loadFurtherSources } from "../../loaders/sources/load-further.ts";
import { type Loaded, loadSources } from "../../loaders/sources/load-sources.ts";
import { benchConfig, headerOf } from "../bench/generate.ts";
import { readCdnowExtractRows } from "../metrics/rfm-store.ts";

/** The job promise of every model thread started (the real thread, watched). */
const runs = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("../../loaders/bundle/repurchase-thread.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../loaders/bundle/repurchase-thread.ts")>();
  const watched = () => {
    const thread = original.startModelThread();
    return { ...thread, run: (...args: Parameters<typeof thread.run>) => { const running = thread.run(...args); runs.push(running); return running; } };
  };
  return { ...original, startModelThread: vi.fn(watched) };
});
const started = vi.mocked(startModelThread);

const dir = mkdtempSync(join(tmpdir(), "klantbeeld-model-thread-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The CDNOW extract (300 customers, 1997-01 .. 1998-06) as an export: both fits converge on it.
const rows = readCdnowExtractRows();
beforeAll(() => {
  const lines = rows.map(([customer, iso, amount], i) => `${i + 1},${customer},${iso},web,p,music,1,${amount.toFixed(2)}`);
  writeFileSync(join(dir, "sales.csv"), `${headerOf("en").join(",")}\n${lines.join("\n")}\n`);
});
beforeEach(() => {
  started.mockClear();
});

async function load(extra: Partial<Config> = {}): Promise<{ loaded: Loaded; further: FurtherSources }> {
  const config = { ...benchConfig("en", "sales.csv"), repurchase: RepurchaseSettingsSchema.parse({ holdoutMonths: 9 }), ...extra };
  return { loaded: await loadSources(config, dir), further: await loadFurtherSources(config, dir) };
}

describe("customerSectionBuilders with the model thread", () => {
  it("builds the inline bytes on the thread (started early or with RFM), for the last month end and a pinned mid-month asOf", async () => {
    for (const extra of [{}, { asOf: "1998-03-15" }]) {
      started.mockClear();
      const { loaded, further } = await load(extra);
      const inline = await buildBundle(loaded, further, sections(undefined, Infinity));
      expect(started).not.toHaveBeenCalled();
      expect(inline.sections.repurchase!.published && inline.sections.repurchase!.clvPublished).toBe(true);
      expect(inline.sections.repurchase!.calibration).not.toBeNull();
      for (const earlyUpTo of [Infinity, 0]) {
        started.mockClear();
        const threaded = await buildBundle(loaded, further, sections(undefined, 0, earlyUpTo));
        expect(started).toHaveBeenCalledTimes(1);
        expect(stableJson(threaded)).toBe(stableJson(inline));
      }
    }
  });

  it("stays on the main thread below the threshold", async () => {
    expect(rows.length).toBeLessThan(MODEL_THREAD_MIN_ORDERS);
    const { loaded, further } = await load();
    await buildBundle(loaded, further, sections());
    expect(started).not.toHaveBeenCalled();
  });

  it("stops the thread when a section fails before repurchase, and the build fails with that error", async () => {
    const { loaded, further } = await load();
    const failing = { name: "digitalShare" as const, build: () => Promise.reject(new LoadError("data/x.csv, line 2: boom")) };
    // Started early, a section before RFM fails; started with RFM, a section between RFM and repurchase.
    const early = customerSectionBuilders(undefined, 0, Infinity);
    const late = customerSectionBuilders(undefined, 0, 0);
    for (const builders of [[failing, ...early], [late[0]!, failing, late[1]!]]) {
      started.mockClear();
      runs.length = 0;
      const error = await buildBundle(loaded, further, builders).then(() => null, (e: Error) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(error!.message).toBe("data/x.csv, line 2: boom");
      expect(started).toHaveBeenCalledTimes(1);
      // Stopped by the build before it answered (the model takes longer than the thread's start-up).
      await expect(runs[0]).rejects.toThrow("the repurchase model thread was stopped");
    }
  });

  it("throws the same settings error in repurchase's turn either way, without starting a thread", async () => {
    const { loaded, further } = await load({ repurchase: { dueFactor: 3, overdueFactor: 2 } } as unknown as Partial<Config>);
    const message = async (threadFrom: number) => await buildBundle(loaded, further, sections(undefined, threadFrom)).then(() => "", (e: Error) => `${e.name}: ${e.message}`);
    const inline = await message(Infinity);
    expect(inline).toMatch(/^LoadError: data\/klantbeeld\.yaml, repurchase/);
    expect(await message(0)).toBe(inline);
    expect(started).not.toHaveBeenCalled();
  });
});

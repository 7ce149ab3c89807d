/**
 * SHA-256 of the load's files for the cache keys, computed ahead of the main thread: files up to
 * `POOL_HASH_MAX` read whole and hashed on the libuv thread pool (Web Crypto), larger ones on
 * worker threads; a warm load's hashing then overlaps reading and merging cache entries.
 */
import { createHash, webcrypto } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";

/** Files up to this size are hashed on the thread pool: no hashing thread to start (~0.1 s CPU each) for them. */
export const POOL_HASH_MAX = 32 << 20;
/** Pool-hashed files read at once (each is held whole while it is hashed). */
const POOL_HASHES = 4;

/** SHA-256 of a file read whole, digested on the libuv thread pool. */
export async function hashFileInPool(path: string): Promise<string> {
  const bytes = await readFile(path);
  return Buffer.from(await webcrypto.subtle.digest("SHA-256", bytes)).toString("hex");
}

/** SHA-256 of a file's bytes (read in 1 MiB chunks). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** The hashing thread: says it is ready, then answers each requested file's SHA-256. */
const HASH_WORKER = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const block = Buffer.allocUnsafe(4 << 20);
parentPort.on("message", ({ id, path }) => {
  try {
    const hash = createHash("sha256");
    const fd = openSync(path, "r");
    try {
      let n;
      while ((n = readSync(fd, block, 0, block.length, null)) > 0) hash.update(block.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ id, hex: hash.digest("hex") });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
parentPort.postMessage({ ready: true });`;

/** SHA-256 of a file read at once (for files the main thread hashes itself). */
function hashFileSync(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

interface HashJob {
  id: number;
  path: string;
  resolve: (hex: string) => void;
  reject: (error: Error) => void;
}

/**
 * Hashes files ahead of the main thread on worker threads (each takes the next file when it
 * is free), so a warm load's hashing overlaps reading and merging cache entries. A file the
 * main thread needs before any thread took it (threads take ~30 ms to start) it hashes itself.
 * With no threads everything is hashed on the main thread, when asked.
 */
export class FileHasher {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: HashJob[] = [];
  private readonly running = new Map<number, HashJob>();
  private next = 0;
  private pooled = 0;
  private readonly poolQueue: (() => void)[] = [];

  /** `threads` hashing threads for the files above `POOL_HASH_MAX` (0: those on the main thread, when asked). */
  constructor(threads: number) {
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(HASH_WORKER, { eval: true });
      worker.unref();
      worker.on("message", (m: { ready?: true; id?: number; hex?: string; error?: string }) => {
        if (m.id !== undefined) {
          const job = this.running.get(m.id)!;
          this.running.delete(m.id);
          if (m.hex !== undefined) job.resolve(m.hex);
          else job.reject(new Error(m.error ?? "hashing failed"));
        }
        this.idle.push(worker);
        this.dispatch();
      });
      this.workers.push(worker);
    }
  }

  /**
   * The SHA-256 of the file (ask for every file up front to let the threads run ahead); jobs are
   * numbered 0, 1, 2 …; a file of `size` ≤ `POOL_HASH_MAX` bytes is hashed on the thread pool.
   */
  hash(path: string, size = Infinity): Promise<string> {
    const id = this.next++;
    if (size <= POOL_HASH_MAX) return this.inPool(path);
    const promise = new Promise<string>((resolve, reject) => this.queue.push({ id, path, resolve, reject }));
    this.dispatch();
    return promise;
  }

  /** Hashes job `id` on the main thread now if no thread has taken it yet. */
  hashNow(id: number): void {
    const at = this.queue.findIndex((job) => job.id === id);
    if (at === -1) return;
    const [job] = this.queue.splice(at, 1);
    try {
      job!.resolve(hashFileSync(job!.path));
    } catch (error) {
      job!.reject(error as Error);
    }
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Hashes on the thread pool, at most `POOL_HASHES` files at once. */
  private async inPool(path: string): Promise<string> {
    if (this.pooled >= POOL_HASHES) await new Promise<void>((resolve) => this.poolQueue.push(resolve));
    this.pooled++;
    try {
      return await hashFileInPool(path);
    } finally {
      this.pooled--;
      this.poolQueue.shift()?.();
    }
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running.set(job.id, job);
      this.idle.pop()!.postMessage({ id: job.id, path: job.path });
    }
  }
}

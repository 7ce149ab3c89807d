/**
 * SHA-256 of the load's files for the cache keys, computed ahead of the main thread on worker
 * threads: a warm load's hashing then overlaps reading and merging cache entries. The threads
 * also read and check the cache entries (`readEntry`), handing each back as a transferred buffer,
 * so the main thread neither hashes an entry nor copies it.
 */
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

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
const { openSync, readSync, closeSync, fstatSync } = require("node:fs");
const block = Buffer.allocUnsafe(4 << 20);
parentPort.on("message", ({ id, path, entry }) => {
  if (entry) return readEntry(id, path, entry);
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
// A sealed entry: the whole file, its magic and the SHA-256 of what follows the header checked
// (as openEntry in cache.ts does); handed back transferred, or null on any miss.
function readEntry(id, path, { magic, header }) {
  let buffer = null;
  try {
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      const bytes = new Uint8Array(new ArrayBuffer(size));
      let at = 0, n;
      while (at < size && (n = readSync(fd, bytes, at, size - at, null)) > 0) at += n;
      const view = Buffer.from(bytes.buffer);
      if (at === size && size >= header && view.toString("latin1", 0, magic.length) === magic &&
          createHash("sha256").update(view.subarray(header)).digest().equals(view.subarray(magic.length, header))) buffer = bytes.buffer;
    } finally {
      closeSync(fd);
    }
  } catch {}
  parentPort.postMessage({ id, buffer }, buffer ? [buffer] : []);
}
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
  /** For an entry to read and check: its magic and header length. */
  entry?: { magic: string; header: number };
  /** For an entry: the checked bytes, or null. */
  found?: (buffer: ArrayBuffer | null) => void;
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
  private entries = 0;

  constructor(threads: number) {
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(HASH_WORKER, { eval: true });
      worker.unref();
      worker.on("message", (m: { ready?: true; id?: number; hex?: string; error?: string; buffer?: ArrayBuffer | null }) => {
        if (m.id !== undefined) {
          const job = this.running.get(m.id)!;
          this.running.delete(m.id);
          if (job.found) job.found(m.buffer ?? null);
          else if (m.hex !== undefined) job.resolve(m.hex);
          else job.reject(new Error(m.error ?? "hashing failed"));
        }
        this.idle.push(worker);
        this.dispatch();
      });
      this.workers.push(worker);
    }
  }

  /** The SHA-256 of the file (ask for every file up front to let the threads run ahead); jobs are numbered 0, 1, 2 … */
  hash(path: string): Promise<string> {
    const id = this.next++;
    const promise = new Promise<string>((resolve, reject) => this.queue.push({ id, path, resolve, reject }));
    this.dispatch();
    return promise;
  }

  /** Whether entries can be read on the threads (`readEntry`). */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  /**
   * The file at `path` read whole on a thread when it starts with `magic` and its `header` bytes
   * hold, after the magic, the SHA-256 of the rest; else (absent, short, altered) null. Served
   * before the hashes still queued: the main thread waits for entries in load order.
   */
  readEntry(path: string, magic: string, header: number): Promise<Buffer | null> {
    const id = -1 - this.entries++;
    return new Promise<Buffer | null>((resolve) => {
      const found = (buffer: ArrayBuffer | null) => resolve(buffer === null ? null : Buffer.from(buffer));
      const at = this.queue.findIndex((job) => job.entry === undefined);
      this.queue.splice(at === -1 ? this.queue.length : at, 0, { id, path, resolve: () => {}, reject: () => resolve(null), entry: { magic, header }, found });
      this.dispatch();
    });
  }

  /** Reads and checks the queued entry at `path` on the main thread now, if no thread has taken it yet. */
  entryNow(path: string): void {
    const at = this.queue.findIndex((job) => job.entry !== undefined && job.path === path);
    if (at === -1) return;
    const [job] = this.queue.splice(at, 1);
    const { magic, header } = job!.entry!;
    let found: ArrayBuffer | null = null;
    try {
      const bytes = readFileSync(job!.path);
      const ok = bytes.length >= header && bytes.toString("latin1", 0, magic.length) === magic && createHash("sha256").update(bytes.subarray(header)).digest().equals(bytes.subarray(magic.length, header));
      const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
      if (ok) found = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) as ArrayBuffer;
    } catch {
      found = null;
    }
    job!.found!(found);
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

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running.set(job.id, job);
      this.idle.pop()!.postMessage({ id: job.id, path: job.path, entry: job.entry });
    }
  }
}

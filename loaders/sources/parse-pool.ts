/**
 * Parses transactions files on worker threads (`parse-worker.ts`), each thread taking the next
 * file when it is free, so the main thread can merge one file while the next are parsed. The
 * parsed files come back with their buffers moved, not copied. Errors keep their message; a
 * `LoadError` stays a `LoadError` (the CLI prints it without a stack trace).
 */
import { Worker } from "node:worker_threads";
import type { TransactionSource } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import type { ParsedFile } from "./parsed-file.ts";
import type { ParseJob } from "./parse-worker.ts";
import type { CsvRange } from "./read-csv.ts";
import type { FileContext, ParseStats } from "./transactions.ts";

/** A parsed file (or range: then `endLine` is the line count after its last record, its orders unsorted). */
export interface PoolResult {
  parsed: ParsedFile;
  stats: ParseStats | undefined;
  endLine: number;
}

interface Pending {
  job: ParseJob;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  parsed?: ParsedFile;
  stats?: ParseStats;
  endLine?: number;
  error?: { name: string; message: string };
}

/** A pool of `threads` parsing threads; `close` stops them. */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private next = 0;
  private closing = false;

  constructor(threads: number) {
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(new URL("./parse-worker.ts", import.meta.url));
      worker.unref();
      worker.on("message", (reply: Reply) => {
        const pending = this.running.get(reply.id)!;
        this.running.delete(reply.id);
        if (reply.error) pending.reject(reply.error.name === "LoadError" ? new LoadError(reply.error.message) : new Error(reply.error.message));
        else pending.resolve({ parsed: reply.parsed!, stats: reply.stats, endLine: reply.endLine ?? 0 });
        this.idle.push(worker);
        this.dispatch();
      });
      // A thread that dies fails every file not yet parsed (none is left waiting forever).
      const fail = (error: Error) => {
        for (const pending of [...this.running.values(), ...this.queue.splice(0)]) pending.reject(error);
        this.running.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) fail(new Error(`a parsing thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Queues one file (or its byte `range`); resolves with its `ParsedFile` (and memo statistics when `stats`). */
  parse(source: TransactionSource, context: FileContext, stats: boolean, range?: CsvRange): Promise<PoolResult> {
    const { onProgress: _, ...plain } = context;
    const job: ParseJob = { id: this.next++, source, context: plain, stats, range };
    const promise = new Promise<PoolResult>((resolve, reject) => this.queue.push({ job, resolve, reject }));
    this.dispatch();
    return promise;
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const pending = this.queue.shift()!;
      this.running.set(pending.job.id, pending);
      this.idle.pop()!.postMessage(pending.job);
    }
  }
}

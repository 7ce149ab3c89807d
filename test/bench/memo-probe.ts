/**
 * Probe (not part of `npm run bench`): what the cell memos cost on top of papaparse, and what a
 * plain `Map` over papaparse's strings would cost instead. Reads one export three ways, each in
 * its own child process, alternating, and prints wall and CPU time per way:
 *
 * - `parse`: papaparse alone (`readCsv`, cells untouched);
 * - `bytes`: today's path: every row laid out as UTF-8 bytes (`readRecords`), then the byte memos
 *   (`TextMemo`/`NumberMemo`) of the nine transaction columns;
 * - `map`: papaparse's strings looked up in one `Map<string, number>` per column, zod on a miss.
 *
 * Usage: `node test/bench/memo-probe.ts <data dir holding klantbeeld.yaml> [runs]`.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { transactionCells } from "../../loaders/schemas/transaction.ts";
import { TextMemo, NumberMemo } from "../../loaders/sources/cell-memo.ts";
import { readRecords } from "../../loaders/sources/csv-records.ts";
import { readCsv } from "../../loaders/sources/read-csv.ts";
import type { TransactionSource } from "../../loaders/schemas/config.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";

const [dataDir, way] = process.argv.slice(2);
if (!dataDir) throw new Error("usage: memo-probe.ts <data dir> [runs]");
const config = await readConfig(dataDir);
const source = config.sources.find((s): s is TransactionSource => s.kind === "transactions" && !("engine" in s));
if (!source) throw new Error("no transactions source read from files");
const path = join(dataDir, source.files);
const rules = transactionCells({ format: source.format, reportZone: config.timeZone, channelMap: source.channelMap, customerIdFormat: source.customerIdFormat });
const fields = ["orderId", "customerId", "date", "amount", "quantity", "channel", "product", "category"] as const;
const numeric = new Set(["date", "amount", "quantity"]);

if (way === undefined || /^\d+$/.test(way)) {
  const runs = Number(way ?? 3);
  const times: Record<string, { ms: number[]; cpu: number[]; check: string }> = {};
  for (let i = 0; i < runs; i++) {
    for (const w of ["parse", "bytes", "map"]) {
      const out = JSON.parse(execFileSync(process.execPath, ["--max-semi-space-size=8", fileURLToPath(import.meta.url), dataDir, w], { encoding: "utf8" }));
      times[w] ??= { ms: [], cpu: [], check: out.check };
      times[w].ms.push(out.ms);
      times[w].cpu.push(out.cpu);
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [w, t] of Object.entries(times)) console.log(`${w.padEnd(6)} wall ${med(t.ms).toFixed(0).padStart(6)} ms  CPU ${med(t.cpu).toFixed(0).padStart(6)} ms  (runs ${t.cpu.map((c) => c.toFixed(0)).join(", ")})  ${t.check}`);
} else {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  const c0 = cpu();
  let col: number[] = [];
  const header = (names: string[]) => {
    col = fields.map((f) => names.indexOf(source.columns[f] ?? ""));
  };
  /** Σ over rows of every cell's id or value: the three ways must agree on it. */
  let sum = 0;
  let bad = 0;
  if (way === "parse") {
    await readCsv(path, { format: source.format, onHeader: header, onRow: (cells) => (sum += cells.length) });
  } else if (way === "bytes") {
    const memos = fields.map((f) => (numeric.has(f) ? new NumberMemo(rules[f] as never, "utf-8") : new TextMemo(rules[f] as never, "utf-8")));
    await readRecords(path, {
      format: source.format,
      onHeader: header,
      onRecord(r) {
        for (let k = 0; k < fields.length; k++) {
          const v = memos[k]!.get(r, col[k]!);
          if (Number.isNaN(v) || v === -2) bad++;
          else sum += v;
        }
      },
    });
  } else {
    const maps = fields.map(() => new Map<string, number>());
    const sizes = fields.map(() => 0);
    await readCsv(path, {
      format: source.format,
      onHeader: header,
      onRow(cells) {
        for (let k = 0; k < fields.length; k++) {
          const text = cells[col[k]!]!;
          const map = maps[k]!;
          let v = map.get(text);
          if (v === undefined) {
            const result = rules[fields[k]!].schema.safeParse(text);
            v = !result.success ? Number.NaN : numeric.has(fields[k]!) ? (result.data as number) : result.data === null ? -1 : sizes[k]!++;
            map.set(text, v);
          }
          if (Number.isNaN(v)) bad++;
          else sum += v;
        }
      },
    });
  }
  console.log(JSON.stringify({ ms: performance.now() - t0, cpu: cpu() - c0, check: way === "parse" ? `cells ${sum}` : `Σ ${sum.toFixed(2)}, bad ${bad}` }));
}

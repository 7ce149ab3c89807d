/**
 * Probe (not part of `npm run bench`): parses the transactions file of a data dir with
 * `parseTransactionFile` alone and prints, in MiB, the typed arrays of the `ParsedFile` it returns
 * by field, next to the process's peak RSS and its array-buffer memory: where the memory of
 * loading goes. Usage: `node test/bench/parsed-size.ts <data dir holding klantbeeld.yaml>`.
 */
import { join } from "node:path";
import type { TransactionSource } from "../../loaders/schemas/config.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { parseTransactionFile } from "../../loaders/sources/transactions.ts";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: parsed-size.ts <data dir>");
const config = await readConfig(dataDir);
const source = config.sources.find((s): s is TransactionSource => s.kind === "transactions" && !("engine" in s));
if (!source) throw new Error("no transactions source read from files");
let peakArrays = 0;
const sample = setInterval(() => (peakArrays = Math.max(peakArrays, process.memoryUsage().arrayBuffers)), 20);
const parsed = await parseTransactionFile(source, { path: join(dataDir, source.files), file: source.files, reportZone: config.timeZone });
clearInterval(sample);
const mib = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
const sizes: Record<string, number> = {};
const walk = (name: string, value: unknown) => {
  if (ArrayBuffer.isView(value)) sizes[name] = mib(value.byteLength);
  else if (value && typeof value === "object" && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(name ? `${name}.${k}` : k, v);
};
walk("", parsed);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ orders: parsed.orders.length, lines: parsed.lines.length, parsedMiB: Math.round(total), peakArrayBuffersMiB: mib(peakArrays), peakRssMiB: mib(process.resourceUsage().maxRSS * 1024), sizes }, null, 1));

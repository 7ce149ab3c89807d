/**
 * Reads behavioural-signal exports: one record per signal with customer, timestamp, type (mapped
 * to the vocabulary) and an optional value. A `usage` reading must carry its share of the bundle.
 */
import type { FileAccount } from "../model/file-account.ts";
import { MAX_USAGE_SHARE, signalCells, type SignalSource } from "../schemas/signals.ts";
import { customerOf, type MomentData } from "./moment-data.ts";
import { readExport, REJECTED } from "./read-export.ts";

type Field = "customerId" | "date" | "type" | "value";

/** Reads one signals file into `data`; returns its row account. */
export async function readSignalFile(source: SignalSource, path: string, file: string, reportZone: string, data: MomentData): Promise<FileAccount> {
  const rules = signalCells(source, reportZone);
  return readExport<Field>(source, path, file, (row) => {
    const id = row.get("customerId", rules.customerId);
    if (id === REJECTED) return;
    const day = row.get("date", rules.date);
    if (day === REJECTED) return;
    const type = row.get("type", rules.type);
    if (type === REJECTED) return;
    const value = row.has("value") ? row.get("value", rules.value) : null;
    if (value === REJECTED) return;
    if (type === "usage" && (value === null || value > MAX_USAGE_SHARE)) {
      return void row.reject(row.has("value") ? "value" : null, "invalid_usage", `a usage signal with its share of the bundle used: 0 to ${MAX_USAGE_SHARE} (0,8 or 80% = 80 %)`);
    }
    data.signals.push({ customer: customerOf(data, id), day, type, value });
  });
}

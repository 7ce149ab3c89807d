/**
 * Reads customer-profile snapshots: per record the customer, the snapshot date and, per declared
 * field, only whether it is filled. One snapshot per customer and day.
 */
import type { FileAccount } from "../model/file-account.ts";
import { dateCell, textCell } from "../schemas/export-cells.ts";
import { filledCell, type ProfileSource } from "../schemas/profiles.ts";
import { customerOf, type MomentData } from "./moment-data.ts";
import { readExport, REJECTED } from "./read-export.ts";

/** Reads one profiles file into `data` (fields in `source.fields` order); returns its row account. */
export async function readProfileFile(source: ProfileSource, path: string, file: string, reportZone: string, data: MomentData): Promise<FileAccount> {
  const fieldIds = Object.keys(source.fields);
  const columns: Record<string, string> = { customerId: source.columns.customerId, date: source.columns.date };
  for (const id of fieldIds) columns[`field:${id}`] = source.fields[id]!.column;
  const customerRule = textCell("missing_customer", "a customer id");
  const dateRule = dateCell(source.format, reportZone);
  return readExport<string>({ ...source, columns }, path, file, (row) => {
    const id = row.get("customerId", customerRule);
    if (id === REJECTED) return;
    const day = row.get("date", dateRule);
    if (day === REJECTED) return;
    let filled = 0;
    for (let i = 0; i < fieldIds.length; i++) {
      const f = row.get(`field:${fieldIds[i]}`, filledCell);
      if (f === REJECTED) return;
      if (f) filled |= 1 << i;
    }
    const customer = customerOf(data, id);
    const key = `p|${customer}|${day}`;
    if (data.seen.has(key)) return void row.reject("date", "duplicate_snapshot", "one snapshot per customer and day");
    data.seen.add(key);
    data.profiles.push({ customer, day, filled });
  });
}

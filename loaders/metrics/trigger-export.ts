/**
 * Campaign export of open moments: per trigger, the customers who entered it in the last N days
 * and have had no offer since (`open-triggers.ts`), as formula-safe CSV text. Pure: the CLI
 * writes the text to a file outside the site. Like the segment export, this is a place customer
 * ids leave the loaders — never towards the bundle.
 */
import { isoDay } from "../lib/months.ts";
import type { TriggerRule } from "../schemas/triggers.ts";
import type { OpenMoment } from "./open-triggers.ts";
import { type CsvOptions, csvNumber, csvText } from "./segment-export.ts";

/** One customer in a trigger without an offer yet. */
export interface TriggerExportRow {
  customerId: string;
  trigger: string;
  triggerName: string;
  /** Day the customer entered the trigger (`yyyy-mm-dd`). */
  entered: string;
  /** Days since entering, as of the export. */
  daysInTrigger: number;
  action: string;
}

/** Header names in column order. */
export const TRIGGER_EXPORT_COLUMNS: readonly (readonly [string, keyof TriggerExportRow])[] = [
  ["customer_id", "customerId"],
  ["trigger", "trigger"],
  ["trigger_name", "triggerName"],
  ["entered", "entered"],
  ["days_in_trigger", "daysInTrigger"],
  ["action", "action"],
];

/** The rows of one trigger, sorted by customer id. */
export function triggerExportRows(rule: TriggerRule, open: readonly OpenMoment[], customerIds: readonly string[], asOf: number): TriggerExportRow[] {
  return open
    .map((o) => ({ customerId: customerIds[o.customer]!, trigger: rule.id, triggerName: rule.nameNl, entered: isoDay(o.entered), daysInTrigger: asOf - o.entered, action: rule.action }))
    .sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

/** CSV text: header, one line per row, `\n` line ends; text cells formula-safe. */
export function triggerExportCsv(rows: readonly TriggerExportRow[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const cell = (v: string | number) => (typeof v === "number" ? csvNumber(v, options.decimalComma ?? false) : csvText(v, delimiter));
  const lines = [TRIGGER_EXPORT_COLUMNS.map(([h]) => csvText(h, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(TRIGGER_EXPORT_COLUMNS.map(([, key]) => cell(row[key])).join(delimiter));
  return `${(options.bom ? "\uFEFF" : "") + lines.join("\n")}\n`;
}

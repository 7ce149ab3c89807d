/**
 * Campaign export of RFM segments: one row per scored customer (id, R/F/M values and scores,
 * segment, Dutch name and action, usual purchase interval and due/overdue status), sorted by
 * customer id, and CSV text a spreadsheet opens safely.
 * Pure: the CLI writes the text to a file. This is the only place customer ids leave the loaders.
 */
import { MOMENT_STATUS_IDS, MOMENT_STATUS_NL, type MomentOfTruth, type MomentStatusId } from "./moment-of-truth.ts";
import type { RfmScores } from "./rfm.ts";
import { fmScore, SEGMENT_IDS, SEGMENTS, segmentActions, type SegmentId } from "./rfm-segments.ts";

/** One customer in the campaign export. */
export interface SegmentExportRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  /** Net revenue in the window (may be ≤ 0 after returns). */
  monetary: number;
  r: number;
  f: number;
  m: number;
  fm: number;
  segment: SegmentId;
  /** Dutch segment name. */
  segmentName: string;
  /** Recommended action (config override or default). */
  action: string;
  /** Usual days between purchases (median gap); null without two purchase days or without `moment`. */
  intervalDays: number | null;
  /** Moment-of-truth status; null without `moment`. */
  dueStatus: MomentStatusId | null;
  /** Dutch label of the status. */
  dueStatusName: string | null;
}

/** CSV header and the row field behind each column, in column order. */
export const SEGMENT_EXPORT_COLUMNS: readonly (readonly [string, keyof SegmentExportRow])[] = [
  ["customer_id", "customerId"],
  ["recency_days", "recencyDays"],
  ["frequency", "frequency"],
  ["monetary", "monetary"],
  ["r_score", "r"],
  ["f_score", "f"],
  ["m_score", "m"],
  ["fm_score", "fm"],
  ["segment", "segment"],
  ["segment_name", "segmentName"],
  ["action", "action"],
  ["interval_days", "intervalDays"],
  ["due_status", "dueStatus"],
  ["due_status_name", "dueStatusName"],
];

/** Options of `segmentExportRows`: which segments (default all), the config's action overrides, the due/overdue status per customer. */
export interface SegmentExportOptions {
  segments?: readonly SegmentId[];
  actions?: Partial<Record<SegmentId, string>>;
  /** Moment of truth as of the same day as the scores (indexed by customer). */
  moment?: MomentOfTruth;
}

/** Export rows of the scored customers (optionally only some segments), sorted by customer id (code-unit order). */
export function segmentExportRows(scores: RfmScores, customerIds: readonly string[], options: SegmentExportOptions = {}): SegmentExportRow[] {
  if (customerIds.length !== scores.segment.length) throw new Error(`expected ${scores.segment.length} customer ids, got ${customerIds.length}`);
  const wanted = new Set(options.segments ?? SEGMENT_IDS);
  const actions = segmentActions(options.actions);
  const rows: SegmentExportRow[] = [];
  for (let c = 0; c < customerIds.length; c++) {
    const s = scores.segment[c]!;
    if (s < 0) continue;
    const segment = SEGMENT_IDS[s]!;
    if (!wanted.has(segment)) continue;
    const [r, f, m] = [scores.r[c]!, scores.f[c]!, scores.m[c]!];
    const status = options.moment?.status[c];
    const interval = options.moment?.interval[c];
    rows.push({
      customerId: customerIds[c]!,
      recencyDays: scores.recency[c]!,
      frequency: scores.frequency[c]!,
      monetary: scores.monetary[c]!,
      r,
      f,
      m,
      fm: fmScore(f, m),
      segment,
      segmentName: SEGMENTS[s]!.nameNl,
      action: actions[segment],
      intervalDays: interval === undefined || Number.isNaN(interval) ? null : interval,
      dueStatus: status === undefined ? null : MOMENT_STATUS_IDS[status]!,
      dueStatusName: status === undefined ? null : MOMENT_STATUS_NL[status]!,
    });
  }
  return rows.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

/** CSV dialect: `,` with `.` decimals (default), or `;` with `,` decimals for Dutch Excel. */
export interface CsvOptions {
  delimiter?: "," | ";";
  decimalComma?: boolean;
  /** Start with a UTF-8 byte-order mark so Excel reads non-ASCII text correctly. Default false. */
  bom?: boolean;
}

/** Characters that make a spreadsheet treat a text cell as a formula when they come first. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * One TEXT cell: prefixed with `'` when it starts with = + - @ tab or CR (so it is not run as a
 * formula), then quoted when it holds the delimiter, a quote or a line break.
 * @example csvText("=HYPERLINK(1)", ",") === "'=HYPERLINK(1)"
 */
export function csvText(text: string, delimiter: string): string {
  const safe = text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One NUMBER cell: written as a number (never neutralised, -12.5 stays -12.5); throws on NaN/Infinity. */
export function csvNumber(x: number, decimalComma = false): string {
  if (!Number.isFinite(x)) throw new Error(`expected a finite number in the export, got ${x}`);
  const text = String(x);
  return decimalComma ? text.replace(".", ",") : text;
}

/** CSV text of export rows: header line, then one line per row, `\n` line ends (including the last); null is an empty cell. */
export function segmentExportCsv(rows: readonly SegmentExportRow[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const decimalComma = options.decimalComma ?? false;
  if (decimalComma && delimiter === ",") throw new Error('expected delimiter ";" with decimal comma');
  const cell = (v: string | number | null) => (v === null ? "" : typeof v === "number" ? csvNumber(v, decimalComma) : csvText(v, delimiter));
  const lines = [SEGMENT_EXPORT_COLUMNS.map(([header]) => csvText(header, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(SEGMENT_EXPORT_COLUMNS.map(([, key]) => cell(row[key])).join(delimiter));
  return `${(options.bom ? "\uFEFF" : "") + lines.join("\n")}\n`;
}

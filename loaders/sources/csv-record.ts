/**
 * One CSV record as `csv-records.ts` hands it out: cell boundaries in a byte buffer, reused
 * from record to record, and decoding of a cell to text when it is needed.
 */
import iconv from "iconv-lite";
import type { Format } from "../schemas/config.ts";

/** One record as byte ranges into `bytes`; valid only during the callback (it is reused). */
export interface RecordView {
  bytes: Buffer;
  /** Number of cells. */
  count: number;
  /** Content of cell i is `bytes[start[i], end[i])` (inside the quotes for a quoted cell). */
  start: Int32Array;
  end: Int32Array;
  /** 1 when cell i holds `""` escapes, so its bytes are not yet its text. */
  escaped: Uint8Array;
  /** Physical line (1-based) where the record starts. */
  line: number;
  /** Changes whenever `bytes` may have moved: byte offsets of earlier records are only comparable within one value. */
  chunk: number;
  /** `bytes` as latin1 text, made on the first ASCII cell decoded in this chunk (slicing it is cheaper than decoding a cell). */
  latin1: string | null;
  /** How far `latin1` reaches. */
  latin1End: number;
}

/** Decodes cell `i` of a record to text (quotes unescaped). */
export function cellText(record: RecordView, i: number, encoding: Format["encoding"]): string {
  const s = record.start[i]!;
  const e = record.end[i]!;
  const bytes = record.bytes;
  let ascii = true;
  for (let k = s; k < e; k++) {
    if (bytes[k]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  let text: string;
  if (ascii) {
    // ASCII reads the same in UTF-8, windows-1252 and latin1.
    record.latin1 ??= bytes.toString("latin1", 0, record.latin1End);
    text = record.latin1.substring(s, e);
  } else text = encoding === "windows-1252" ? iconv.decode(bytes.subarray(s, e), "win1252") : bytes.toString("utf8", s, e);
  return record.escaped[i] ? text.replaceAll('""', '"') : text;
}

/** Doubles the room for cells of a record. */
export function growRecord(record: RecordView): void {
  const n = record.start.length * 2;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const escaped = new Uint8Array(n);
  start.set(record.start);
  end.set(record.end);
  escaped.set(record.escaped);
  record.start = start;
  record.end = end;
  record.escaped = escaped;
}

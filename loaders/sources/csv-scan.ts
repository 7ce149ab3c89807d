/**
 * The transaction loader's CSV reader: streams a file in Node's 64 KiB chunks and finds the
 * cells of each record as byte ranges, without decoding text or allocating per cell. The
 * caller decides which cells to turn into text (once per distinct value, see `cell-memo.ts`).
 *
 * Same dialect as `read-csv.ts` (papaparse), which the tests use as the reference: RFC 4180
 * quotes with `""` escapes and line breaks inside quotes, `\n` or `\r\n` (or old-Mac `\r`)
 * line ends, a UTF-8 BOM, Excel's `sep=;` first line, blank lines skipped but counted.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import type { Format } from "../schemas/config.ts";
import { cellText, growRecord, type RecordView } from "./csv-record.ts";
import { type CsvFileInfo, sniffDelimiter } from "./read-csv.ts";

/** Bytes read at a time: Node's stream default, measured faster here than 1 MiB. */
const CHUNK = 64 * 1024;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** Excel's optional first line naming the delimiter, e.g. `sep=;`. */
const SEP_LINE = /^"?sep=(.)"?\r?\n/i;

/** Options of `scanCsv`. */
export interface ScanOptions {
  format: Pick<Format, "delimiter" | "encoding">;
  /** Called once with the trimmed header cells; may throw to stop reading. */
  onHeader?: (header: string[], line: number) => void;
  /** Called per data record (blank lines are skipped); may throw to stop reading. */
  onRecord: (record: RecordView) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Bytes that windows-1252 does not define (iconv decodes them to U+FFFD). */
const WIN1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Streams `path` and calls `onRecord` per record; resolves with the file facts. */
export async function scanCsv(path: string, options: ScanOptions): Promise<CsvFileInfo> {
  const total = (await stat(path)).size;
  const { encoding } = options.format;
  const hash = createHash("sha256");
  const record: RecordView = {
    bytes: Buffer.alloc(0),
    count: 0,
    start: new Int32Array(64),
    end: new Int32Array(64),
    escaped: new Uint8Array(64),
    line: 0,
    chunk: 0,
    latin1: null,
    latin1End: 0,
  };
  let work = Buffer.allocUnsafe(1 << 17);
  let pending = 0; // bytes carried over (an incomplete record) at the front of `work`
  let bytes = 0;
  let first = true;
  let delimiter = options.format.delimiter === "auto" ? "" : options.format.delimiter;
  let delim = delimiter.charCodeAt(0);
  let nl = LF;
  let line = 1;
  let header: string[] | null = null;
  let headerLine = 1;
  let replaced = false;

  const checkText = (from: number, to: number): void => {
    if (replaced || to <= from) return;
    const region = work.subarray(from, to);
    if (encoding === "windows-1252") replaced = WIN1252_UNDEFINED.some((b) => region.indexOf(b) !== -1);
    else replaced = !isUtf8(region) || region.indexOf("\uFFFD", 0, "utf8") !== -1;
  };

  /** Scans whole records in `work[from, to)`; returns where the first unfinished record starts. */
  const scan = (from: number, to: number, final: boolean): number => {
    const buf = work;
    record.bytes = buf;
    record.chunk++;
    record.latin1 = null;
    record.latin1End = to;
    let pos = from;
    while (pos < to) {
      const recordStart = pos;
      let count = 0;
      let breaks = 0;
      let done = false;
      while (!done) {
        if (count === record.start.length) growRecord(record);
        if (buf[pos] === QUOTE && pos < to) {
          const contentStart = pos + 1;
          let q = contentStart;
          let escaped = 0;
          let contentEnd = -1;
          for (;;) {
            while (q < to && buf[q] !== QUOTE) {
              if (buf[q] === nl) breaks++;
              q++;
            }
            if (q >= to) {
              if (!final) return recordStart;
              // Unterminated quote: the rest of the file is the cell, as written (as papaparse reads it).
              contentEnd = to;
              escaped = 0;
              pos = to;
              done = true;
              break;
            }
            if (q + 1 < to && buf[q + 1] === QUOTE) {
              escaped = 1;
              q += 2;
              continue;
            }
            let k = q + 1;
            while (k < to && buf[k] === SPACE) k++;
            if (k >= to) {
              if (!final) return recordStart;
              // A closing quote ends the file; with spaces after it papaparse keeps the rest as written.
              contentEnd = k === q + 1 ? q : to;
              if (k !== q + 1) escaped = 0;
              pos = to;
              done = true;
              break;
            }
            const c = buf[k]!;
            if (c === delim) {
              contentEnd = q;
              pos = k + 1;
              break;
            }
            if (c === nl) {
              contentEnd = q;
              pos = k + 1;
              done = true;
              break;
            }
            if (c === CR && nl === LF && (k + 1 >= to || buf[k + 1] === LF)) {
              if (k + 1 >= to && !final) return recordStart;
              contentEnd = q;
              pos = k + 2;
              done = true;
              break;
            }
            q++; // a quote inside the cell that closes nothing: part of the text
          }
          record.start[count] = contentStart;
          record.end[count] = contentEnd;
          record.escaped[count] = escaped;
          count++;
        } else {
          const cellStart = pos;
          while (pos < to) {
            const c = buf[pos]!;
            if (c === delim || c === nl) break;
            pos++;
          }
          if (pos >= to && !final) return recordStart;
          let cellEnd = pos;
          if (pos >= to || buf[pos] === nl) {
            if (nl === LF && cellEnd > cellStart && buf[cellEnd - 1] === CR) cellEnd--;
            done = true;
          }
          record.start[count] = cellStart;
          record.end[count] = cellEnd;
          record.escaped[count] = 0;
          count++;
          pos++;
          // A delimiter as the very last byte of the file ends the record with one more empty cell.
          if (!done && pos >= to) {
            if (!final) return recordStart;
            if (count === record.start.length) growRecord(record);
            record.start[count] = to;
            record.end[count] = to;
            record.escaped[count] = 0;
            count++;
            done = true;
          }
        }
      }
      if (pos > to) pos = to;
      const startLine = line;
      line += 1 + breaks;
      if (count === 1 && record.end[0] === record.start[0]) continue; // blank line
      record.count = count;
      record.line = startLine;
      if (header === null) {
        header = [];
        for (let i = 0; i < count; i++) header.push(cellText(record, i, encoding).trim());
        headerLine = startLine;
        options.onHeader?.(header, startLine);
        continue;
      }
      options.onRecord(record);
    }
    return to;
  };

  /** Handles a BOM and a `sep=` line, and fixes the delimiter and line end. */
  const start = (to: number): number => {
    let from = 0;
    if (encoding === "utf-8" && work[0] === 0xef && work[1] === 0xbb && work[2] === 0xbf) from = 3;
    const head = work.toString("latin1", from, Math.min(to, from + 8192));
    const sep = SEP_LINE.exec(head);
    let firstLine = head;
    if (sep) {
      const sepChar = sep[1]!;
      from += sep[0].length;
      line = 2;
      firstLine = head.slice(sep[0].length);
      if (delimiter === "") delimiter = sepChar;
    }
    firstLine = firstLine.split(/\r?\n/, 1)[0] ?? "";
    if (delimiter === "") delimiter = sniffDelimiter(encoding === "utf-8" ? Buffer.from(firstLine, "latin1").toString("utf8") : firstLine);
    delim = delimiter.charCodeAt(0);
    const firstLf = work.indexOf(LF, from);
    if (firstLf === -1 || firstLf >= to) nl = work.indexOf(CR, from) !== -1 && work.indexOf(CR, from) < to ? CR : LF;
    return from;
  };

  // Two reusable read buffers: the next chunk is read while this one is scanned, and no buffer
  // is allocated per chunk (nothing for the GC to collect).
  const handle = await open(path, "r");
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let turn = 0;
  let reading = handle.read(buffers[0]!, 0, CHUNK, null);
  try {
    for (;;) {
      const { bytesRead, buffer: chunk } = await reading;
      if (bytesRead === 0) break;
      turn ^= 1;
      reading = handle.read(buffers[turn]!, 0, CHUNK, null);
      if (work.length - pending < bytesRead) {
        const next = Buffer.allocUnsafe(Math.max(work.length * 2, pending + bytesRead));
        work.copy(next, 0, 0, pending);
        work = next;
      }
      chunk.copy(work, pending, 0, bytesRead);
      hash.update(work.subarray(pending, pending + bytesRead));
      bytes += bytesRead;
      const to = pending + bytesRead;
      let from = 0;
      if (first) {
        if (to < 8192 && bytes < total) {
          pending = to; // gather a little more before deciding on BOM, sep= and line ends
          continue;
        }
        first = false;
        from = start(to);
      }
      const consumed = scan(from, to, false);
      checkText(from, consumed);
      work.copy(work, 0, consumed, to);
      pending = to - consumed;
      options.onProgress?.(bytes, total);
    }
    if (first && pending > 0) {
      first = false;
      const from = start(pending);
      work.copy(work, 0, from, pending);
      pending -= from;
    }
    if (pending > 0) {
      scan(0, pending, true);
      checkText(0, pending);
    }
  } finally {
    await reading.catch(() => undefined);
    await handle.close();
  }

  const warnings: string[] = [];
  if (replaced) {
    warnings.push(`bytes that are not valid ${encoding} were replaced; is the file's encoding set right in the data description?`);
  }
  return { header: header ?? [], delimiter, sha256: hash.digest("hex"), bytes, headerLine, warnings };
}

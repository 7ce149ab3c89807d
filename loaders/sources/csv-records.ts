/**
 * The transaction loader's record source: papaparse (through `read-csv.ts`: streaming, decoding,
 * BOM, `sep=`, physical line numbers) parses the file; each row's cells are then laid out as
 * UTF-8 bytes in one reused buffer, the `RecordView` the cell memos (`cell-memo.ts`) read. So
 * papaparse stays the one CSV parser, and the memos still look cells up without a `Map` of
 * strings.
 */
import { growRecord, type RecordView } from "./csv-record.ts";
import { type CsvFileInfo, readCsv, type ReadCsvOptions } from "./read-csv.ts";

/** Options of `readRecords`: those of `readCsv`, with a record view instead of cells. */
export interface RecordOptions extends Omit<ReadCsvOptions, "onRow"> {
  /** Called per data record (blank lines are skipped); the view is reused, and may throw to stop reading. */
  onRecord: (record: RecordView) => void;
}

/**
 * Streams `path` through papaparse and calls `onRecord` per record. Cell bytes are UTF-8
 * whatever the file's encoding (papaparse's text is already decoded): read them as UTF-8.
 */
export async function readRecords(path: string, options: RecordOptions): Promise<CsvFileInfo> {
  const record: RecordView = {
    bytes: Buffer.allocUnsafe(1 << 12),
    count: 0,
    start: new Int32Array(64),
    end: new Int32Array(64),
    escaped: new Uint8Array(64),
    line: 0,
    chunk: 0,
    latin1: null,
    latin1End: 0,
  };
  const onRecord = options.onRecord;
  return readCsv(path, {
    format: options.format,
    ...(options.onHeader ? { onHeader: options.onHeader } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.onReplaced ? { onReplaced: options.onReplaced } : {}),
    ...(options.onOpenQuote ? { onOpenQuote: options.onOpenQuote } : {}),
    ...(options.range ? { range: options.range } : {}),
    onRow(cells, line) {
      let need = 0;
      for (let i = 0; i < cells.length; i++) need += cells[i]!.length * 3; // UTF-8: at most 3 bytes per UTF-16 unit
      if (need > record.bytes.length) record.bytes = Buffer.allocUnsafe(Math.max(need, record.bytes.length * 2));
      while (cells.length > record.start.length) growRecord(record);
      const bytes = record.bytes;
      let at = 0;
      for (let i = 0; i < cells.length; i++) {
        record.start[i] = at;
        at += bytes.write(cells[i]!, at, "utf8");
        record.end[i] = at;
        record.escaped[i] = 0;
      }
      // Each record starts at byte 0: offsets of the previous record are no longer valid.
      record.chunk++;
      record.count = cells.length;
      record.line = line;
      record.latin1 = null;
      record.latin1End = at;
      onRecord(record);
    },
  });
}

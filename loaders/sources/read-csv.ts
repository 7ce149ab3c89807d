/**
 * Streams one CSV export from disk: decode bytes (UTF-8 with or without BOM, or
 * Windows-1252), honour Excel's `sep=;` first line, parse with papaparse in chunks, and hand
 * every record to `onRow` with its physical line number. Memory is bounded by one chunk.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Transform, type TransformCallback } from "node:stream";
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { Format } from "../schemas/config.ts";

/** Excel's optional first line naming the delimiter, e.g. `sep=;`. */
const SEP_LINE = /^"?sep=(.)"?\r?\n/i;

/** Called per record: its cells and the physical line (1-based) where it starts. */
export type RowHandler = (cells: string[], line: number) => void;

/** What the reader learnt about the file besides its rows. */
export interface CsvFileInfo {
  header: string[];
  delimiter: string;
  sha256: string;
  bytes: number;
  /** Physical line of the header. */
  headerLine: number;
  /** Problems with the file as a whole (encoding), in words without data. */
  warnings: string[];
}

/** Options of `readCsv`. */
export interface ReadCsvOptions {
  format: Pick<Format, "delimiter" | "encoding">;
  onRow: RowHandler;
  /** Called once with the header cells (trimmed); may throw to stop reading the file. */
  onHeader?: (header: string[], line: number) => void;
  /** Progress callback: bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Decodes bytes to text, strips a BOM and an Excel `sep=` line, and hashes the raw bytes. */
class DecodeStream extends Transform {
  readonly hash = createHash("sha256");
  bytes = 0;
  sepDelimiter: string | null = null;
  sawReplacement = false;
  private first = true;
  private readonly decode: (chunk: Buffer) => string;
  private readonly flushDecoder: () => string;
  private readonly onProgress: ((bytes: number) => void) | undefined;

  constructor(encoding: Format["encoding"], onProgress?: (bytes: number) => void) {
    super({ readableObjectMode: true });
    this.onProgress = onProgress;
    if (encoding === "windows-1252") {
      const decoder = iconv.getDecoder("win1252");
      this.decode = (chunk) => decoder.write(chunk);
      this.flushDecoder = () => decoder.end() ?? "";
    } else {
      const decoder = new TextDecoder("utf-8"); // strips a leading BOM
      this.decode = (chunk) => decoder.decode(chunk, { stream: true });
      this.flushDecoder = () => decoder.decode();
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onProgress?.(this.bytes);
    this.pushText(this.decode(chunk));
    done();
  }

  override _flush(done: TransformCallback): void {
    this.pushText(this.flushDecoder());
    done();
  }

  private pushText(text: string): void {
    if (text === "") return;
    if (!this.sawReplacement && text.includes("\uFFFD")) this.sawReplacement = true;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const sep = SEP_LINE.exec(text);
      if (sep) {
        this.sepDelimiter = sep[1]!;
        text = text.slice(sep[0].length);
      }
    }
    this.push(text);
  }
}

/** Reads the first KiBs of a file: its Excel `sep=` delimiter if any, and its first line. */
async function readHead(path: string, encoding: Format["encoding"]): Promise<{ sep: string | null; firstLine: string }> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    let text = encoding === "windows-1252" ? iconv.decode(bytes, "win1252") : new TextDecoder("utf-8").decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const sep = SEP_LINE.exec(text);
    if (sep) text = text.slice(sep[0].length);
    return { sep: sep ? sep[1]! : null, firstLine: text.split(/\r?\n/, 1)[0] ?? "" };
  } finally {
    await handle.close();
  }
}

/** Picks the delimiter from the header line when the description says `auto`. */
export function sniffDelimiter(headerLine: string): string {
  let best = ",";
  let bestCount = 0;
  for (const candidate of [";", ",", "\t", "|"]) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Counts the line breaks inside the cells of one record (quoted multi-line fields). */
function embeddedLineBreaks(cells: string[]): number {
  let breaks = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    let at = cell.indexOf("\n");
    while (at !== -1) {
      breaks++;
      at = cell.indexOf("\n", at + 1);
    }
  }
  return breaks;
}

/**
 * Reads a CSV file record by record. Blank lines are skipped (they are not rows) but still
 * counted for line numbers. Resolves with the header and file facts once the file is read.
 */
export async function readCsv(path: string, options: ReadCsvOptions): Promise<CsvFileInfo> {
  const total = (await stat(path)).size;
  const decode = new DecodeStream(options.format.encoding, options.onProgress && ((b) => options.onProgress!(b, total)));
  const source = createReadStream(path);
  source.on("error", (error) => decode.destroy(error));
  source.pipe(decode);

  // The delimiter must be known before papaparse starts: read it from the head of the file.
  const head = await readHead(path, options.format.encoding);
  const configured = options.format.delimiter;
  const delimiter = configured !== "auto" ? configured : (head.sep ?? sniffDelimiter(head.firstLine));

  let header: string[] | null = null;
  // From the head, not from the decode stream, which may not have seen its first chunk yet.
  let headerLine = 1 + (head.sep === null ? 0 : 1);
  let line = headerLine;
  const onRow = options.onRow;

  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(decode as unknown as File, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        const rows = results.data;
        try {
          for (let i = 0; i < rows.length; i++) {
            const cells = rows[i]!;
            const start = line;
            line += 1 + embeddedLineBreaks(cells);
            if (cells.length === 1 && cells[0] === "") continue; // blank line
            if (header === null) {
              header = cells.map((name) => name.trim());
              headerLine = start;
              options.onHeader?.(header, start);
              continue;
            }
            onRow(cells, start);
          }
        } catch (error) {
          // Reject before aborting: papaparse's abort() calls `complete`, which would resolve first.
          reject(error);
          parser.abort();
          source.destroy();
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
    decode.once("error", reject);
  });

  const warnings: string[] = [];
  if (decode.sawReplacement) {
    warnings.push(
      `bytes that are not valid ${options.format.encoding} were replaced; is the file's encoding set right in the data description?`,
    );
  }
  return {
    header: header ?? [],
    delimiter,
    sha256: decode.hash.digest("hex"),
    bytes: decode.bytes,
    headerLine,
    warnings,
  };
}

/**
 * Streams one CSV export from disk: decode bytes (UTF-8 with or without BOM, Windows-1252 or
 * UTF-16), make every line break LF (`text-lines.ts`), honour Excel's `sep=;` first line, parse
 * with papaparse in chunks, and hand every record to `onRow` with its physical line number.
 * Nothing is lost without trace: a quote never closed ends its record at its line
 * (`onOpenQuote`) and reading goes on; records with bytes the decoder replaced are reported
 * (`onReplaced`). Memory is bounded by one chunk (a quote never closed holds the rest of the file).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { Format } from "../schemas/config.ts";
import { LoadError } from "../model/load-error.ts";
import { readHead, SEP_LINE, sniffDelimiter } from "./read-head.ts";
import { LineNormalizer } from "./text-lines.ts";

export { sniffDelimiter } from "./read-head.ts";


/** Called per record: its cells and the physical line (1-based) where it starts. */
export type RowHandler = (cells: string[], line: number) => void;

/** The replacement character a decoder puts where bytes are not valid in the declared encoding. */
export const REPLACEMENT = "\uFFFD";

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
  /** With a range: the physical line (counted from the range's first) just after the range. */
  endLine: number;
}

/**
 * One byte range of a file, read on its own (`split-parse.ts`). The range from 0 still hashes
 * (and counts) the whole file; a range after the start takes the header, its line and the
 * delimiter from the file's head, reads no BOM or `sep=` line, and numbers lines from 1.
 */
export interface CsvRange {
  start: number;
  end: number;
  continues?: { header: string[]; headerLine: number; delimiter: string } | undefined;
}

/** Options of `readCsv`. */
export interface ReadCsvOptions {
  format: Pick<Format, "delimiter" | "encoding">;
  /** The file as messages name it, relative to `data/` (default: the path's last part). */
  file?: string;
  onRow: RowHandler;
  /**
   * Called instead of `onRow` for a record whose quote (`"` opening a cell) is never closed: it
   * is one record from the line where the quote opened to the end of that line, and reading
   * goes on at the next line. `line` is where the quote opened.
   */
  onOpenQuote?: (line: number) => void;
  /**
   * Called before `onRow` for a record with cells holding U+FFFD (bytes not valid in the
   * declared encoding, replaced by the decoder): their indexes. Return true when the record is
   * thereby rejected (`onRow` is then not called).
   */
  onReplaced?: (cells: readonly number[], line: number) => boolean;
  /** Called once with the header cells (trimmed); may throw to stop reading the file. */
  onHeader?: (header: string[], line: number) => void;
  /** Progress callback: bytes read so far and the file size (the range's size with `range`). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read only this byte range (default: the whole file). */
  range?: CsvRange | undefined;
}

/** Decodes bytes to text, strips a BOM and an Excel `sep=` line, and hashes the raw bytes. */
class DecodeStream extends Transform {
  readonly hash = createHash("sha256");
  bytes = 0;
  sepDelimiter: string | null = null;
  sawReplacement = false;
  /** Line breaks handed on (counted for a range only), and whether a `sep=` line was dropped. */
  breaks = 0;
  countBreaks = false;
  private first = true;
  private readonly decode: (chunk: Buffer) => string;
  private readonly flushDecoder: () => string;
  private readonly onProgress: ((bytes: number) => void) | undefined;

  private readonly lines: LineNormalizer;

  constructor(encoding: Format["encoding"], whitespace: boolean, onProgress?: (bytes: number) => void, continues = false) {
    super({ readableObjectMode: true });
    // A range after the file's start: a U+FEFF there is text, not a BOM, and no `sep=` line.
    this.first = !continues;
    this.onProgress = onProgress;
    this.lines = new LineNormalizer(whitespace);
    if (encoding === "utf-16le" || encoding === "utf-16be") {
      const decoder = new TextDecoder(encoding); // strips a leading BOM
      this.decode = (chunk) => decoder.decode(chunk, { stream: true });
      this.flushDecoder = () => decoder.decode();
    } else if (encoding === "windows-1252") {
      const decoder = iconv.getDecoder("win1252");
      this.decode = (chunk) => decoder.write(chunk);
      this.flushDecoder = () => decoder.end() ?? "";
    } else {
      const decoder = new TextDecoder("utf-8", { ignoreBOM: continues }); // strips a leading BOM
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
    this.pushText(this.lines.end(), false);
    done();
  }

  private pushText(decoded: string, normalise = true): void {
    let text = normalise ? this.lines.push(decoded) : decoded;
    if (text === "") return;
    if (!this.sawReplacement && text.includes(REPLACEMENT)) this.sawReplacement = true;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const sep = SEP_LINE.exec(text);
      if (sep) {
        this.sepDelimiter = sep[1]!;
        text = text.slice(sep[0].length);
      }
      if (text === "") return;
    }
    if (this.countBreaks) for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.breaks++;
    this.push(text);
  }
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

/** Indexes of the cells that hold a replacement character. */
function replacedCells(cells: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) if (cells[i]!.includes(REPLACEMENT)) out.push(i);
  return out;
}

/**
 * Reads a CSV file record by record. Blank lines are skipped (they are not rows) but still
 * counted for line numbers. Resolves with the header and file facts once the file is read.
 */
export async function readCsv(path: string, options: ReadCsvOptions): Promise<CsvFileInfo> {
  const file = options.file ?? basename(path);
  const size = (await stat(path)).size;
  const range = options.range;
  const continues = range?.continues;
  const total = range ? range.end - range.start : size;
  // The delimiter must be known before papaparse starts: read it from the head of the file.
  const head = continues ? { sep: null, firstLine: "" } : await readHead(path, file, options.format.encoding);
  const configured = options.format.delimiter;
  const whitespace = configured === "whitespace";
  const delimiter = continues ? continues.delimiter : whitespace ? "\t" : configured !== "auto" ? configured : (head.sep ?? sniffDelimiter(head.firstLine));
  // A range after the start has its header already (checked before any byte is read).
  if (continues) options.onHeader?.(continues.header, continues.headerLine);
  const decode = new DecodeStream(options.format.encoding, whitespace, options.onProgress && ((b) => options.onProgress!(b, total)), continues !== undefined);
  decode.countBreaks = range !== undefined;
  const source = createReadStream(path, range ? { start: range.start, end: range.end - 1 } : {});
  source.on("error", (error) => decode.destroy(error));
  source.pipe(decode);

  let header: string[] | null = continues ? continues.header : null;
  // From the head, not from the decode stream, which may not have seen its first chunk yet.
  let headerLine = continues ? continues.headerLine : 1 + (head.sep === null ? 0 : 1);
  let line = continues ? 1 : headerLine;
  const onRow = options.onRow;
  // Line breaks are LF by now; in a whitespace-aligned file quotes are plain text.
  const parsing = { delimiter, newline: "\n" as const, header: false, skipEmptyLines: false, ...(whitespace ? { quoteChar: "\u0000" } : {}) };

  /** Hands out parsed rows; returns the text after an unterminated quote's line, to be parsed again, or null. */
  const consume = (rows: string[][], openQuote: boolean): string | null => {
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!;
      const start = line;
      if (openQuote && i === rows.length - 1) {
        // The last cell opened a quote and ran to the end of the input: that record ends with its line.
        let at = start;
        for (let k = 0; k < cells.length - 1; k++) at += embeddedLineBreaks([cells[k]!]);
        if (header === null || !options.onOpenQuote) throw new LoadError((t) => t.load.openQuote(`data/${file}:${at}`));
        options.onOpenQuote(at);
        line = at + 1;
        const rest = cells.at(-1)!;
        const next = rest.indexOf("\n");
        return next === -1 ? null : rest.slice(next + 1);
      }
      line += 1 + embeddedLineBreaks(cells);
      if (cells.length === 1 && cells[0] === "") continue; // blank line
      if (header === null) {
        header = cells.map((name) => name.trim());
        headerLine = start;
        options.onHeader?.(header, start);
        continue;
      }
      if (decode.sawReplacement && options.onReplaced) {
        const replaced = replacedCells(cells);
        if (replaced.length > 0 && options.onReplaced(replaced, start)) continue;
      }
      onRow(cells, start);
    }
    return null;
  };
  const missingQuote = (errors: readonly Papa.ParseError[]) => errors.some((e) => e.code === "MissingQuotes");

  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(decode as unknown as File, {
      ...parsing,
      chunk(results, parser) {
        try {
          let rest = consume(results.data, missingQuote(results.errors));
          while (rest !== null) {
            const again = Papa.parse<string[]>(rest, parsing);
            rest = consume(again.data, missingQuote(again.errors));
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

  if (range && range.start === 0 && range.end < size) {
    // The first range hashes the rest of the file too: the hash is the whole file's.
    for await (const chunk of createReadStream(path, { start: range.end }) as AsyncIterable<Buffer>) {
      decode.hash.update(chunk);
      decode.bytes += chunk.length;
    }
  }
  const warnings: string[] = [];
  if (decode.sawReplacement && !options.onReplaced) {
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
    endLine: (continues ? 1 : 1 + (decode.sepDelimiter === null ? 0 : 1)) + decode.breaks,
  };
}

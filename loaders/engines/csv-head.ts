/**
 * The first lines of a CSV export as the stream reader sees them: encoding, BOM, Excel's
 * `sep=` line, the delimiter and the header names. DuckDB is then told all of it explicitly,
 * so its sniffer never guesses a delimiter or a decimal sign.
 */
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import type { Format } from "../schemas/config.ts";

/** What the head of a CSV file says. */
export interface CsvHead {
  delimiter: string;
  /** Lines before the header (1 with a `sep=` line). */
  skip: number;
  header: string[];
}

const SEP_LINE = /^"?sep=(.)"?\r?\n/i;

/** Reads the head of `path` in `format` (at most 64 KiB). */
export async function csvHead(path: string, format: Format): Promise<CsvHead> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let text = format.encoding === "windows-1252" ? iconv.decode(buffer.subarray(0, bytesRead), "win1252") : buffer.subarray(0, bytesRead).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let skip = 0;
    let delimiter: string = format.delimiter;
    const sep = SEP_LINE.exec(text);
    if (sep) {
      skip = 1;
      text = text.slice(sep[0].length);
      if (delimiter === "auto") delimiter = sep[1]!;
    }
    const line = text.split(/\r?\n/, 1)[0] ?? "";
    if (delimiter === "auto") {
      const counts = [";", ",", "\t", "|"].map((d) => [d, line.split(d).length] as const);
      delimiter = counts.sort((a, b) => b[1] - a[1])[0]![0];
    }
    const header = line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, "$1").replaceAll('""', '"'));
    return { delimiter, skip, header };
  } finally {
    await handle.close();
  }
}

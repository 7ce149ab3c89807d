/**
 * The head of an export, read before papaparse starts: a UTF-16 byte-order mark (a clear error
 * unless declared), Excel's `sep=` line and the header line the delimiter is sniffed from.
 */
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import type { Format } from "../schemas/format.ts";
import { LoadError } from "../model/load-error.ts";

/** Excel's optional first line naming the delimiter, e.g. `sep=;`. */
export const SEP_LINE = /^"?sep=(.)"?\r?\n/i;

/** A UTF-16 byte-order mark at the start of `bytes`, as the encoding it announces. */
function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Reads the first KiBs of a file: its Excel `sep=` delimiter if any, and its first line. A
 * UTF-16 file read as something else would be nonsense: it stops the load with what to do.
 */
export async function readHead(path: string, file: string, encoding: Format["encoding"]): Promise<{ sep: string | null; firstLine: string }> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const bom = utf16Bom(bytes);
    if (bom !== null && bom !== encoding) {
      throw new LoadError((t) => t.load.utf16(`data/${file}:1`, bom, encoding));
    }
    let text =
      encoding === "windows-1252" ? iconv.decode(bytes, "win1252") : new TextDecoder(encoding === "utf-8" ? "utf-8" : encoding).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const sep = SEP_LINE.exec(text);
    if (sep) text = text.slice(sep[0].length);
    return { sep: sep ? sep[1]! : null, firstLine: text.split(/\r\n?|\n/, 1)[0] ?? "" };
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


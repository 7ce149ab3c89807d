/**
 * Normalises decoded export text before papaparse sees it, chunk by chunk: every line break
 * (CRLF, CR or LF, mixed within one file) becomes LF, so papaparse never guesses one style and
 * merges lines of the other; with `delimiter: whitespace` each line's runs of spaces and tabs
 * become one tab and its leading and trailing blanks go (whitespace-aligned text exports).
 */

/** Turns a stream of text chunks into LF-only text; hold-back across chunks keeps it exact. */
export class LineNormalizer {
  private carry = "";
  private readonly whitespace: boolean;

  /** `whitespace`: split fields on runs of spaces and tabs (quotes are then not special). */
  constructor(whitespace = false) {
    this.whitespace = whitespace;
  }

  /** The normalised text of `chunk`, less what must wait for the next chunk. */
  push(chunk: string): string {
    let text = this.carry + chunk;
    // A CR at the end may be the first half of a CRLF: it waits for the next chunk.
    const hold = text.endsWith("\r") ? "\r" : "";
    text = breaks(hold ? text.slice(0, -1) : text);
    if (!this.whitespace) {
      this.carry = hold;
      return text;
    }
    // Only whole lines: a run of blanks may continue in the next chunk.
    const end = text.lastIndexOf("\n");
    this.carry = text.slice(end + 1) + hold;
    return end === -1 ? "" : aligned(text.slice(0, end + 1));
  }

  /** The rest, at the end of the input. */
  end(): string {
    const text = this.carry;
    this.carry = "";
    return this.whitespace ? aligned(breaks(text)) : breaks(text);
  }
}

/** CRLF and lone CR → LF. */
function breaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Per line: leading and trailing blanks removed, inner runs of blanks → one tab. */
function aligned(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/gm, "").replace(/[ \t]+/g, "\t");
}

/**
 * Bytes that are not valid in a file's declared encoding reach the reader as U+FFFD. In an id,
 * amount or date cell that changes the data, so the reader rejects the row (`invalid_encoding`);
 * in other cells (names, categories) the row is kept and this check collects where it happened,
 * for a warning that `npm run load` and `npm run validate` print — with lines, never the text.
 */
import type { Format } from "../schemas/format.ts";

/** Lines listed per column in a warning; the rest are counted. */
const SHOWN = 5;

/** Collects the lines of replaced bytes in cells that are kept, per column. */
export class EncodingCheck {
  private readonly lines = new Map<number, number[]>();
  private readonly counts = new Map<number, number>();
  private readonly file: string;
  private readonly encoding: Format["encoding"];
  private readonly header: () => readonly string[];

  /** `file` relative to `data/`; `header` gives the header once it is read. */
  constructor(file: string, encoding: Format["encoding"], header: () => readonly string[]) {
    this.file = file;
    this.encoding = encoding;
    this.header = header;
  }

  /** Words for the rejection of a row with replaced bytes in a strict cell. */
  get expected(): string {
    return `text that is valid ${this.encoding} (bytes were replaced: is the file's encoding set right in data/klantbeeld.yaml?)`;
  }

  /** Notes replaced bytes in kept cells `cells` on `line`; returns false (the row is not rejected for it). */
  note(cells: readonly number[], line: number): false {
    for (const c of cells) {
      const list = this.lines.get(c) ?? [];
      if (list.length < SHOWN) list.push(line);
      this.lines.set(c, list);
      this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
    }
    return false;
  }

  /** One warning per column with replaced bytes, naming file, lines and column. */
  warnings(): string[] {
    const header = this.header();
    return [...this.lines.keys()]
      .sort((a, b) => a - b)
      .map((c) => {
        const lines = this.lines.get(c)!;
        const count = this.counts.get(c)!;
        const more = count > lines.length ? ` and ${count - lines.length} more` : "";
        return (
          `data/${this.file}:${lines[0]} bytes that are not valid ${this.encoding} were replaced in column "${header[c] ?? c + 1}" ` +
          `on line ${lines.join(", ")}${more}; the rows were kept. Is the file's encoding set right in data/klantbeeld.yaml?`
        );
      });
  }
}

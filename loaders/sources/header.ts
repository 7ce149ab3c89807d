/** Finding a configured column in an export's header, with the one error message every export kind gives. */
import { LoadError } from "../model/load-error.ts";

/** Where a header was read: the file (relative to `data/`), its line and the source's name. */
export interface HeaderPlace {
  file: string;
  line: number;
  source: string;
}

/**
 * The index of column `name` (mapped to `field` in the data description) in `header`; a missing
 * column, or one that appears twice, stops the load with a message naming file, line, both
 * positions and what to check.
 */
export function columnIndex(header: readonly string[], name: string, field: string, place: HeaderPlace): number {
  const at = header.indexOf(name);
  if (at === -1) {
    throw new LoadError(
      `data/${place.file}:${place.line} column "${name}" (${field}) is not in the header; the header has ${header.length} columns. ` +
        `Check the column names and the delimiter in data/klantbeeld.yaml (source "${place.source}").`,
    );
  }
  const again = header.indexOf(name, at + 1);
  if (again !== -1) {
    throw new LoadError(
      `data/${place.file}:${place.line} column "${name}" (${field}) appears twice in the header, as column ${at + 1} and column ${again + 1}; ` +
        `rename one of them in the export so it is clear which one is meant.`,
    );
  }
  return at;
}

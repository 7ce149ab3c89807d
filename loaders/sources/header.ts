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
    throw new LoadError((t) => t.load.headerMissing(`data/${place.file}:${place.line}`, name, field, header.length, place.source));
  }
  const again = header.indexOf(name, at + 1);
  if (again !== -1) {
    throw new LoadError((t) => t.load.headerTwice(`data/${place.file}:${place.line}`, name, field, at + 1, again + 1));
  }
  return at;
}

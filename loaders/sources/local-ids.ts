/** Maps a file's local string ids to the store's global ones, interning each text on first use. */
import type { ByteTable, StringTable } from "./byte-table.ts";

/** Local id → global id of one string table: `intern` on first use, then read `map`. */
export class LocalIds {
  readonly map: Int32Array;
  private readonly local: StringTable;
  private readonly global: ByteTable;

  constructor(local: StringTable, global: ByteTable) {
    this.local = local;
    this.global = global;
    this.map = new Int32Array(local.ends.length).fill(-1);
  }

  /** Interns local text `id` into the global table the first time it is used. */
  intern(id: number): void {
    if (this.map[id] !== -1) return;
    const { bytes, ends } = this.local;
    this.map[id] = this.global.id(bytes, id === 0 ? 0 : ends[id - 1]!, ends[id]!);
  }
}

/**
 * Typed arrays packed into one buffer for the cache folder's binary entries: an 8-byte magic, the
 * meta length (u32 LE), the meta JSON, then each array's bytes, every array starting 8-byte
 * aligned. Reading copies each array out (so it is aligned and owns its memory) and fails on a
 * buffer that is too short; an entry that is not one reads as null, never as a partial value.
 */

/** The arrays an entry may hold. */
export type PackedArray = Int32Array | Float64Array | Uint8Array;

const HEADER = 12;
const pad8 = (n: number) => (n + 7) & ~7;

/** `arrays` with `meta` (JSON) under `magic` (8 latin-1 characters). */
export function packArrays(magic: string, meta: unknown, arrays: readonly PackedArray[]): Buffer {
  if (magic.length !== 8) throw new RangeError(`packArrays expects an 8-character magic, got ${magic.length}`);
  const json = Buffer.from(JSON.stringify(meta));
  let size = pad8(HEADER + json.length);
  for (const a of arrays) size += pad8(a.byteLength);
  const out = Buffer.alloc(size);
  out.write(magic, 0, "latin1");
  out.writeUInt32LE(json.length, 8);
  json.copy(out, HEADER);
  let at = pad8(HEADER + json.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  return out;
}

/** Reads the arrays of a packed entry in the order they were packed. */
export interface PackedReader<M> {
  meta: M;
  /** The next array: `length` elements of `bytes` bytes each (1, 4 or 8). Throws when the buffer is too short. */
  next(length: number, bytes: 1 | 4 | 8): PackedArray;
}

/**
 * A reader over `buf` when it starts with `magic` (else null). `meta` is the parsed JSON as the
 * caller says it is: check what you rely on. Its `next` throws on a short buffer, and JSON.parse
 * on damaged meta: read inside a try and treat a throw as "no entry".
 */
export function unpackArrays<M>(buf: Buffer | null, magic: string): PackedReader<M> | null {
  if (buf === null || buf.length < HEADER || buf.toString("latin1", 0, 8) !== magic) return null;
  const metaLength = buf.readUInt32LE(8);
  const meta = JSON.parse(buf.toString("utf8", HEADER, HEADER + metaLength)) as M;
  let at = pad8(HEADER + metaLength);
  const next = (length: number, bytes: 1 | 4 | 8): PackedArray => {
    const size = length * bytes;
    if (!(size >= 0) || at + size > buf.length) throw new RangeError("packed entry too short");
    const copy = buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + size) as ArrayBuffer;
    at += pad8(size);
    return bytes === 8 ? new Float64Array(copy) : bytes === 4 ? new Int32Array(copy) : new Uint8Array(copy);
  };
  return { meta, next };
}

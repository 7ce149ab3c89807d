/**
 * The packed binary form of the cache folder's entries: the layout byte by byte on a small case
 * worked out by hand, round trips, and every way a damaged entry reads as null or throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packArrays, unpackArrays } from "../../loaders/lib/packed-arrays.ts";

describe("packArrays", () => {
  it("lays out magic, meta length, meta and 8-byte-aligned arrays (hand-computed bytes)", () => {
    const buf = packArrays("KBTEST01", { n: 1 }, [new Uint8Array([7, 8, 9]), new Int32Array([-1])]);
    // Header 12 + meta `{"n":1}` (7 bytes) = 19 → 24; Uint8Array 3 bytes → 8; Int32Array 4 bytes → 8: 40 bytes.
    expect(buf.length).toBe(40);
    expect(buf.toString("latin1", 0, 8)).toBe("KBTEST01");
    expect(buf.readUInt32LE(8)).toBe(7);
    expect(buf.toString("utf8", 12, 19)).toBe('{"n":1}');
    expect([...buf.subarray(19, 24)]).toEqual([0, 0, 0, 0, 0]);
    expect([...buf.subarray(24, 32)]).toEqual([7, 8, 9, 0, 0, 0, 0, 0]);
    expect([...buf.subarray(32, 40)]).toEqual([255, 255, 255, 255, 0, 0, 0, 0]);
  });

  it("refuses a magic that is not 8 characters", () => {
    expect(() => packArrays("SHORT", {}, [])).toThrow(/8-character magic/);
  });
});

describe("unpackArrays", () => {
  it("gives back the meta and every array, aligned copies (random arrays)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 13 }), fc.int32Array({ maxLength: 9 }), fc.float64Array({ maxLength: 5, noDefaultInfinity: true }), (u8, i32, f64) => {
        const buf = packArrays("KBTEST01", { lengths: [u8.length, i32.length, f64.length] }, [u8, i32, f64]);
        const reader = unpackArrays<{ lengths: number[] }>(buf, "KBTEST01")!;
        expect(reader.meta.lengths).toEqual([u8.length, i32.length, f64.length]);
        const [a, b, c] = [reader.next(u8.length, 1), reader.next(i32.length, 4), reader.next(f64.length, 8)];
        expect(a).toEqual(u8);
        expect(b).toEqual(i32);
        // Bit for bit (NaN payloads and −0 included).
        expect(new Uint8Array(c.buffer)).toEqual(new Uint8Array(f64.buffer, f64.byteOffset, f64.byteLength));
        expect(c.buffer).not.toBe(buf.buffer);
      }),
    );
  });

  it("reads another magic or a too-short buffer as null, and throws past the end", () => {
    const buf = packArrays("KBTEST01", { n: 2 }, [new Float64Array([1.5, -2])]);
    expect(unpackArrays(buf, "KBTEST02")).toBeNull();
    expect(unpackArrays(null, "KBTEST01")).toBeNull();
    expect(unpackArrays(buf.subarray(0, 11), "KBTEST01")).toBeNull();
    const cut = unpackArrays(buf.subarray(0, buf.length - 1), "KBTEST01")!;
    expect(() => cut.next(2, 8)).toThrow(/too short/);
    const reader = unpackArrays(buf, "KBTEST01")!;
    expect([...reader.next(2, 8)]).toEqual([1.5, -2]);
    expect(() => reader.next(1, 1)).toThrow(/too short/);
    expect(() => unpackArrays(buf, "KBTEST01")!.next(Number.NaN, 4)).toThrow(/too short/);
  });
});

/**
 * Line amounts as Int32 cents and quantities as Int32 (`exact-values.ts`): hand-computed cases,
 * property tests that the Int32 form gives back the very doubles the Float64 path holds (and the
 * doubles the export's decimal text parses to), and the loader choosing the form per file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberParser } from "../../loaders/lib/locale-number.ts";
import { amountScale } from "../../loaders/model/store.ts";
import { AMOUNT_SCALE, concatExact, ExactBlocks, QUANTITY_SCALE, scaledInt, toFloat } from "../../loaders/sources/exact-values.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { config, dataDir } from "./helpers.ts";

/** Whether two arrays hold the same doubles bit for bit (−0 and +0 differ). */
const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe("scaledInt", () => {
  it("gives cents for amounts with at most two decimals, NaN for anything it could not give back", () => {
    expect(scaledInt(12.34, 100)).toBe(1234);
    expect(scaledInt(-7.5, 100)).toBe(-750);
    expect(scaledInt(0, 100)).toBe(0);
    expect(scaledInt(0.07, 100)).toBe(7); // 0.07 × 100 = 7.000000000000001, rounds to 7, and 7 / 100 is 0.07 again
    expect(scaledInt(21474836.47, 100)).toBe(2147483647); // the largest Int32
    expect(scaledInt(-21474836.47, 100)).toBe(-2147483647);
    expect(scaledInt(21474836.48, 100)).toBeNaN(); // one cent beyond
    expect(scaledInt(1.005, 100)).toBeNaN(); // a third decimal
    expect(scaledInt(0.1 + 0.2, 100)).toBeNaN(); // 0.30000000000000004 is not 30 / 100
    expect(scaledInt(-0, 100)).toBeNaN(); // −0 would come back as +0
    expect(scaledInt(3, 1)).toBe(3);
    expect(scaledInt(2.5, 1)).toBeNaN();
    expect(scaledInt(2 ** 31, 1)).toBeNaN();
  });

  it("takes every decimal text with up to two decimals to its cents, and cents / 100 is the parsed double", () => {
    const en = numberParser({ decimal: ".", thousands: "" });
    const nl = numberParser({ decimal: ",", thousands: "." });
    fc.assert(
      fc.property(fc.integer({ min: -2147483647, max: 2147483647 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        // The text an export holds: integer part, then 0–2 decimals (cents ending in 0 may be written shorter).
        const unit = decimals === 2 ? 1 : decimals === 1 ? 10 : 100;
        const value = Math.trunc(cents / unit) * unit;
        const abs = Math.abs(value);
        const whole = Math.floor(abs / 100);
        const fraction = String(abs % 100).padStart(2, "0").slice(0, decimals);
        const sign = value < 0 ? "-" : "";
        for (const [parse, point] of [[en, "."], [nl, ","]] as const) {
          const text = decimals === 0 ? `${sign}${whole}` : `${sign}${whole}${point}${fraction}`;
          const parsed = parse(text);
          expect(scaledInt(parsed, AMOUNT_SCALE)).toBe(value === 0 ? 0 : value);
          expect(Object.is(value / AMOUNT_SCALE, parsed) || (value === 0 && parsed === 0)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ExactBlocks", () => {
  const cents = fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100);
  const anything = fc.oneof(cents, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0), fc.constant(1.005));

  it("gives back every pushed value bit for bit, as Int32 exactly when every value has an Int32 form", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cents, cents, anything), { maxLength: 3000 }), (values) => {
        const blocks = new ExactBlocks(AMOUNT_SCALE);
        for (const v of values) blocks.push(v);
        const column = blocks.toArray();
        const allCents = values.every((v) => !Number.isNaN(scaledInt(v, AMOUNT_SCALE)));
        expect(column instanceof Int32Array).toBe(allCents);
        expect(sameBits(toFloat(column, amountScale(column)), values)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("turns Float64 at the first value without an Int32 form, keeping the earlier ones exact", () => {
    const blocks = new ExactBlocks(QUANTITY_SCALE);
    for (let i = 0; i < 2000; i++) blocks.push(i); // past the first growth
    blocks.push(0.5);
    blocks.push(-0);
    const column = blocks.toArray();
    expect(column).toBeInstanceOf(Float64Array);
    expect(column.length).toBe(2002);
    expect([column[0], column[1999], column[2000]]).toEqual([0, 1999, 0.5]);
    expect(Object.is(column[2001], -0)).toBe(true);
  });
});

describe("concatExact", () => {
  it("joins Int32 parts as Int32, and mixed parts as Float64 values", () => {
    const ints = concatExact([Int32Array.of(1234, -5), Int32Array.of(7)], AMOUNT_SCALE, 3);
    expect(ints).toBeInstanceOf(Int32Array);
    expect(Array.from(ints)).toEqual([1234, -5, 7]);
    const mixed = concatExact([Int32Array.of(1234, -5), Float64Array.of(1.005)], AMOUNT_SCALE, 3);
    expect(mixed).toBeInstanceOf(Float64Array);
    expect(Array.from(mixed)).toEqual([12.34, -0.05, 1.005]);
  });
});

describe("the loader", () => {
  const SOURCE = `files: "*.csv"
format: { delimiter: ",", decimal: ".", date: yyyy-mm-dd }
columns: { orderId: order, customerId: customer, date: date, amount: amount, quantity: qty, category: category }
channel: web`;
  const load = async (rows: string) => {
    const dir = await dataDir({ "klantbeeld.yaml": config(SOURCE), "a.csv": `order,customer,date,amount,qty,category\n${rows}` });
    return (await loadSources(await readConfig(dir), dir)).store;
  };

  it("keeps whole cents and whole quantities as Int32, and their values are what the file says", async () => {
    const store = await load("1,K1,2025-01-05,19.99,2,tv\n1,K1,2025-01-05,-0.5,1,tv\n2,K2,2025-01-06,100,3,mobiel\n");
    expect(store.lines.amount).toBeInstanceOf(Int32Array);
    expect(store.lines.quantity).toBeInstanceOf(Int32Array);
    expect(Array.from(store.lines.amount)).toEqual([1999, -50, 10000]);
    expect(Array.from(store.lines.quantity)).toEqual([2, 1, 3]);
    // Order totals are summed from the parsed doubles as before: 19.99 + (−0.5) = 19.49.
    expect(Array.from(store.orders.amount)).toEqual([19.49, 100]);
  });

  it("keeps Float64 for a file with a third decimal or a fractional quantity", async () => {
    const store = await load("1,K1,2025-01-05,19.99,1.5,tv\n2,K2,2025-01-06,0.125,1,tv\n");
    expect(store.lines.amount).toBeInstanceOf(Float64Array);
    expect(store.lines.quantity).toBeInstanceOf(Float64Array);
    expect(Array.from(store.lines.amount)).toEqual([19.99, 0.125]);
    expect(Array.from(store.lines.quantity)).toEqual([1.5, 1]);
  });
});

/**
 * Month keys change exactly from the month of a changed order on (and with the settings, the walk's
 * first month and the as-of day); the state's text form keeps every number (CDNOW extract).
 */
import { describe, expect, it } from "vitest";
import { monthEnd, monthOfDay } from "../../loaders/lib/months.ts";
import { decodeMonthState, encodeMonthState, monthKeys } from "../../loaders/bundle/month-state.ts";
import { readCdnowExtractRows, storeOf } from "../metrics/rfm-store.ts";

const rows = readCdnowExtractRows();
const store = storeOf(rows);
const first = monthOfDay(store.firstDay!);
const last = monthOfDay(store.lastDay!);
const FIRST = first - 12;

describe("monthKeys", () => {
  it("keeps the keys of the months before a changed order and changes every later one", () => {
    const keys = monthKeys(store, FIRST, last, "rfm\0 12");
    expect(new Set(keys).size).toBe(keys.length);
    // Change one order in the 7th data month (by a cent).
    const target = first + 6;
    const i = rows.findIndex((r) => monthOfDay(Date.UTC(Number(r[1].slice(0, 4)), Number(r[1].slice(5, 7)) - 1, 1) / 86_400_000) === target);
    const changed = storeOf(rows.map((r, k): typeof r => (k === i ? [r[0], r[1], r[2] + 0.01] : r)));
    const other = monthKeys(changed, FIRST, last, "rfm\0 12");
    const same = keys.map((k, m) => k === other[m]);
    expect(same.indexOf(false)).toBe(target - FIRST);
    expect(same.slice(target - FIRST).every((s) => !s)).toBe(true);
    // Other settings, another first month of the walk or another as-of day: another key.
    expect(monthKeys(store, FIRST, last, "rfm\0 6")[0]).not.toBe(keys[0]);
    expect(monthKeys(store, FIRST + 1, last, "rfm\0 12")[0]).not.toBe(keys[1]);
    expect(monthKeys(store, FIRST, last, "rfm\0 12", monthEnd(last) - 1).at(-1)).not.toBe(keys.at(-1));
    expect(monthKeys(store, FIRST, last, "rfm\0 12", monthEnd(last) - 1).slice(0, -1)).toEqual(keys.slice(0, -1));
  });
});

describe("encodeMonthState / decodeMonthState", () => {
  it("keep -0 and non-finite numbers, and read anything else as an empty state", () => {
    const state = { snapshots: {}, base: {}, crossUpsell: { c: [[-0, 2.5]] }, migrations: { k: [[-0, 1, Number.POSITIVE_INFINITY, Number.NaN]] } };
    const back = decodeMonthState(encodeMonthState(state)).migrations["k"]![0]!;
    expect(Object.is(back[0], -0)).toBe(true);
    expect(back.slice(1)).toEqual([1, Number.POSITIVE_INFINITY, Number.NaN]);
    expect(Object.is(decodeMonthState(encodeMonthState(state)).crossUpsell["c"]![0]![0], -0)).toBe(true);
    const empty = { snapshots: {}, migrations: {}, base: {}, crossUpsell: {} };
    for (const text of [null, "", "{", "[]", "null", '{"snapshots":{},"migrations":{}}', '{"snapshots":{},"migrations":{},"base":{}}']) expect(decodeMonthState(text)).toEqual(empty);
  });
});

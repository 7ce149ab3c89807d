/** `customerActivity` with months given (as an incremental build passes them): taken as they are, the others unchanged. */
import { describe, expect, it } from "vitest";
import { monthOfDay } from "../../loaders/lib/months.ts";
import { type CustomerActivityMonth, customerActivity } from "../../loaders/metrics/customer-activity.ts";
import { readCdnowExtractRows, storeOf } from "./rfm-store.ts";

const rows = readCdnowExtractRows();
const store = storeOf(rows);
const first = monthOfDay(store.firstDay!);
const last = monthOfDay(store.lastDay!);

describe("customerActivity with given months", () => {
  it("takes a given month's figures and computes the others as without them", () => {
    const plain = customerActivity(store, first, last, 12);
    const sentinel: CustomerActivityMonth = { known: 1, active: 2, frequency: 3, spend: null, newCustomers: 4, returningCustomers: 5 };
    const target = first + 2;
    const given = customerActivity(store, first, last, 12, undefined, (m) => (m === target ? sentinel : undefined));
    const keys = Object.keys(plain) as (keyof typeof plain)[];
    const at = (r: typeof plain, i: number) => Object.fromEntries(keys.map((k) => [k, r[k][i]]));
    for (let i = 0; i <= last - first; i++) expect(at(given, i)).toEqual(i === target - first ? sentinel : at(plain, i));
    // Independent count: every customer of the extract has bought by the last month end.
    expect(plain.known.at(-1)).toBe(new Set(rows.map((r) => r[0])).size);
  });
});

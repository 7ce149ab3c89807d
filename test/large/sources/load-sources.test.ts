/** loadSources on the whole CDNOW_master.txt as shipped (the hostile-fixture tests are in test/sources/load-sources.test.ts). */
import { describe, expect, it } from "vitest";
import { loadSources } from "../../../loaders/sources/load-sources.ts";
import { readConfig } from "../../../loaders/sources/read-config.ts";
import { SHARED_DATA } from "../../real-data.ts";

describe("loadSources on the real CDNOW_master.txt", () => {
  it("reads the whole CDNOW_master.txt as shipped to the published totals", async () => {
    // Read in place through a description file (test/fixtures/real/cdnow-txt.yaml), never copied.
    const dir = `${SHARED_DATA}/cdnow`;
    const description = new URL("../../fixtures/real/cdnow-txt.yaml", import.meta.url).pathname;
    const { accounts, store } = await loadSources(await readConfig(dir, description), dir);
    // Published with the file (../shared/data/README.md): 69,659 rows, 23,570 customers, $2,500,315.63.
    expect(accounts[0]).toMatchObject({ rowsRead: 69_659, rowsAccepted: 69_659, rowsRejected: 0 });
    expect(store.customerCount).toBe(23_570);
    expect(Array.from(store.orders.amount).reduce((a, b) => a + b, 0)).toBeCloseTo(2_500_315.63, 2);
  });
});

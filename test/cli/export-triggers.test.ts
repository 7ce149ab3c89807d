/**
 * The campaign export with triggers, end to end: a tiny data folder with transactions, signals and
 * offers; `exportSegments` also writes one file per trigger with the customers who entered it in
 * the last N days and have had no offer since.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportSegments } from "../../loaders/cli/export-segments.ts";

const YAML = `version: 1
timeZone: UTC
sources:
  - name: shop
    kind: transactions
    files: orders.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { customerId: customer_id, date: date, amount: amount }
    channel: web
  - name: signalen
    kind: signals
    files: signals/*.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { customerId: klant, date: datum, type: soort, value: waarde }
  - name: aanbod
    kind: offers
    files: offers.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { customerId: klant, date: datum, offer: campagne, accepted: ja }
triggers:
  offerWithinDays: 7
  rules:
    - { id: bundel, nameNl: Bundel bijna op, nameEn: Bundle, action: Extra data, when: { rule: threshold, signal: usage, atLeast: 0.8 } }
    - { id: service, nameNl: Twee keer bellen, nameEn: Service, action: Terugbellen, when: { rule: count, signal: service_contact, atLeast: 2, withinDays: 30 } }
`;
// As of 2024-06-30: A entered bundel on 06-25 (no offer: open), B on 06-22 (offer 06-24: not open),
// C on 06-20 (10 days ago > N = 7: not open); D called twice (06-10, 06-28): open in service.
const SIGNALS = ["klant,datum,soort,waarde", "A,2024-06-25,usage,0.9", "B,2024-06-22,usage,0.85", "C,2024-06-20,usage,0.95", "D,2024-06-10,service_contact,", "D,2024-06-28,service_contact,"].join("\n");
const OFFERS = ["klant,datum,campagne,ja", "B,2024-06-24,Extra data,nee"].join("\n");
const ORDERS = ["customer_id,date,amount", "A,2024-06-01,10", "B,2024-06-02,10", "C,2024-06-03,10", "D,2024-06-30,10"].join("\n");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("exportSegments with triggers", () => {
  it("writes trigger-<id>.csv with the customers in a trigger without an offer yet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "klantbeeld-triggers-"));
    made.push(dir);
    mkdirSync(join(dir, "signals"));
    writeFileSync(join(dir, "klantbeeld.yaml"), YAML);
    writeFileSync(join(dir, "orders.csv"), ORDERS);
    writeFileSync(join(dir, "signals/s.csv"), SIGNALS);
    writeFileSync(join(dir, "offers.csv"), OFFERS);
    const out = join(dir, "out");
    const result = await exportSegments({ dataDir: dir, outDir: out });
    expect(result.triggers).toEqual([
      { file: "trigger-bundel.csv", customers: 1 },
      { file: "trigger-service.csv", customers: 1 },
    ]);
    expect(readFileSync(join(out, "trigger-bundel.csv"), "utf8")).toBe("customer_id,trigger,trigger_name,entered,days_in_trigger,action\nA,bundel,Bundel bijna op,2024-06-25,5,Extra data\n");
    expect(readFileSync(join(out, "trigger-service.csv"), "utf8")).toContain("\nD,service,Twee keer bellen,2024-06-28,2,Terugbellen\n");
  });
});

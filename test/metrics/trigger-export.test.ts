/** The trigger part of the campaign export: rows per open moment, sorted, and formula-safe CSV. */
import { describe, expect, it } from "vitest";
import { triggerExportCsv, triggerExportRows } from "../../loaders/metrics/trigger-export.ts";
import type { TriggerRule } from "../../loaders/schemas/triggers.ts";

const rule: TriggerRule = { id: "stil", nameNl: "Lange tijd stil", nameEn: "Long silence", action: "=Bel; daarna \"aanbod\"", when: { rule: "silence", days: 90 } };

describe("triggerExportRows / triggerExportCsv", () => {
  it("lists the customers by id with the entry day and days since, and neutralises formula starts", () => {
    const rows = triggerExportRows(rule, [{ customer: 1, entered: 20_400 }, { customer: 0, entered: 20_405 }], ["=cmd|' /C calc'!A0", "+31612345678"], 20_410);
    expect(rows.map((r) => [r.customerId, r.entered, r.daysInTrigger])).toEqual([
      ["+31612345678", "2025-11-08", 10],
      ["=cmd|' /C calc'!A0", "2025-11-13", 5],
    ]);
    expect(triggerExportCsv(rows)).toBe(
      [
        "customer_id,trigger,trigger_name,entered,days_in_trigger,action",
        `'+31612345678,stil,Lange tijd stil,2025-11-08,10,"'=Bel; daarna ""aanbod"""`,
        `'=cmd|' /C calc'!A0,stil,Lange tijd stil,2025-11-13,5,"'=Bel; daarna ""aanbod"""`,
        "",
      ].join("\n"),
    );
    expect(triggerExportCsv(rows, { delimiter: ";", bom: true }).startsWith("\uFEFFcustomer_id;trigger;")).toBe(true);
  });
});

/** A trigger rule's condition in words, in Dutch and in English, figures in each language's format. */
import { describe, expect, it } from "vitest";
import { describeRule } from "../../loaders/bundle/trigger-words.ts";

describe("describeRule", () => {
  it.each([
    [{ rule: "threshold", signal: "usage", atLeast: 0.8 }, "Bundelverbruik ≥ 80 %", "Bundle usage ≥ 80%"],
    [{ rule: "threshold", signal: "web_visit", atLeast: 2.5 }, "Websitebezoek: waarde ≥ 2,5", "Website visit: value ≥ 2.5"],
    [{ rule: "rising", signal: "usage", factor: 1.5, baselineDays: 1 }, "Bundelverbruik gaat 1,5 × zo snel als gewoonlijk (mediaan van de 1 dag ervoor)", "Bundle usage runs 1.5 × as fast as usual (median of the 1 day before)"],
    [{ rule: "count", signal: "service_contact", atLeast: 2, withinDays: 14 }, "2 × contact klantenservice binnen 14 dagen", "2 × customer service contact within 14 days"],
    [{ rule: "silence", days: 1 }, "1 dag geen enkel signaal en geen aankoop", "1 day without any signal or purchase"],
    [{ rule: "overdue" }, "Over tijd voor de volgende aankoop (1,25 × de gewone tussentijd)", "Overdue for the next purchase (1.25 × the usual interval)"],
  ] as const)("%o", (when, nl, en) => {
    expect(describeRule(when as never, 1.25)).toBe(nl);
    expect(describeRule(when as never, 1.25, "en")).toBe(en);
  });
});

/** The offers export through the real loader: yes/no in Dutch, optional acceptance date, consistency checks. */
import { describe, expect, it } from "vitest";
import { day } from "./commercial-helpers.ts";
import { loadMoments } from "./moment-helpers.ts";

const SOURCE = `  - name: aanbod
    kind: offers
    files: offers/*.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { customerId: klant, date: datum, offer: campagne, channel: kanaal, accepted: geaccepteerd, acceptedDate: geaccepteerd_op }`;
const HEAD = "klant,datum,campagne,kanaal,geaccepteerd,geaccepteerd_op";

describe("offers export", () => {
  it("reads offers with ja/nee, a blank channel and a blank acceptance date", async () => {
    const text = [HEAD, "K1,2026-03-01,Extra data,app,ja,2026-03-04", "K2,2026-03-01,Extra data,,nee,", "K1,2026-03-09,Nieuw toestel,e-mail,JA,"].join("\n");
    const { data, accounts } = await loadMoments(SOURCE, { "offers/o.csv": text });
    expect(data.offerNames).toEqual(["Extra data", "Nieuw toestel"]);
    expect(data.offers).toEqual([
      { customer: 0, day: day("2026-03-01"), offer: 0, channel: "app", accepted: true, acceptedDay: day("2026-03-04") },
      { customer: 1, day: day("2026-03-01"), offer: 0, channel: null, accepted: false, acceptedDay: null },
      { customer: 0, day: day("2026-03-09"), offer: 1, channel: "e-mail", accepted: true, acceptedDay: null },
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
  });

  it("rejects a date without acceptance, acceptance before the offer, a bad flag and a repeat", async () => {
    const text = [
      HEAD,
      "K1,2026-03-01,A,app,nee,2026-03-02", // line 2
      "K1,2026-03-05,A,app,ja,2026-03-04", // line 3
      "K1,2026-03-06,A,app,misschien,", // line 4
      "K1,2026-03-07,A,app,ja,", // line 5: accepted
      "K1,2026-03-07,A,sms,nee,", // line 6: same customer, day and offer
      "K1,2026-03-08,,app,nee,", // line 7: no offer name
    ].join("\n");
    const { accounts } = await loadMoments(SOURCE, { "offers/o.csv": text });
    expect(accounts[0]!.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, "geaccepteerd_op", "date_without_acceptance"],
      [3, "geaccepteerd_op", "accepted_before_offer"],
      [4, "geaccepteerd", "invalid_accepted"],
      [6, "campagne", "duplicate_offer"],
      [7, "campagne", "missing_offer"],
    ]);
    expect(accounts[0]).toMatchObject({ rowsRead: 6, rowsAccepted: 1, rowsRejected: 5 });
    expect(JSON.stringify(accounts[0]!.rejections)).not.toContain("misschien");
  });
});

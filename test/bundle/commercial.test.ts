/**
 * The commercial sections end to end: a tiny data folder with the four export kinds, described
 * exactly as the sample data's config does, loaded and built into a bundle.
 */
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../loaders/bundle/build-bundle.ts";
import { commercialSectionBuilders, type CrossUpsellSection, type DigitalShareSection } from "../../loaders/bundle/commercial.ts";
import type { ExperimentsSection } from "../../loaders/bundle/experiments.ts";
import type { JourneysSection } from "../../loaders/bundle/journeys.ts";
import { loadSources } from "../../loaders/sources/load-sources.ts";
import { readConfig } from "../../loaders/sources/read-config.ts";
import { dataDir } from "../sources/helpers.ts";
import { loadFurtherSources } from "../../loaders/sources/load-further.ts";

const CONFIG = (k: number) => `version: 1
timeZone: Europe/Amsterdam
minGroupSize: ${k}
sources:
  - name: orders
    kind: transactions
    files: transactions.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { orderId: order_id, customerId: customer, date: date, amount: amount, channel: channel, category: category, product: product }
  - name: producten
    kind: products
    files: products.csv
    columns: { product: product_id, name: product_name, category: category, tier: tier, price: list_price }
  - name: journeys
    kind: journeys
    files: journeys/journeys-*.csv
    format: { delimiter: ";", decimal: ",", thousands: ".", date: dd-mm-yyyy }
    columns: { date: Datum, journey: Journey, segment: Klanttype, visitors: Bezoekers, conversions: Conversies }
  - name: experimenten
    kind: experiments
    files: experiments/ab-tests.csv
    format: { delimiter: ",", date: yyyy-mm-dd }
    columns: { experiment: experiment, variant: variant, control: is_control, start: start_date, end: end_date, plannedShare: planned_share, visitors: visitors, conversions: conversions, revenue: revenue }
`;
const FILES = {
  "transactions.csv": [
    "order_id,customer,date,amount,channel,category,product",
    "1,K1,2025-01-05,20,web,mobiel,P-basic", // first
    "2,K1,2025-02-05,30,web,mobiel,P-plus", // tier 2 > 1: upsell
    "3,K1,2025-02-06,10,store,internet,I1", // new category: cross-sell
    "4,K2,2025-01-10,50,store,tv,T1", // first
    "5,K2,2025-03-10,70,app,tv,T2", // 70 ≥ 1.2 × 50: upsell
  ].join("\n"),
  "products.csv": "product_id,product_name,category,tier,list_price\nP-basic,Basis,mobiel,1,10\nP-plus,Plus,mobiel,2,20\n",
  "journeys/journeys-2025.csv": "Datum;Journey;Klanttype;Bezoekers;Conversies\n05-01-2025;TV-pagina's;Bestaand;1.000;50\n05-02-2025;TV-pagina's;Bestaand;1.000;80\n05-03-2025;TV-pagina's;Nieuw;5;1\n",
  "experiments/ab-tests.csv":
    "experiment,variant,is_control,start_date,end_date,planned_share,visitors,conversions,revenue\nCheckout,A,true,2025-02-01,2025-02-28,0.5,1000,100,\nCheckout,B,false,2025-02-01,2025-02-28,0.5,1000,130,\n",
};

async function build(k: number) {
  const dir = await dataDir({ "klantbeeld.yaml": CONFIG(k), ...FILES });
  const loaded = await loadSources(await readConfig(dir), dir);
  return buildBundle(loaded, await loadFurtherSources(loaded.config, dir), commercialSectionBuilders());
}

describe("commercial sections", () => {
  it("adds series aligned with the month axis, worked by hand (k = 1)", async () => {
    const bundle = await build(1);
    expect(bundle.months).toEqual(["2025-01", "2025-02", "2025-03"]);
    const values = (id: string) => bundle.series.find((s) => s.id === id)?.values;
    expect(values("cross_sell.orders")).toEqual([0, 1, 0]);
    expect(values("cross_sell.revenue")).toEqual([0, 10, 0]);
    expect(values("upsell.orders")).toEqual([0, 1, 1]);
    expect(values("upsell.revenue")).toEqual([0, 30, 70]);
    // Jan: web 1 of 2 orders, 20 of 70 revenue; Feb: web 30 of 40; Mar: only app.
    expect(values("digital.orders_share")).toEqual([0.5, 0.5, 1]);
    expect(values("digital.revenue_share")).toEqual([20 / 70, 0.75, 1]);
    expect(values("channel.store.revenue_share")).toEqual([50 / 70, 0.25, 0]);
    expect(values("journey.tv-paginas.conversion")).toEqual([0.05, 0.08, 0.2]);
    for (const s of bundle.series) expect(s.values).toHaveLength(3);
  });

  it("fills the sections and the row accounts of the new exports", async () => {
    const bundle = await build(1);
    expect(bundle.accounts.map((a) => [a.kind, a.file, a.rowsAccepted])).toEqual([
      ["transactions", "transactions.csv", 5],
      ["products", "products.csv", 2],
      ["journeys", "journeys/journeys-2025.csv", 3],
      ["experiments", "experiments/ab-tests.csv", 2],
    ]);
    const cross = bundle.sections["crossUpsell"] as CrossUpsellSection;
    expect(cross.products).toEqual({ lines: 5, matched: 2, listed: 2 });
    expect(cross.byChannel.map((c) => [c.channel, c.upsell.revenue])).toEqual([
      ["app", [0, 0, 70]],
      ["store", [0, 0, 0]],
      ["web", [0, 30, 0]],
    ]);
    const digital = bundle.sections["digitalShare"] as DigitalShareSection;
    expect(digital.unknownChannels).toEqual([]);
    // Orders per month: Jan web 1 + store 1; Feb web 1 + store 1; Mar app 1.
    expect(digital.channels.map((c) => [c.name, c.group, c.ordersShare])).toEqual([
      ["app", "digital", [0, 0, 1]],
      ["store", "offline", [0.5, 0.5, 0]],
      ["web", "digital", [0.5, 0.5, 0]],
    ]);
    expect(digital.channels.find((c) => c.name === "store")!.revenueShare).toEqual([50 / 70, 0.25, 0]);
    const journeys = bundle.sections["journeys"] as JourneysSection;
    expect(journeys.entries.map((e) => [e.journey, e.segment])).toEqual([
      ["TV-pagina's", null],
      ["TV-pagina's", "Bestaand"],
      ["TV-pagina's", "Nieuw"],
    ]);
    const experiments = bundle.sections["experiments"] as ExperimentsSection;
    expect(experiments.asOf).toBe("2025-03-10");
    expect(experiments.results[0]!.verdict.code).toBe("winner");
  });

  it("hides small groups with the default k = 10 and is byte-identical on a rebuild", async () => {
    const bundle = await build(10);
    const values = (id: string) => bundle.series.find((s) => s.id === id)?.values;
    // One or two customers per month: every cross-/upsell figure is hidden, empty months stay 0.
    expect(values("upsell.orders")).toEqual([0, null, null]);
    // March has 5 visitors: its conversion is hidden.
    expect(values("journey.tv-paginas.conversion")).toEqual([0.05, 0.08, null]);
    const journeys = bundle.sections["journeys"] as JourneysSection;
    expect(journeys.entries[0]!.latest).toBeNull();
    expect(JSON.stringify(await build(10))).toBe(JSON.stringify(bundle));
  });
});

/** Words inside the charts (axis titles, legends, labels written on a chart), Dutch. Charts take them as a parameter. */
import { counted } from "../plural.ts";
export const charts = {
  goal: { actual: "Werkelijk", path: "Gepland pad", projection: "Trend", target: (value: string) => `Doel ${value}` },
  customers: "Klanten",
  rfmGrid: { fm: "FM-score ((F + M) / 2) →", r: "↑ R-score (recentheid)" },
  migration: { new: "Nieuw", out: "Uit beeld", to: "Naar (deze maand) →", from: "↑ Van (vorige maand)" },
  pAlive: { outside: "Buiten RFM-venster", chance: "Kans dat de klant nog actief is (%) →", share: "Aandeel van het segment" },
  calibration: { predicted: "Voorspeld door het model", actual: "Werkelijk", axis: "Herhaalaankopen (cumulatief)" },
  triggerCoverage: "Aanbod op tijd",
  acceptanceLift: "Lift acceptatie",
  /** Charts of the other pages (conversion, experiments, channels, cross-/upsell, customer profile). */
  conversion: "Conversie",
  control: (name: string) => `${name} (controle)`,
  revenueShare: "Aandeel omzet",
  orders: "Orders",
  filled: "Ingevuld",
  silence: { silent: "Stil geworden", returned: "Teruggekomen" },
  /** The ramp legend above a heatmap. */
  ramp: { hidden: (k: number) => `minder dan ${counted(k, "klant", "klanten")} (niet getoond)`, segmentEdge: "rand: kleur van het segment", stayed: "bleef in hetzelfde segment" },
};

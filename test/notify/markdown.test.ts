import { describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { digestMarkdown, safeUrl } from "../../loaders/notify/markdown.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";

const OPTIONS = { siteUrl: "https://example.github.io/klantbeeld/", today: "2026-12-20" };
/** The narrow no-break space of the one percent style (`12,3 %`). */
const S = "\u202F";
/** The no-break space Intl puts after the euro sign in nl-NL (`€ 121.000`). */
const E = "€\u00A0";

describe("digestMarkdown", () => {
  // Worked out by hand from fixtures.ts: revenue 121 000 vs 110 000 (+10 %) and 100 000 (+21 %);
  // new customers 12 vs 0 (no relative change: "–", as on the site); digital share 51,5 % vs
  // 52 % (−0,5 pp) and 40 % (+11,5 pp); lapsed top customers 50 vs 40 (+25 %, bad: better is down).
  // Names from the glossary: "Omzet" → "Netto-omzet", "Afgehaakte topklanten" → "Weggezakte topklanten".
  it("renders the fixture digest (worked out by hand from fixtures.ts)", () => {
    expect(digestMarkdown(digest(currentBundle(), previousBundle(), OPTIONS))).toBe(
      `## Klantbeeld maandrapport 2026-10

**Fietsen &amp; Zo** · data tot en met 2026-11-01 · [Open het dashboard](https://example.github.io/klantbeeld/)

### Kerncijfers oktober 2026

| KPI | Waarde | t.o.v. vorige maand | t.o.v. vorig jaar |
|---|---:|---:|---:|
| Netto-omzet | ${E}121.000 | ▲ +10${S}% (gunstig) | ▲ +21${S}% (gunstig) |
| Nieuwe klanten | 12 | – | – |
| Digitaal aandeel omzet | 51,5${S}% | ▼ −0,5 pp (ongunstig) | ▲ +11,5 pp (gunstig) |
| Weggezakte topklanten | 50 | ▲ +25${S}% (ongunstig) | – |

### Doelen

🟢 Behaald: 1 · 🟢 Op koers: 1 · 🟠 Risico: 1 · 🔴 Uit koers: 1

| Doel | Status | Voortgang | Stand → doel | Deadline |
|---|---|---:|---:|---|
| Digitaal aandeel naar 55 % | 🟠 Risico (was: op koers) | 40${S}% | 51,5${S}% → 55,0${S}% | 2026-12 |
| Omzet Kampioenen +10 % | 🔴 Uit koers | 12${S}% | ${E}95.000 → ${E}110.000 | 2026-12 |

### Opvallende segmentbewegingen

- Kampioen: 230 klanten, +30 (+15${S}%) t.o.v. vorige maand
- Dreigt te vertrekken: 60 klanten, −20 (−25${S}%) t.o.v. vorige maand
- ⚠️ Kampioen, Loyale klant → Vertrokken: 12 klanten
- ⚠️ cant-lose-them → hibernating: 4 klanten

### Datakwaliteit

- ⚠️ De nieuwste transactie is van 2026-11-01, 49 dagen geleden (grens 45 dagen): lever een nieuwe export aan.
- ⚠️ Kanaal &quot;&lt;b&gt;kiosk&lt;/b&gt;&quot; staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.
- ⚠️ data/kassa.csv: 12 van 10.000 rijen afgewezen (0,1${S}%).
- ⚠️ Netto-omzet over september 2026 is herzien: was ${E}108.000, nu ${E}110.000.
`,
    );
  });

  it("escapes labels that try to inject HTML, a table cell, a link or a mention", () => {
    const bundle = currentBundle();
    // A headline series the glossary does not name keeps its own label (here: an attack).
    bundle.series[0]!.id = "trigger.entries";
    bundle.series[0]!.label = '<img src=x onerror="alert(1)"> | [klik](https://evil) @iedereen';
    const md = digestMarkdown(digest(bundle, null, OPTIONS));
    expect(md).toContain(`| &lt;img src=x onerror=&quot;alert(1)&quot;&gt; \\| \\[klik\\](https://evil) @&#8203;iedereen | ${E}121.000 |`);
    expect(md).not.toContain("<img");
  });

  it("leaves out a link that is not a plain http(s) address", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://x.io/a) [b](c")).toBeNull();
    const md = digestMarkdown(digest(currentBundle(), null, { ...OPTIONS, siteUrl: "javascript:alert(1)" }));
    expect(md).not.toContain("Open het dashboard");
  });
});

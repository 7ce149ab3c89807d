/**
 * The digest in English: words from the English catalogue, names from the English glossary,
 * figures in en-GB formats (a Dutch bundle read in English formats with en-GB; the currency
 * stays the data's). Expectations worked out by hand from fixtures.ts.
 */
import { describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { failureMessage } from "../../loaders/notify/failure.ts";
import { digestMarkdown } from "../../loaders/notify/markdown.ts";
import { slackPayload } from "../../loaders/notify/slack.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";

const OPTIONS = { siteUrl: "https://example.github.io/klantbeeld/", today: "2026-12-20" };

describe("the digest in English", () => {
  it("follows the bundle's locale: en-GB → English words and formats", () => {
    const bundle = { ...currentBundle(), locale: "en-GB" };
    const d = digest(bundle, previousBundle(), OPTIONS);
    expect([d.language, d.settings.locale, d.title]).toEqual(["en", "en-GB", "Klantbeeld monthly report 2026-10"]);
  });

  const d = digest(currentBundle(), previousBundle(), { ...OPTIONS, language: "en" });
  const md = digestMarkdown(d);

  it("names the KPIs with the English glossary and formats them en-GB", () => {
    expect(md).toContain("**Fietsen &amp; Zo** · data up to and including 2026-11-01 · [Open the dashboard](https://example.github.io/klantbeeld/)");
    expect(md).toContain("### Key figures October 2026");
    expect(md).toContain("| KPI | Value | vs last month | vs last year |");
    // 121 000 in en-GB; +10 % month on month is good news for revenue.
    expect(md).toMatch(/^\| Net revenue \| €121,000 \| ▲ \+10\s?% \(favourable\) \| ▲ \+21\s?% \(favourable\) \|$/m);
    // 50 lapsed top customers against 40: up, and bad news.
    expect(md).toMatch(/^\| Lapsed top customers \| 50 \| ▲ \+25\s?% \(unfavourable\) \| – \|$/m);
  });

  it("writes goals, segment moves and warnings in English", () => {
    expect(md).toContain("🟢 Achieved: 1 · 🟢 On track: 1 · 🟠 At risk: 1 · 🔴 Off track: 1");
    expect(md).toContain("| Goal | Status | Progress | Actual → target | Deadline |");
    expect(md).toMatch(/^\| Omzet Kampioenen \+10 % \| 🔴 Off track \| 12\s?% \| €95,000 → €110,000 \| 2026-12 \|$/m);
    expect(md).toContain("| 🟠 At risk (was: on track) |");
    // The fixture's RFM section has no English names: the Dutch ones stay, the alert is rebuilt from the segment ids.
    // Segment names in the bundle's English (`name`), not the Dutch `nameNl`.
    expect(md).toMatch(/^- Champions: 230 customers, \+30 \(\+15\s?%\) vs last month$/m);
    expect(md).toContain("- ⚠️ Champions, loyal → lost: 12 customers");
    expect(md).toContain("- ⚠️ The newest transaction is from 2026-11-01, 49 days ago (limit 45 days): deliver a new export.");
    // The bundle stores this warning in Dutch; the digest rebuilds it from the channel's name (HTML escaped in Markdown).
    expect(md).toContain("- ⚠️ Channel &quot;&lt;b&gt;kiosk&lt;/b&gt;&quot; is listed under neither digital nor offline in data/klantbeeld.yaml; it does not count towards the digital share.");
    expect(md).toMatch(/- ⚠️ data\/kassa\.csv: 12 of 10,000 rows rejected \(0\.1\s?%\)\./);
    expect(md).toContain("- ⚠️ Net revenue for September 2026 has been revised: was €108,000, now €110,000.");
  });

  it("gives Slack the same words", () => {
    const payload = slackPayload(d) as { blocks: { text?: { text: string } }[] };
    expect(payload.blocks[2]!.text!.text.split("\n")[0]).toBe("*Key figures October 2026*");
  });

  it("writes the failure notice in English", () => {
    const m = failureMessage({ results: { build: "failure" }, job: "build", step: "Load data", reason: "error: data/x.csv:3:7 bad", runUrl: "https://github.com/o/r/actions/runs/1" }, [], "en");
    expect(m.issue.title).toBe("Klantbeeld: dashboard not updated");
    expect(m.markdown).toBe('## Klantbeeld: dashboard not updated\n\n- **Where**: job “build”, step “Load data”\n- **Reason**: error: data/x.csv:3:7 bad\n- **Run**: https://github.com/o/r/actions/runs/1\n\nThe previous dashboard stays online.\n');
  });
});

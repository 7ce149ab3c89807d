import { describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { slackPayload } from "../../loaders/notify/slack.ts";
import { escapeCard, teamsPayload } from "../../loaders/notify/teams.ts";
import { currentBundle, previousBundle } from "./fixtures.ts";

/** The narrow no-break space of the one percent style, and the no-break space after `€` in nl-NL. */
const [S, E] = ["\u202F", "€\u00A0"];
const D = digest(currentBundle(), previousBundle(), { siteUrl: "https://example.github.io/klantbeeld/", today: "2026-12-20" });

describe("teamsPayload", () => {
  const payload = teamsPayload(D) as { type: string; attachments: { contentType: string; content: { type: string; version: string; body: { type: string; text?: string; facts?: { title: string; value: string }[] }[]; actions: unknown[] } }[] };
  const card = payload.attachments[0]!.content;

  it("is an Adaptive Card in a Workflows message envelope", () => {
    expect(payload.type).toBe("message");
    expect(payload.attachments[0]!.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect([card.type, card.version]).toEqual(["AdaptiveCard", "1.4"]);
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open het dashboard", url: "https://example.github.io/klantbeeld/" }]);
  });
  it("shows the KPIs as facts", () => {
    const facts = card.body.find((b) => b.type === "FactSet")!.facts!;
    expect(facts[0]).toEqual({ title: "Netto-omzet", value: `${E}121.000 · maand ▲ +10${S}% (gunstig) · jaar ▲ +21${S}% (gunstig)` });
  });
  it("lists the goals and the warnings, escaped", () => {
    const texts = card.body.flatMap((b) => [b.text ?? "", ...(b.facts ?? []).map((f) => f.value)]);
    expect(texts).toContain(`🟠 Risico (was: op koers) · 40${S}% · deadline 2026-12`);
    expect(texts.at(-1)).toBe(
      [
        "- ⚠️ De nieuwste transactie is van 2026-11-01, 49 dagen geleden (grens 45 dagen): lever een nieuwe export aan.",
        '- ⚠️ Kanaal "<b>kiosk</b>" staat niet bij digital of offline in data/klantbeeld.yaml; het telt niet mee in het digitale aandeel.',
        `- ⚠️ data/kassa.csv: 12 van 10.000 rijen afgewezen (0,1${S}%).`,
        `- ⚠️ Netto-omzet over september 2026 is herzien: was ${E}108.000, nu ${E}110.000.`,
      ].join("\r"),
    );
    expect(escapeCard("[x](y) *z* a_b")).toBe("\\[x\\](y) \\*z\\* a\\_b");
  });
});

describe("slackPayload", () => {
  const payload = slackPayload(D) as { text: string; blocks: { type: string; text?: { text: string }; elements?: { url?: string }[] }[] };

  it("has a fallback text, a header and a button to the dashboard", () => {
    expect(payload.text).toBe("Klantbeeld maandrapport 2026-10: Fietsen &amp; Zo");
    expect(payload.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Klantbeeld maandrapport 2026-10" } });
    expect(payload.blocks.at(-1)).toEqual({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open het dashboard" }, url: "https://example.github.io/klantbeeld/" }] });
  });
  it("writes the KPIs as mrkdwn bullets", () => {
    expect(payload.blocks[2]!.text!.text).toBe(
      [
        "*Kerncijfers oktober 2026*",
        `• *Netto-omzet*: ${E}121.000 (maand ▲ +10${S}% (gunstig), jaar ▲ +21${S}% (gunstig))`,
        "• *Nieuwe klanten*: 12 (maand –, jaar –)",
        `• *Digitaal aandeel omzet*: 51,5${S}% (maand ▼ −0,5 pp (ongunstig), jaar ▲ +11,5 pp (gunstig))`,
        `• *Weggezakte topklanten*: 50 (maand ▲ +25${S}% (ongunstig), jaar –)`,
      ].join("\n"),
    );
  });
  it("escapes data so it cannot mention or link", () => {
    const bundle = currentBundle();
    bundle.warnings = [{ code: "x", message: "<!channel> kijk <https://evil|hier>" }];
    const text = JSON.stringify(slackPayload(digest(bundle, null, { siteUrl: null, today: "2026-11-02" })));
    expect(text).toContain("&lt;!channel&gt; kijk &lt;https://evil|hier&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain('"actions"');
  });
});

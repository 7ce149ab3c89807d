/**
 * The failure notice: when a job of the deploy workflow fails, managers hear that the dashboard
 * (or the digest, or the campaign lists) was not updated, why in one line, and where the run is.
 * The reason is the failing step's first error line, cleaned: no URL, no secret, no quoted text,
 * no figure (amounts, ids and other long numbers become "…"), at most 300 characters.
 */
import { escapeSlack } from "../lib/escape-html.ts";
import type { Message } from "./send.ts";
import { escapeCard } from "./teams.ts";

/** What went wrong in a run. */
export interface Failure {
  /** Result per job (`success`, `failure`, `cancelled`, `skipped`), from the workflow's `needs`. */
  results: Record<string, string>;
  /** The failing job and step as GitHub names them, when known. */
  job: string | null;
  step: string | null;
  /** The first error line of that step (raw; cleaned by `safeReason`). */
  reason: string | null;
  runUrl: string;
}

/** Jobs whose failure means the site was not updated. */
const SITE_JOBS = ["build", "deploy"];

/** The headline: what did not happen. */
export function failureHeadline(results: Record<string, string>): string {
  const failed = Object.entries(results).filter(([, r]) => r === "failure").map(([job]) => job);
  if (failed.some((j) => SITE_JOBS.includes(j))) return "Dashboard niet bijgewerkt";
  if (failed.includes("digest")) return "Maandrapport niet (volledig) verstuurd";
  if (failed.includes("export")) return "Campagnelijsten niet gemaakt";
  return "Dashboard niet bijgewerkt";
}

/** The reason line without URLs, secrets, quoted values or figures. */
export function safeReason(line: string, secrets: readonly (string | undefined)[] = []): string {
  let text = line
    .replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z\s*/, "")
    .replace(/^##\[error\]/, "")
    .trim();
  for (const s of secrets) if (s && s.length >= 8) text = text.split(s).join("***");
  text = text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[adres]")
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, "“…”")
    .replace(/(?<![\p{L}\p{N}_/.-])[-+€$]?\s?\d(?:[\d.,]*\d)?(?![\p{L}\p{N}_/-]|[.,]\d)/gu, (n) => {
      const digits = n.replace(/\D/g, "");
      return digits.length >= 4 || /\d[.,]\d/.test(n) ? "…" : n;
    });
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** The notice in each channel's form. */
export function failureMessage(f: Failure, secrets: readonly (string | undefined)[] = []): Message & { markdown: string } {
  const headline = failureHeadline(f.results);
  const where = [f.job && `job “${f.job}”`, f.step && `stap “${f.step}”`].filter(Boolean).join(", ") || "onbekende stap";
  const reason = f.reason ? safeReason(f.reason, secrets) : "geen foutregel gevonden; zie de run";
  const kept = SITE_JOBS.some((j) => f.results[j] === "failure") ? "Het vorige dashboard blijft online." : "Het dashboard zelf is bijgewerkt.";
  const title = `Klantbeeld: ${headline.charAt(0).toLowerCase()}${headline.slice(1)}`;
  const markdown = [`## ${title}`, "", `- **Waar**: ${where}`, `- **Reden**: ${reason}`, `- **Run**: ${f.runUrl}`, "", kept, ""].join("\n");
  const teams = {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: `⚠️ ${title}`, weight: "Bolder", size: "Large", color: "Attention", wrap: true },
            { type: "FactSet", facts: [{ title: "Waar", value: escapeCard(where) }, { title: "Reden", value: escapeCard(reason) }] },
            { type: "TextBlock", text: kept, wrap: true },
          ],
          actions: [{ type: "Action.OpenUrl", title: "Open de run", url: f.runUrl }],
        },
      },
    ],
  };
  const slack = {
    text: `${title}: ${escapeSlack(reason)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: `⚠️ ${title}`.slice(0, 150) } },
      { type: "section", text: { type: "mrkdwn", text: `*Waar*: ${escapeSlack(where)}\n*Reden*: ${escapeSlack(reason)}\n${kept}` } },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open de run" }, url: f.runUrl }] },
    ],
  };
  return { what: "storingsmelding", teams, slack, issue: { title, body: markdown, reopen: true }, markdown };
}

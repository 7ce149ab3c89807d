/**
 * The failure notice: when a job of the deploy workflow fails, managers hear that the dashboard
 * (or the digest, or the campaign lists) was not updated, why in one line, and where the run is.
 * The reason is the failing step's first error line, cleaned: no URL, no secret, no quoted text,
 * no figure (amounts, ids and other long numbers become "…"), at most 300 characters.
 */
import { type Language, messages } from "../i18n/index.ts";
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

/** The headline: what did not happen, in `language` (Dutch by default). */
export function failureHeadline(results: Record<string, string>, language: Language = "nl"): string {
  const h = messages(language).failure.headline;
  const failed = Object.entries(results).filter(([, r]) => r === "failure").map(([job]) => job);
  if (failed.some((j) => SITE_JOBS.includes(j))) return h.site;
  if (failed.includes("digest")) return h.digest;
  if (failed.includes("export")) return h.export;
  return h.site;
}

/** The reason line without URLs, secrets, quoted values or figures. */
export function safeReason(line: string, secrets: readonly (string | undefined)[] = [], language: Language = "nl"): string {
  let text = line
    .replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z\s*/, "")
    .replace(/^##\[error\]/, "")
    .trim();
  for (const s of secrets) if (s && s.length >= 8) text = text.split(s).join("***");
  text = text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, messages(language).failure.address)
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, "“…”")
    .replace(/(?<![\p{L}\p{N}_/.-])[-+€$]?\s?\d(?:[\d.,]*\d)?(?![\p{L}\p{N}_/-]|[.,]\d)/gu, (n) => {
      const digits = n.replace(/\D/g, "");
      return digits.length >= 4 || /\d[.,]\d/.test(n) ? "…" : n;
    });
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** The notice in each channel's form, in `language` (the data description's; Dutch by default). */
export function failureMessage(f: Failure, secrets: readonly (string | undefined)[] = [], language: Language = "nl"): Message & { markdown: string } {
  const t = messages(language).failure;
  const headline = failureHeadline(f.results, language);
  const where = [f.job && t.job(f.job), f.step && t.step(f.step)].filter(Boolean).join(", ") || t.unknownStep;
  const reason = f.reason ? safeReason(f.reason, secrets, language) : t.noReason;
  const kept = SITE_JOBS.some((j) => f.results[j] === "failure") ? t.siteKept : t.siteUpdated;
  const title = t.title(headline);
  const markdown = [`## ${title}`, "", `- **${t.where}**: ${where}`, `- **${t.reason}**: ${reason}`, `- **${t.run}**: ${f.runUrl}`, "", kept, ""].join("\n");
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
            { type: "FactSet", facts: [{ title: t.where, value: escapeCard(where) }, { title: t.reason, value: escapeCard(reason) }] },
            { type: "TextBlock", text: kept, wrap: true },
          ],
          actions: [{ type: "Action.OpenUrl", title: t.openRun, url: f.runUrl }],
        },
      },
    ],
  };
  const slack = {
    text: `${title}: ${escapeSlack(reason)}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: `⚠️ ${title}`.slice(0, 150) } },
      { type: "section", text: { type: "mrkdwn", text: `*${t.where}*: ${escapeSlack(where)}\n*${t.reason}*: ${escapeSlack(reason)}\n${kept}` } },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: t.openRun }, url: f.runUrl }] },
    ],
  };
  return { what: t.what, language, teams, slack, issue: { title, body: markdown, reopen: true }, markdown };
}

/**
 * Microsoft Teams: the digest as an Adaptive Card, in the message envelope that a Teams
 * Workflows webhook ("When a Teams webhook request is received" → post card in a channel)
 * accepts. Markdown in card text is limited; data texts are escaped with backslashes.
 */
import { messages } from "../i18n/index.ts";
import { formatCount, formatValue } from "../lib/format.ts";
import type { Digest } from "./digest.ts";
import { deltaText, goalProgress, goalStatus, reportMonthName, safeUrl, segmentChange, statusCounts } from "./markdown.ts";
import { requestJson, type RequestOptions } from "./post-json.ts";

/**
 * Escapes the inline characters Adaptive Card markdown reacts to (emphasis, links, code); the
 * text never starts a line, so list and heading markers need no escape. Newlines become spaces.
 */
export function escapeCard(text: string): string {
  return text.replace(/[\\*_[\]`~]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}

const heading = (text: string) => ({ type: "TextBlock", text, weight: "Bolder", size: "Medium", spacing: "Medium", wrap: true });
const bullets = (items: string[]) => ({ type: "TextBlock", text: items.map((i) => `- ${i}`).join("\r"), wrap: true });
const facts = (pairs: [string, string][]) => ({ type: "FactSet", facts: pairs.map(([title, value]) => ({ title, value })) });

/** The webhook body: `{ type: "message", attachments: [Adaptive Card 1.4] }`. */
export function teamsPayload(d: Digest): unknown {
  const t = messages(d.language).digest;
  const body: unknown[] = [
    { type: "TextBlock", text: d.title, weight: "Bolder", size: "Large", wrap: true },
    { type: "TextBlock", text: `${escapeCard(d.business)} · ${t.dataThrough(d.dataAsOf ?? "–")}`, isSubtle: true, spacing: "None", wrap: true },
  ];
  if (d.report && safeUrl(d.report.url)) body.push({ type: "TextBlock", text: `📄 [${escapeCard(d.report.label)}](${safeUrl(d.report.url)}) (${escapeCard(d.report.note)})`, wrap: true });
  if (d.kpis.length > 0) {
    body.push(heading(t.keyFigures(reportMonthName(d))));
    body.push(facts(d.kpis.map((k) => [escapeCard(k.label), `${formatValue(k.value, k.unit, d.settings)} · ${t.month} ${deltaText(d, k, "mom")} · ${t.year} ${deltaText(d, k, "yoy")}`])));
  }
  if (d.goalCounts) {
    body.push(heading(t.goals));
    body.push({ type: "TextBlock", text: statusCounts(d).join(" · ") || t.noGoals, wrap: true });
    if (d.goals.length > 0) {
      body.push(facts(d.goals.map((g) => [escapeCard(g.title), `${goalStatus(d, g)} · ${goalProgress(d, g)} · ${t.deadline(g.deadline)}`])));
    }
  }
  if (d.segments.length > 0 || d.alerts.length > 0) {
    body.push(heading(t.segmentMoves));
    body.push(bullets([...d.segments.map((s) => t.segmentLine(escapeCard(s.label), formatCount(s.customers, d.settings), segmentChange(d, s))), ...d.alerts.map((a) => `⚠️ ${escapeCard(a.label)}: ${t.customers(formatCount(a.count, d.settings))}`)]));
  }
  if (d.warnings.length > 0) {
    body.push(heading(t.dataQuality));
    body.push(bullets(d.warnings.map((w) => `⚠️ ${escapeCard(w.message)}`)));
  }
  const url = safeUrl(d.siteUrl);
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    msteams: { width: "Full" },
    body,
    ...(url ? { actions: [{ type: "Action.OpenUrl", title: t.openDashboard, url }] } : {}),
  };
  return { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }] };
}

/** Posts the digest to a Teams Workflows webhook; throws a `ChannelError` (without the URL) on failure. */
export async function sendTeams(webhookUrl: string, d: Digest, options: RequestOptions = {}): Promise<void> {
  await requestJson(webhookUrl, teamsPayload(d), options);
}

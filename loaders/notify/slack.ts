/**
 * Slack: the digest as Block Kit blocks for an incoming webhook, with a plain `text` fallback for
 * notifications. Data texts are escaped for mrkdwn (`&`, `<`, `>`), so a label can never become
 * a link or an `@channel` mention.
 */
import { escapeSlack as esc } from "../lib/escape-html.ts";
import { messages } from "../i18n/index.ts";
import { formatCount, formatValue } from "../lib/format.ts";
import type { Digest } from "./digest.ts";
import { deltaText, goalProgress, goalStatus, reportMonthName, safeUrl, segmentChange, STATUS_DOT, statusCounts } from "./markdown.ts";
import { requestJson, type RequestOptions } from "./post-json.ts";

/** Slack's limit on a section's text. */
const SECTION_LIMIT = 3000;
const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text: text.length > SECTION_LIMIT ? `${text.slice(0, SECTION_LIMIT - 1)}…` : text } });

/** The webhook body: `{ text, blocks }`. */
export function slackPayload(d: Digest): unknown {
  const t = messages(d.language).digest;
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: d.title.slice(0, 150) } },
    { type: "context", elements: [{ type: "mrkdwn", text: `${esc(d.business)} · ${t.dataThrough(d.dataAsOf ?? "–")}` }] },
  ];
  if (d.report && safeUrl(d.report.url)) blocks.push(section(`:page_facing_up: <${safeUrl(d.report.url)}|${esc(d.report.label)}> (${esc(d.report.note)})`));
  if (d.kpis.length > 0) {
    const lines = d.kpis.map((k) => `• *${esc(k.label)}*: ${formatValue(k.value, k.unit, d.settings)} (${t.month} ${deltaText(d, k, "mom")}, ${t.year} ${deltaText(d, k, "yoy")})`);
    blocks.push(section(`*${t.keyFigures(reportMonthName(d))}*\n${lines.join("\n")}`));
  }
  if (d.goalCounts) {
    const lines = d.goals.map((g) => `• ${STATUS_DOT[g.status]} *${esc(g.title)}*: ${goalStatus(d, g, false)}, ${goalProgress(d, g)} ${t.progress}, ${t.deadline(g.deadline)}`);
    blocks.push(section([`*${t.goals}*: ${statusCounts(d, false).join(" · ") || t.noGoalsShort}`, ...lines].join("\n")));
  }
  if (d.segments.length > 0 || d.alerts.length > 0) {
    const lines = [...d.segments.map((s) => `• ${t.segmentLine(esc(s.label), formatCount(s.customers, d.settings), segmentChange(d, s))}`), ...d.alerts.map((a) => `• :warning: ${esc(a.label)}: ${t.customers(formatCount(a.count, d.settings))}`)];
    blocks.push(section(`*${t.segmentMoves}*\n${lines.join("\n")}`));
  }
  if (d.warnings.length > 0) blocks.push(section(`*${t.dataQuality}*\n${d.warnings.map((w) => `• :warning: ${esc(w.message)}`).join("\n")}`));
  const url = safeUrl(d.siteUrl);
  if (url) blocks.push({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: t.openDashboard }, url }] });
  return { text: `${d.title}: ${esc(d.business)}`, blocks };
}

/** Posts the digest to a Slack incoming webhook; throws a `ChannelError` (without the URL) on failure. */
export async function sendSlack(webhookUrl: string, d: Digest, options: RequestOptions = {}): Promise<void> {
  await requestJson(webhookUrl, slackPayload(d), options);
}

/**
 * Slack: the digest as Block Kit blocks for an incoming webhook, with a plain `text` fallback for
 * notifications. Data texts are escaped for mrkdwn (`&`, `<`, `>`), so a label can never become
 * a link or an `@channel` mention.
 */
import { escapeSlack as esc } from "../lib/escape-html.ts";
import type { Digest } from "./digest.ts";
import { formatNumber, formatValue, monthName } from "./format.ts";
import { deltaText, safeUrl, segmentChange, STATUS_DOT, STATUS_NL } from "./markdown.ts";
import { requestJson, type RequestOptions } from "./post-json.ts";

/** Slack's limit on a section's text. */
const SECTION_LIMIT = 3000;
const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text: text.length > SECTION_LIMIT ? `${text.slice(0, SECTION_LIMIT - 1)}…` : text } });

/** The webhook body: `{ text, blocks }`. */
export function slackPayload(d: Digest): unknown {
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: d.title.slice(0, 150) } },
    { type: "context", elements: [{ type: "mrkdwn", text: `${esc(d.business)} · data tot en met ${d.dataAsOf ?? "–"}` }] },
  ];
  if (d.report && safeUrl(d.report.url)) blocks.push(section(`:page_facing_up: <${safeUrl(d.report.url)}|${esc(d.report.label)}> (${esc(d.report.note)})`));
  if (d.kpis.length > 0) {
    const lines = d.kpis.map((k) => `• *${esc(k.label)}*: ${formatValue(k.value, k.unit, d.currency)} (maand ${deltaText(k, "mom")}, jaar ${deltaText(k, "yoy")})`);
    blocks.push(section(`*Kerncijfers ${monthName(d.month)}*\n${lines.join("\n")}`));
  }
  if (d.goalCounts) {
    const counts = (Object.keys(STATUS_NL) as (keyof typeof STATUS_NL)[]).filter((s) => (d.goalCounts![s] ?? 0) > 0);
    const lines = d.goals.map((g) => `• ${STATUS_DOT[g.status]} *${esc(g.title)}*: ${STATUS_NL[g.status]}${g.changed && g.previousStatus ? ` (was: ${STATUS_NL[g.previousStatus].toLowerCase()})` : ""}, ${g.progress === null ? "–" : `${formatNumber(g.progress * 100)} %`} voortgang, deadline ${g.deadline}`);
    blocks.push(section([`*Doelen*: ${counts.map((s) => `${STATUS_NL[s]} ${d.goalCounts![s]}`).join(" · ") || "geen"}`, ...lines].join("\n")));
  }
  if (d.segments.length > 0 || d.alerts.length > 0) {
    const lines = [...d.segments.map((s) => `• ${esc(s.label)}: ${formatNumber(s.customers)} klanten, ${segmentChange(s)}`), ...d.alerts.map((a) => `• :warning: ${esc(a.label)}: ${formatNumber(a.count)} klanten`)];
    blocks.push(section(`*Opvallende segmentbewegingen*\n${lines.join("\n")}`));
  }
  if (d.warnings.length > 0) blocks.push(section(`*Datakwaliteit*\n${d.warnings.map((w) => `• :warning: ${esc(w.message)}`).join("\n")}`));
  const url = safeUrl(d.siteUrl);
  if (url) blocks.push({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Open het dashboard" }, url }] });
  return { text: `${d.title}: ${esc(d.business)}`, blocks };
}

/** Posts the digest to a Slack incoming webhook; throws a `ChannelError` (without the URL) on failure. */
export async function sendSlack(webhookUrl: string, d: Digest, options: RequestOptions = {}): Promise<void> {
  await requestJson(webhookUrl, slackPayload(d), options);
}

/**
 * The digest as GitHub-flavoured Markdown, for the job summary and the monthly issue. Every text
 * that comes from data or files (labels, titles, warnings, the business name) is escaped — GitHub
 * renders raw HTML in both places and `core.summary` does not escape table cells.
 */
import { escapeMarkdown as esc } from "../lib/escape-html.ts";
import type { GoalStatus } from "../metrics/goal-tracking.ts";
import type { Digest } from "./digest.ts";
import { deltaTone, formatDelta, formatNumber, formatValue, monthName } from "./format.ts";

/** Dutch status names. */
export const STATUS_NL: Record<GoalStatus | "pending", string> = {
  achieved: "Behaald",
  "on-track": "Op koers",
  "at-risk": "Risico",
  "off-track": "Uit koers",
  pending: "Nog niet gestart",
};

/** A colour dot per status, always next to the name (the dot carries no meaning on its own). */
export const STATUS_DOT: Record<GoalStatus | "pending", string> = { achieved: "🟢", "on-track": "🟢", "at-risk": "🟠", "off-track": "🔴", pending: "⚪" };

/** The address when it is a plain http(s) URL that is safe inside a Markdown link or HTML attribute, else null. */
export function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : null;
}

const TONE = { good: " ▲", bad: " ▼", neutral: "" } as const;

/** A change with an arrow that says whether it is good (▲) or bad (▼) for this KPI. */
export function deltaText(k: Digest["kpis"][number], which: "mom" | "yoy"): string {
  const d = k[which];
  return `${formatDelta(d, k.unit)}${TONE[deltaTone(d, k.better)]}`;
}

/** A signed change in customers with its share: `+156 (+14,5 %)`. */
export function segmentChange(s: Digest["segments"][number]): string {
  const sign = s.change > 0 ? "+" : "";
  const share = s.relative === null ? "" : ` (${s.relative > 0 ? "+" : ""}${formatNumber(s.relative * 100, 1)} %)`;
  return `${sign}${formatNumber(s.change)}${share}`;
}

/** The digest as Markdown. */
export function digestMarkdown(d: Digest): string {
  const lines: string[] = [`## ${d.title}`, ""];
  const url = safeUrl(d.siteUrl);
  const link = url ? ` · [Open het dashboard](${url})` : "";
  lines.push(`**${esc(d.business)}** · data tot en met ${d.dataAsOf ?? "–"}${link}`, "");
  if (d.report && safeUrl(d.report.url)) lines.push(`📄 [${esc(d.report.label)}](${safeUrl(d.report.url)}) (${esc(d.report.note)})`, "");
  if (d.kpis.length > 0) {
    lines.push(`### Kerncijfers ${monthName(d.month)}`, "", "| KPI | Waarde | t.o.v. vorige maand | t.o.v. vorig jaar |", "|---|---:|---:|---:|");
    for (const k of d.kpis) lines.push(`| ${esc(k.label)} | ${formatValue(k.value, k.unit, d.currency)} | ${deltaText(k, "mom")} | ${deltaText(k, "yoy")} |`);
    lines.push("");
  }
  if (d.goalCounts) {
    lines.push("### Doelen", "");
    const counts = (Object.keys(STATUS_NL) as (keyof typeof STATUS_NL)[]).filter((s) => (d.goalCounts![s] ?? 0) > 0);
    lines.push(counts.length ? counts.map((s) => `${STATUS_DOT[s]} ${STATUS_NL[s]}: ${d.goalCounts![s]}`).join(" · ") : "Er zijn geen doelen vastgelegd.", "");
    if (d.goals.length > 0) {
      lines.push("| Doel | Status | Voortgang | Stand → doel | Deadline |", "|---|---|---:|---:|---|");
      for (const g of d.goals) {
        const was = g.changed && g.previousStatus ? ` (was: ${STATUS_NL[g.previousStatus].toLowerCase()})` : "";
        const progress = g.progress === null ? "–" : `${formatNumber(g.progress * 100)} %`;
        lines.push(`| ${esc(g.title)} | ${STATUS_DOT[g.status]} ${STATUS_NL[g.status]}${was} | ${progress} | ${formatValue(g.actual, g.unit, d.currency)} → ${formatValue(g.target, g.unit, d.currency)} | ${g.deadline} |`);
      }
      lines.push("");
    }
  }
  if (d.segments.length > 0 || d.alerts.length > 0) {
    lines.push("### Opvallende segmentbewegingen", "");
    for (const s of d.segments) lines.push(`- ${esc(s.label)}: ${formatNumber(s.customers)} klanten, ${segmentChange(s)} t.o.v. vorige maand`);
    for (const a of d.alerts) lines.push(`- ⚠️ ${esc(a.label)}: ${formatNumber(a.count)} klanten`);
    lines.push("");
  }
  if (d.warnings.length > 0) {
    lines.push("### Datakwaliteit", "");
    for (const w of d.warnings) lines.push(`- ⚠️ ${esc(w.message)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

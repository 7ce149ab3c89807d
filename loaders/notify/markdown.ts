/**
 * The digest as GitHub-flavoured Markdown, for the job summary and the monthly issue. Every text
 * that comes from data or files (labels, titles, warnings, the business name) is escaped — GitHub
 * renders raw HTML in both places and `core.summary` does not escape table cells. Words come from
 * the catalogue (`digest` area) in the digest's language; figures from loaders/lib/format.ts.
 */
import { messages } from "../i18n/index.ts";
import { escapeMarkdown as esc } from "../lib/escape-html.ts";
import { ARROW, deltaView, formatChange, formatCount, formatMonth, formatPercent, formatValue, PERCENT, signed } from "../lib/format.ts";
import { toneWords } from "../lib/glossary.ts";
import type { GoalStatus } from "../metrics/goal-tracking.ts";
import type { Digest, GoalLine } from "./digest.ts";

/** A colour dot per status, always next to the name (the dot carries no meaning on its own). */
export const STATUS_DOT: Record<GoalStatus | "pending", string> = { achieved: "🟢", "on-track": "🟢", "at-risk": "🟠", "off-track": "🔴", pending: "⚪" };

/** Goal statuses in display order. */
export const STATUS_ORDER: readonly (GoalStatus | "pending")[] = ["achieved", "on-track", "at-risk", "off-track", "pending"];

/** The address when it is a plain http(s) URL that is safe inside a Markdown link or HTML attribute, else null. */
export function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : null;
}

/**
 * A change as the site's KPI card shows it: the arrow gives the direction (▲ up, ▼ down, – flat),
 * the word in brackets whether that is good or bad news for this KPI: `▲ +10 % (gunstig)`.
 */
export function deltaText(d: Digest, k: Digest["kpis"][number], which: "mom" | "yoy"): string {
  const view = deltaView(k[which], k.unit, k.better, d.settings);
  if (view.text === "–") return "–";
  const word = view.tone === "neutral" || view.direction === "flat" ? "" : ` (${toneWords(d.language)[view.tone]})`;
  return `${ARROW[view.direction]} ${view.text}${word}`;
}

/** A signed change in customers with its share: `+30 (+15 %)`. */
export function segmentChange(d: Digest, s: Digest["segments"][number]): string {
  const share = s.relative === null ? "" : ` (${signed(s.relative * 100, d.settings, 1)}${PERCENT})`;
  return `${formatChange(s.change, "count", d.settings)}${share}`;
}

/** The status counts of the goals section (`🟢 Behaald: 1 · …`), statuses with none left out. */
export function statusCounts(d: Digest, dots = true): string[] {
  const t = messages(d.language).digest;
  return STATUS_ORDER.filter((s) => (d.goalCounts?.[s] ?? 0) > 0).map((s) => `${dots ? `${STATUS_DOT[s]} ` : ""}${t.status[s]}${dots ? ":" : ""} ${d.goalCounts![s]}`);
}

/** A goal's status with the one before when it changed: `🟠 Risico (was: op koers)`. */
export function goalStatus(d: Digest, g: GoalLine, dot = true): string {
  const t = messages(d.language).digest;
  const was = g.changed && g.previousStatus ? ` ${t.wasStatus(t.status[g.previousStatus])}` : "";
  return `${dot ? `${STATUS_DOT[g.status]} ` : ""}${t.status[g.status]}${was}`;
}

/** A goal's progress as a whole percentage (`40 %`), `–` before it starts. */
export function goalProgress(d: Digest, g: GoalLine): string {
  return g.progress === null ? "–" : formatPercent(g.progress, d.settings, 0);
}

/** The report month as words (`oktober 2026`, `October 2026`). */
export function reportMonthName(d: Digest): string {
  return d.month ? formatMonth(d.month, d.settings.locale) : "–";
}

/** The digest as Markdown. */
export function digestMarkdown(d: Digest): string {
  const t = messages(d.language).digest;
  const vs = messages(d.language).period;
  const lines: string[] = [`## ${d.title}`, ""];
  const url = safeUrl(d.siteUrl);
  const link = url ? ` · [${t.openDashboard}](${url})` : "";
  lines.push(`**${esc(d.business)}** · ${t.dataThrough(d.dataAsOf ?? "–")}${link}`, "");
  if (d.report && safeUrl(d.report.url)) lines.push(`📄 [${esc(d.report.label)}](${safeUrl(d.report.url)}) (${esc(d.report.note)})`, "");
  if (d.kpis.length > 0) {
    lines.push(`### ${t.keyFigures(reportMonthName(d))}`, "", `| ${[...t.kpiHeader, vs.vsLastMonth, vs.vsLastYear].join(" | ")} |`, "|---|---:|---:|---:|");
    for (const k of d.kpis) lines.push(`| ${esc(k.label)} | ${formatValue(k.value, k.unit, d.settings)} | ${deltaText(d, k, "mom")} | ${deltaText(d, k, "yoy")} |`);
    lines.push("");
  }
  if (d.goalCounts) {
    lines.push(`### ${t.goals}`, "");
    const counts = statusCounts(d);
    lines.push(counts.length ? counts.join(" · ") : t.noGoals, "");
    if (d.goals.length > 0) {
      lines.push(`| ${t.goalHeader.join(" | ")} |`, "|---|---|---:|---:|---|");
      for (const g of d.goals) {
        lines.push(`| ${esc(g.title)} | ${goalStatus(d, g)} | ${goalProgress(d, g)} | ${formatValue(g.actual, g.unit, d.settings)} → ${formatValue(g.target, g.unit, d.settings)} | ${g.deadline} |`);
      }
      lines.push("");
    }
  }
  if (d.segments.length > 0 || d.alerts.length > 0) {
    lines.push(`### ${t.segmentMoves}`, "");
    for (const s of d.segments) lines.push(`- ${t.segmentLine(esc(s.label), formatCount(s.customers, d.settings), segmentChange(d, s))} ${t.vsLastMonth}`);
    for (const a of d.alerts) lines.push(`- ⚠️ ${esc(a.label)}: ${t.customers(formatCount(a.count, d.settings))}`);
    lines.push("");
  }
  if (d.warnings.length > 0) {
    lines.push(`### ${t.dataQuality}`, "");
    for (const w of d.warnings) lines.push(`- ⚠️ ${esc(w.message)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

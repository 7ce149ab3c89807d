/**
 * GitHub: one issue per month titled "Klantbeeld maandrapport YYYY-MM" that managers watch.
 * A second run in the same month updates that issue's body instead of opening a duplicate.
 * Failure notices use one issue, "Klantbeeld: dashboard niet bijgewerkt", reopened on each failure.
 * Needs a token with `issues: write` (the workflow's GITHUB_TOKEN in the notify job).
 */
import type { Digest } from "./digest.ts";
import { digestMarkdown } from "./markdown.ts";
import { ChannelError, requestJson, type RequestOptions } from "./post-json.ts";

/** Label put on the monthly issues (and used to find them again). */
export const ISSUE_LABEL = "klantbeeld";
/** GitHub's limit on an issue body. */
const BODY_LIMIT = 65_536;

/** Where and as whom to write. */
export interface IssueTarget {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST API root, `https://api.github.com` unless on GitHub Enterprise (GITHUB_API_URL). */
  apiUrl?: string;
}

interface IssueItem {
  number: number;
  title: string;
  pull_request?: unknown;
}

/** What happened: the issue number and whether it was created or updated. */
export interface IssueResult {
  number: number;
  action: "created" | "updated";
}

/** An issue to write: found again by its exact title (and the label). */
export interface IssueText {
  title: string;
  /** Markdown; cut to GitHub's limit. */
  body: string;
  /** Reopen the issue when it was closed (failure notices: a new failure must be seen). */
  reopen?: boolean;
  /** The line put under a body cut to GitHub's limit, in the message's language (`… (ingekort)` when absent). */
  truncated?: string;
}

/** Creates the issue titled `text.title`, or updates (and optionally reopens) the one that exists. */
export async function upsertIssue(target: IssueTarget, text: IssueText, options: RequestOptions = {}): Promise<IssueResult> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(target.repository)) throw new ChannelError("GITHUB_REPOSITORY is not owner/name");
  const api = `${(target.apiUrl ?? "https://api.github.com").replace(/\/$/, "")}/repos/${target.repository}/issues`;
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${target.token}`,
    "x-github-api-version": "2022-11-28",
    "user-agent": "klantbeeld-notify",
  };
  const list = async (query: string) => {
    const items = await requestJson(`${api}?${query}`, undefined, { ...options, method: "GET", headers });
    return (Array.isArray(items) ? (items as IssueItem[]) : []).filter((i) => !i.pull_request && i.title === text.title);
  };
  // By label first; the label may have been dropped (no permission to create it), so fall back to recent issues.
  const found = (await list(`state=all&labels=${ISSUE_LABEL}&per_page=100`))[0] ?? (await list("state=all&sort=created&direction=desc&per_page=100"))[0];
  const body = text.body.length > BODY_LIMIT ? `${text.body.slice(0, BODY_LIMIT - 40)}\n\n${text.truncated ?? "… (ingekort)"}\n` : text.body;
  if (found) {
    await requestJson(`${api}/${found.number}`, { body, ...(text.reopen ? { state: "open" } : {}) }, { ...options, method: "PATCH", headers });
    return { number: found.number, action: "updated" };
  }
  const created = (await requestJson(api, { title: text.title, body, labels: [ISSUE_LABEL] }, { ...options, method: "POST", headers })) as { number?: number } | null;
  return { number: created?.number ?? 0, action: "created" };
}

/** Creates or updates the month's issue with the digest as Markdown. */
export async function upsertMonthlyIssue(target: IssueTarget, d: Digest, options: RequestOptions = {}): Promise<IssueResult> {
  return upsertIssue(target, { title: d.title, body: digestMarkdown(d) }, options);
}

/**
 * Escaping for text that ends up in HTML or Markdown the project does not control the rendering
 * of: GitHub job summaries (`core.summary` does not escape table cells), issue bodies, and the
 * Slack / Teams message formats. Everything shown there passes through one of these.
 */

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes the five HTML-significant characters. @example escapeHtml("<b>") === "&lt;b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Escapes text for use inside a line of GitHub-flavoured Markdown (which also renders raw HTML):
 * HTML first, then the inline characters that make emphasis, code, links, strike-through or a
 * table cell break (`\\ \` * _ [ ] | ~`); `@` gets a zero-width space so no one is mentioned, and
 * newlines become spaces so a value cannot start a heading or list. The text must not begin a
 * line (callers put a bullet, cell border or label before it).
 * @example escapeMarkdown("a|b *c*") === "a\\|b \\*c\\*"
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, "@&#8203;")
    .replace(/\r?\n|\r/g, " ");
}

/**
 * Escapes text for Slack's mrkdwn: only `&`, `<` and `>` are special (they form links and
 * mentions such as `<!channel>`). @example escapeSlack("<!channel>") === "&lt;!channel&gt;"
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

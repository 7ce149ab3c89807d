import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, escapeSlack } from "../../loaders/lib/escape-html.ts";

describe("escapeHtml", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  });
  it("leaves plain text alone", () => {
    expect(escapeHtml("Omzet € 1.234,56")).toBe("Omzet € 1.234,56");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["*vet* en _schuin_", "\\*vet\\* en \\_schuin\\_"],
    ["[klik](https://x)", "\\[klik\\](https://x)"],
    ["~~weg~~ `code`", "\\~\\~weg\\~\\~ \\`code\\`"],
    ["@team kijk", "@&#8203;team kijk"],
    ["<script>", "&lt;script&gt;"],
    ["regel 1\nregel 2", "regel 1 regel 2"],
    ["2026-10 (+3 %)", "2026-10 (+3 %)"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("escapeSlack", () => {
  it("defuses mentions and links", () => {
    expect(escapeSlack("<!channel> <https://x|y> & co")).toBe("&lt;!channel&gt; &lt;https://x|y&gt; &amp; co");
  });
});

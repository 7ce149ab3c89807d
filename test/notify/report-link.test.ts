/** The digest's link to the monthly report PDF (the report job's artifact page), in every channel. */
import { describe, expect, it } from "vitest";
import { digest } from "../../loaders/notify/digest.ts";
import { digestMarkdown } from "../../loaders/notify/markdown.ts";
import { slackPayload } from "../../loaders/notify/slack.ts";
import { teamsPayload } from "../../loaders/notify/teams.ts";
import { currentBundle } from "./fixtures.ts";

const URL = "https://github.com/acme/klantbeeld/actions/runs/123/artifacts/456";
const options = { siteUrl: null, today: "2026-11-02" };

describe("report link in the digest", () => {
  it("is one line in the Markdown (job summary and issue), Teams and Slack", () => {
    const d = digest(currentBundle(), null, { ...options, reportUrl: URL });
    expect(d.report).toEqual({ url: URL, label: "Maandrapport als PDF", note: "te downloaden voor wie de repository kan lezen" });
    expect(digestMarkdown(d).split("\n").filter((l) => l.includes(URL))).toEqual([`📄 [Maandrapport als PDF](${URL}) (te downloaden voor wie de repository kan lezen)`]);
    const teams = JSON.stringify(teamsPayload(d));
    expect(teams).toContain(JSON.stringify(`📄 [Maandrapport als PDF](${URL}) (te downloaden voor wie de repository kan lezen)`));
    const slack = JSON.stringify(slackPayload(d));
    expect(slack).toContain(JSON.stringify(`:page_facing_up: <${URL}|Maandrapport als PDF> (te downloaden voor wie de repository kan lezen)`));
  });

  it("follows the bundle's language", () => {
    const d = digest({ ...currentBundle(), locale: "en-GB" }, null, { ...options, reportUrl: URL });
    expect(digestMarkdown(d)).toContain(`📄 [Monthly report as PDF](${URL}) (downloadable for readers of the repository)`);
  });

  it("is left out without an address, or with one that is not a plain https URL", () => {
    for (const reportUrl of [undefined, null, "", "javascript:alert(1)", `${URL})[x](https://evil.example`]) {
      const d = digest(currentBundle(), null, { ...options, reportUrl });
      const all = [digestMarkdown(d), JSON.stringify(teamsPayload(d)), JSON.stringify(slackPayload(d))].join("\n");
      expect(all).not.toContain("Maandrapport als PDF");
    }
  });
});

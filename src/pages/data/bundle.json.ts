/**
 * The bundle (aggregates only) in the local build, for the person at the keyboard and the browser
 * tests. It is never published: `npm run protect` leaves `data/bundle.json` out of the folder the
 * deploy workflow uploads, and the digest takes its baseline from its own artifact (docs/automation.md).
 */
import { stableJson } from "../../../loaders/index.ts";
import { bundle } from "../../lib/bundle.ts";

/** `GET /data/bundle.json` at build time. */
export function GET(): Response {
  return new Response(stableJson(bundle), { headers: { "content-type": "application/json" } });
}

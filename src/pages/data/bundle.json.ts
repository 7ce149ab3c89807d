/** Publishes the bundle (aggregates only) so next month's digest can compare against it. */
import { stableJson } from "../../../loaders/lib/stable-json.ts";
import { bundle } from "../../lib/bundle.ts";

/** `GET /data/bundle.json` at build time. */
export function GET(): Response {
  return new Response(stableJson(bundle), { headers: { "content-type": "application/json" } });
}

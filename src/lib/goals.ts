/** Dutch words and badge tones for goal statuses, shared by the goals page and the overview. */
import type { GoalStatus } from "../../loaders/index.ts";

/** Status → label and badge class. */
export const STATUS: Record<GoalStatus | "pending", { label: string; tone: "good" | "bad" | "warn" | "" }> = {
  achieved: { label: "Behaald", tone: "good" },
  "on-track": { label: "Op koers", tone: "good" },
  "at-risk": { label: "Risico", tone: "warn" },
  "off-track": { label: "Uit koers", tone: "bad" },
  pending: { label: "Nog niet gestart", tone: "" },
};

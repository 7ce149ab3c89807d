/**
 * The `Store` an engine load hands the section builders: day range and channel names only. Any
 * section that reaches for orders, lines or customers needs line-level data the engine has not
 * pushed down yet; it gets `EngineUnsupported` instead of a silently empty store.
 */
import type { Store } from "../model/store.ts";

/** Thrown when a section needs the per-order store an engine load does not have. */
export class EngineUnsupported extends Error {
  override readonly name = "EngineUnsupported";
}

/** A store with `firstDay`, `lastDay` and `channels`; every other field throws `EngineUnsupported`. */
export function storeStandIn(firstDay: number, lastDay: number, channels: string[]): Store {
  const known: Partial<Store> = { firstDay, lastDay, channels };
  return new Proxy(known as Store, {
    get(target, key) {
      if (key in target) return target[key as keyof Store];
      if (typeof key === "symbol" || key === "then") return undefined;
      throw new EngineUnsupported(`needs store.${key}`);
    },
  });
}

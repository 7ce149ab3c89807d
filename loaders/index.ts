/**
 * The one public entry of the loaders for the site and the CLIs. Pages import from here only;
 * everything else in `loaders/` is internal.
 */
export { readBundle, seriesById, BUNDLE_PATH } from "./bundle/read-bundle.ts";
export type { Bundle, BundleWarning, FileAccount, Rejection, Series, Unit } from "./bundle/types.ts";
export { BUNDLE_VERSION } from "./bundle/types.ts";
export { delta, deltas, type Delta } from "./lib/deltas.ts";
export { loadBundle } from "./load-bundle.ts";

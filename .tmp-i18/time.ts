import { buildBundle } from "../loaders/bundle/build-bundle.ts";
import { momentSectionBuilders } from "../loaders/bundle/moments.ts";
import { loadSources } from "../loaders/sources/load-sources.ts";
import { readConfig } from "../loaders/sources/read-config.ts";
import { loadMomentSources } from "../loaders/sources/load-moments.ts";
const loaded = await loadSources(await readConfig("data"), "data");
let t = performance.now();
await loadMomentSources(loaded.config, "data");
console.log("read moments", (performance.now() - t).toFixed(0), "ms");
for (let i = 0; i < 2; i++) {
  t = performance.now();
  await buildBundle(loaded, "data", momentSectionBuilders());
  console.log("moments+profile sections incl. read", (performance.now() - t).toFixed(0), "ms");
}

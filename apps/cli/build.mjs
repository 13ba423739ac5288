// Bundles the CLI into one file and puts the validated, packed catalog beside
// it: dist/winerr.js + dist/catalog.json is all a packager has to ship
// (dist/catalog-groups.json, each entry's group, spares matching group rules at start-up).
import { bundle, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
// The release version is set in one place, the root package.json.
const pkg = JSON.parse(await readFile(join(here, "..", "..", "package.json"), "utf8"));

await mkdir(dist, { recursive: true });
const used = [];
used.push(...await bundle({
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(dist, "winerr.js"),
  executable: true,
  define: { __WINERR_VERSION__: JSON.stringify(pkg.version) },
}));
// `winerr tui`, `winerr export` and `winerr show` run these bundles beside winerr.js (cli.ts
// imports them by a computed URL, so winerr.js does not contain them and
// plain decoding never loads Ink, React, zod or the exporter).
// Ship all of dist together; package.mjs copies all of it.
used.push(...await bundle({
  entryPoints: { "winerr-tui": join(here, "src/commands/tui.ts"), "winerr-export": join(here, "src/commands/export.ts"), "winerr-show": join(here, "src/commands/show.ts") },
  outdir: dist,
  ink: true,
}));
// For packagers: where the bundle expects its catalog.
await bundle({ entryPoints: [join(here, "src/catalog-path.ts")], outfile: join(dist, "catalog-path.js") });
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
await writeLicenses(dist, used);

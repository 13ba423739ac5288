// Bundles the CLI into one file and puts the validated, packed catalog beside
// it: dist/winerr.js + dist/catalog.json is all a packager has to ship
// (dist/catalog-groups.json, each entry's group, spares matching group rules at start-up).
import { bundle, copyProgram, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
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
// `winerr show` runs this bundle beside winerr.js (cli.ts imports it by a
// computed URL, so winerr.js does not contain it and plain decoding never
// loads the pages and the group table).
used.push(...await bundle({ entryPoints: { "winerr-show": join(here, "src/commands/show.ts") }, outdir: dist }));
// `winerr tui` and `winerr export` run the TUI's and the export's program
// bundles (Ink and React; zod and the exporter), which their own builds write
// (turbo.json builds them first); copied beside winerr.js, so dist/ is the
// whole folder packagers ship (package.mjs, tooling/release copy all of it).
used.push(...await copyProgram(join(here, "..", "tui", "dist"), "winerr-tui", dist));
used.push(...await copyProgram(join(here, "..", "export", "dist"), "winerr-export", dist));
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
await writeLicenses(dist, used);

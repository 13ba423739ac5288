// Bundles the CLI into one file and puts the validated, packed catalog beside
// it: dist/winerr.js + dist/catalog.json (+ dist/package.json, which says the
// bundles are CommonJS) is all a packager has to ship (dist/catalog-groups.json,
// each entry's group, spares matching group rules at start-up).
import { bundle, withCodeCache, writeCommonJsMarker, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
// The release version is set in one place, the root package.json.
const pkg = JSON.parse(await readFile(join(here, "..", "..", "package.json"), "utf8"));

await mkdir(dist, { recursive: true });
// Left by builds from before the TUI's bundle was winerr-tui.mjs.
await rm(join(dist, "winerr-tui.js"), { force: true });
// CommonJS: node starts it without its ESM loader (docs/bench.md).
await writeCommonJsMarker(dist);
const used = [];
used.push(...await bundle({
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(dist, "winerr.js"),
  executable: true,
  format: "cjs",
  define: { __WINERR_VERSION__: JSON.stringify(pkg.version) },
}));
// `winerr tui`, `winerr export` and `winerr show` run these bundles beside winerr.js (cli.ts
// loads them by a computed path, so winerr.js does not contain them and
// plain decoding never loads Ink, React, zod or the exporter).
// Ship all of dist together; package.mjs copies all of it.
used.push(...await bundle({
  entryPoints: { "winerr-export": join(here, "src/commands/export.ts"), "winerr-show": join(here, "src/commands/show.ts") },
  outdir: dist,
  format: "cjs",
}));
// Ink and Yoga await at the top level, which only ESM can: winerr-tui.mjs.
used.push(...await bundle({
  entryPoints: { "winerr-tui": join(here, "src/commands/tui.ts") },
  outdir: dist,
  outExtension: { ".js": ".mjs" },
  ink: true,
}));
// For packagers: where the bundle expects its catalog.
await bundle({ entryPoints: [join(here, "src/catalog-path.ts")], outfile: join(dist, "catalog-path.js"), format: "cjs" });
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
// winerr.js compiles its bundle with V8's code cache (dist/winerr.js.cache),
// made by one plain decode, the command with the tightest start-up goal.
await withCodeCache(join(dist, "winerr.js"), ["decode", "0x80070005", "--json"]);
// winerr-show.js (pages, the guidance data) too: its top level is most of a cold show.
await withCodeCache(join(dist, "winerr-show.js"), []);
await writeLicenses(dist, used);

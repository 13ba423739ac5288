// Bundles the CLI into one file and puts the validated, packed catalog beside
// it: dist/winerr.js + dist/catalog.json (+ dist/package.json, which says the
// bundles are CommonJS) is all a packager has to ship (dist/catalog-groups.json,
// each entry's group, spares matching group rules at start-up).
import { bundle, copyProgram, withCodeCache, writeCommonJsMarker, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
// The release version is set in one place, the root package.json.
const pkg = JSON.parse(await readFile(join(here, "..", "..", "package.json"), "utf8"));

await mkdir(dist, { recursive: true });
// Left by older builds: the TUI as .mjs, the export as .js, and catalog-path.js.
for (const stale of ["winerr-tui.mjs", "winerr-export.js", "catalog-path.js"]) await rm(join(dist, stale), { force: true });
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
// `winerr show` runs this bundle beside winerr.js (cli.ts loads it by a
// computed path, so winerr.js does not contain it and plain decoding never
// loads the pages and the group table).
used.push(...await bundle({ entryPoints: { "winerr-show": join(here, "src/commands/show.ts") }, outdir: dist, format: "cjs" }));
// `winerr tui` and `winerr export` run the TUI's and the export's program
// bundles (Ink and React; zod and the exporter), which their own builds write
// (turbo.json builds them first); copied beside winerr.js, so dist/ is the
// whole folder packagers ship (package.mjs, tooling/release copy all of it):
// the TUI's is CommonJS with its code cache (winerr-tui.js.cache), the
// export's an ES module, as .mjs (dist/package.json says .js is CommonJS).
used.push(...await copyProgram(join(here, "..", "tui", "dist"), "winerr-tui", dist, "winerr-tui.js"));
used.push(...await copyProgram(join(here, "..", "export", "dist"), "winerr-export", dist, "winerr-export.mjs"));
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
// winerr.js compiles its bundle with V8's code cache (dist/winerr.js.cache),
// made by a plain decode and a search, run one after the other: what they run
// comes compiled (search about 2 ms faster cold, decode under 1 ms slower).
await withCodeCache(join(dist, "winerr.js"), [["decode", "0x80070005", "--json"], ["search", "access", "denied"]]);
// winerr-show.js (pages, the guidance data) too, made by a show run through
// winerr.js: its top level and the page code a show runs.
await withCodeCache(join(dist, "winerr-show.js"), ["show", "13857", "--json"], { via: join(dist, "winerr.js") });
await writeLicenses(dist, used);

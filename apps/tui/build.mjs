// Bundles the TUI into one file and puts the validated, packed catalog beside
// it: dist/main.js, dist/chunks/ (what main.js imports after the first frame)
// and dist/catalog.json are all a packager has to ship (dist/catalog-groups.json,
// each entry's group, spares matching group rules at start-up).
import { bundle, bundleProgram, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

await mkdir(dist, { recursive: true });
// dist/main.js, and in dist/chunks/ what it imports later: the reference
// pages (core's group table, ~450 kB) load after the first frame.
await rm(join(dist, "chunks"), { recursive: true, force: true });
const used = await bundle({ entryPoints: { main: join(here, "src/main.ts") }, outdir: dist, executable: true, ink: true, splitting: true });
// dist/winerr-tui.js: the TUI as one file for `winerr tui` (the CLI's build copies it beside winerr.js).
await bundleProgram({ name: "winerr-tui", entry: join(here, "src/program.ts"), dir: dist, ink: true });
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
await writeLicenses(dist, used);

// Bundles the TUI and puts the validated, packed catalog beside it:
// dist/winerr-tui.js (the program, CommonJS, compiled from V8's code cache
// dist/winerr-tui.js.cache), dist/main.js (the winerr-tui command: runs it),
// dist/package.json (says they are CommonJS) and dist/catalog.json are all
// a packager has to ship (dist/catalog-groups.json, each entry's group,
// spares matching group rules at start-up).
import { bundleProgram, withCodeCache, writeCommonJsMarker, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

await mkdir(dist, { recursive: true });
// Left by older builds: the ES module bundle and its chunks.
await rm(join(dist, "chunks"), { recursive: true, force: true });
// CommonJS: node starts it without its ESM loader, and V8's code cache can
// compile it (vm.Script); tsc's dist/lib stays ES modules.
await writeCommonJsMarker(dist);
await mkdir(join(dist, "lib"), { recursive: true });
await writeFile(join(dist, "lib", "package.json"), JSON.stringify({ type: "module" }) + "\n");
// dist/winerr-tui.js: the program as one file (React, Ink and the page model
// included, each module's code run when first imported), also for `winerr
// tui` (the CLI's build copies it, and its cache, beside winerr.js).
const used = await bundleProgram({ name: "winerr-tui", entry: join(here, "src/program.ts"), dir: dist, ink: true, format: "cjs" });
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
// The code cache holds what a start and the first keys compile (program.ts warmCodeCache, off screen).
await withCodeCache(join(dist, "winerr-tui.js"), [], { call: "warmCodeCache" });
// dist/main.js: the winerr-tui command.
const main = join(dist, "main.js");
await writeFile(
  main + ".tmp",
  `#!/usr/bin/env node
"use strict";
// winerr-tui: the program in winerr-tui.js (build.mjs).
require("./winerr-tui.js").runProgram(process.argv.slice(2), "winerr-tui").then((code) => {
  process.exitCode = code;
});
`,
  { mode: 0o755 },
);
await rename(main + ".tmp", main);
await writeLicenses(dist, used);

// Bundles the export as a program (dist/winerr-export.js, with zod and the
// exporter) for `winerr export`: the CLI's build copies it beside winerr.js.
// dist/main.js (tsc's output) stays the workspace's winerr-export.
import { bundleProgram } from "@winerr/bundle";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
await bundleProgram({ name: "winerr-export", entry: join(here, "src/program.ts"), dir: join(here, "dist") });

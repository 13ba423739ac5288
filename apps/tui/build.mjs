// Bundles the TUI into one file and puts the validated, packed catalog beside
// it: dist/main.js + dist/catalog.json is all a packager has to ship
// (dist/catalog-groups.json, each entry's group, spares matching group rules at start-up).
import { bundle, writeGroupAssignment, writeLicenses, writePackedCatalog } from "@winerr/bundle";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

await mkdir(dist, { recursive: true });
const used = await bundle({ entryPoints: [join(here, "src/main.ts")], outfile: join(dist, "main.js"), executable: true, ink: true });
await writePackedCatalog(dist);
await writeGroupAssignment(dist);
await writeLicenses(dist, used);

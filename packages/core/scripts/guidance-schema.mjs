// Writes the JSON Schemas of the guidance data files (data/guidance/schema/),
// emitted from core's zod schemas (src/guidance-schema.ts) so editors check
// the files as they are typed. Run after the build:
//   pnpm --filter @winerr/core run guidance-schema
// guidance-files.test.ts fails when the committed schemas are stale.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { guidanceJsonSchemas } from "../dist/guidance-schema.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../data/guidance/schema");
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(guidanceJsonSchemas())) {
  writeFileSync(join(dir, name + ".tmp"), text);
  renameSync(join(dir, name + ".tmp"), join(dir, name));
  console.log(`wrote data/guidance/schema/${name}`);
}

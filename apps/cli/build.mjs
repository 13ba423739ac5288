// Bundles the CLI into one file and puts the validated catalog beside it:
// dist/winerr.js + dist/catalog.json is all a packager has to ship.
import { build } from "esbuild";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const pkg = JSON.parse(await readFile(join(here, "package.json"), "utf8"));
const require = createRequire(import.meta.url);

await mkdir(dist, { recursive: true });
const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(dist, "winerr.js"),
  // commander is CommonJS; an ESM bundle needs a real `require` for it.
  banner: { js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  define: { __WINERR_VERSION__: JSON.stringify(pkg.version) },
});
// For packagers: where the bundle expects its catalog.
await build({ ...common, entryPoints: [join(here, "src/catalog-path.ts")], outfile: join(dist, "catalog-path.js") });

// Validate the committed catalog with core's zod schema here, once, so the
// CLI can trust it at runtime; then write its packed form (src/packed.ts)
// beside the bundle, atomically.
const source = require.resolve("@winerr/core/data/catalog.json");
const { parseCatalogFile } = await import("@winerr/core/catalog-file");
const file = parseCatalogFile(JSON.parse(await readFile(source, "utf8")));
const packer = await build({ ...common, entryPoints: [join(here, "src/packed.ts")], write: false, minify: false });
const { packCatalog } = await import("data:text/javascript;base64," + Buffer.from(packer.outputFiles[0].text).toString("base64"));
const target = join(dist, "catalog.json");
await writeFile(target + ".tmp", packCatalog(file));
await rename(target + ".tmp", target);

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
// Ink imports react-devtools-core only when DEV=true; it is not installed,
// so the bundle gets an inert stand-in instead of a missing import.
const noDevtools = {
  name: "no-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default { initialize() {}, connectToDevTools() {} };" }));
  },
};
const banner = { js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" };
await build({
  ...common,
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(dist, "winerr.js"),
  // commander is CommonJS; an ESM bundle needs a real `require` for it.
  banner,
  define: { __WINERR_VERSION__: JSON.stringify(pkg.version) },
});
// `winerr tui` and `winerr export` run these bundles beside winerr.js (cli.ts
// imports them by a computed URL, so winerr.js does not contain them and
// plain decoding never loads Ink, React, zod or the exporter).
// Ship all of dist together; package.mjs copies all of it.
await build({
  ...common,
  entryPoints: { "winerr-tui": join(here, "src/commands/tui.ts"), "winerr-export": join(here, "src/commands/export.ts") },
  outdir: dist,
  jsx: "automatic",
  plugins: [noDevtools],
  // Some of Ink's dependencies are CommonJS too.
  banner: { js: banner.js.replace("#!/usr/bin/env node\n", "") },
  define: { "process.env.NODE_ENV": '"production"' },
});

// For packagers: where the bundle expects its catalog.
await build({ ...common, entryPoints: [join(here, "src/catalog-path.ts")], outfile: join(dist, "catalog-path.js") });

// Validate the committed catalog with core's zod schema here, once, so the
// CLI can trust it at runtime; then write its packed form (core's packed.ts)
// beside the bundle, atomically.
const source = require.resolve("@winerr/core/data/catalog.json");
const { parseCatalogFile } = await import("@winerr/core/catalog-file");
const { packCatalog } = await import("@winerr/core");
const file = parseCatalogFile(JSON.parse(await readFile(source, "utf8")));
const target = join(dist, "catalog.json");
await writeFile(target + ".tmp", packCatalog(file));
await rename(target + ".tmp", target);

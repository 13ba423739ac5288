// Build-time helpers shared by apps/cli and apps/tui: one set of esbuild
// settings for a bundle that runs with plain `node`, and one way to put the
// validated, packed catalog beside it.
import { build } from "esbuild";
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

// Ink imports react-devtools-core only when DEV=true; it is not installed,
// so a bundle gets an inert stand-in instead of a missing import.
const noDevtools = {
  name: "no-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default { initialize() {}, connectToDevTools() {} };" }));
  },
};

// commander and some of Ink's dependencies are CommonJS: an ESM bundle
// needs a real `require`.
const requireShim = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * Bundles entry points into ESM for node 20. `executable` adds the shebang;
 * `ink` adds JSX and the settings an Ink app wants (production React, no
 * devtools, and no `fetch`, so Yoga's wasm loader decodes its inline bytes
 * instead of loading node's HTTP client at every start).
 */
export async function bundle({ entryPoints, outfile, outdir, executable = false, ink = false, define = {} }) {
  await build({
    entryPoints,
    ...(outfile ? { outfile } : { outdir }),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    banner: { js: (executable ? "#!/usr/bin/env node\n" : "") + requireShim },
    ...(ink ? { jsx: "automatic", plugins: [noDevtools] } : {}),
    define: { ...(ink ? { "process.env.NODE_ENV": '"production"', fetch: "undefined" } : {}), ...define },
  });
}

/**
 * Validates core's committed catalog with its zod schema (once, at build
 * time, so the apps can trust it at run time) and writes its packed form to
 * DIR/catalog.json atomically.
 */
export async function writePackedCatalog(dir) {
  const source = require.resolve("@winerr/core/data/catalog.json");
  const { parseCatalogFile } = await import("@winerr/core/catalog-file");
  const { packCatalog } = await import("@winerr/core");
  const file = parseCatalogFile(JSON.parse(await readFile(source, "utf8")));
  const target = join(dir, "catalog.json");
  await writeFile(target + ".tmp", packCatalog(file));
  await rename(target + ".tmp", target);
}

// Bundles the TUI into one file and puts the validated catalog beside it:
// dist/main.js + dist/catalog.json is all a packager has to ship (as apps/cli).
import { build } from "esbuild";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const require = createRequire(import.meta.url);

// Ink imports react-devtools-core only when DEV=true; it is not installed,
// so the bundle gets an inert stand-in instead of a missing import.
const noDevtools = {
  name: "no-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default { initialize() {}, connectToDevTools() {} };" }));
  },
};

await mkdir(dist, { recursive: true });
await build({
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(dist, "main.js"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  jsx: "automatic",
  plugins: [noDevtools],
  // Yoga's wasm loader would fetch() its inline data: URL, which loads
  // node's undici at every start; without fetch it decodes the bytes itself.
  define: { "process.env.NODE_ENV": '"production"', fetch: "undefined" },
  // Some of Ink's dependencies are CommonJS; an ESM bundle needs a real `require`.
  banner: { js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});

// Validate core's committed catalog with its zod schema once, here, so the
// TUI can trust it at runtime; write its packed form (core's packed.ts, read
// in place at startup instead of parsed) beside the bundle atomically.
const source = require.resolve("@winerr/core/data/catalog.json");
const { parseCatalogFile } = await import("@winerr/core/catalog-file");
const { packCatalog } = await import("@winerr/core");
const file = parseCatalogFile(JSON.parse(await readFile(source, "utf8")));
const target = join(dist, "catalog.json");
await writeFile(target + ".tmp", packCatalog(file));
await rename(target + ".tmp", target);

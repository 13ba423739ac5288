// Build-time helpers shared by the apps: one set of esbuild settings for a
// bundle that runs with plain `node`, one way to put the validated, packed
// catalog beside it, and program bundles one app's build copies beside its own.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

// Ink imports react-devtools-core (and, for it, the WebSocket client ws) only
// when DEV=true; the bundle gets inert stand-ins instead: devtools are not
// installed, and ws would be 48 kB that every start parses for nothing.
const STUBS = {
  "react-devtools-core": "export default { initialize() {}, connectToDevTools() {} };",
  ws: "export default class WebSocket { constructor() { throw new Error('no devtools in this build'); } };",
};
const noDevtools = {
  name: "no-devtools",
  setup(b) {
    b.onResolve({ filter: /^(react-devtools-core|ws)$/ }, (args) => ({ path: args.path, namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, (args) => ({ contents: STUBS[args.path] }));
  },
};

// A CommonJS bundle cannot await at its top level, where Ink and Yoga do:
// Ink's reconciler only for its devtools (DEV=true; not in these bundles, see
// noDevtools), Yoga for its WebAssembly. In a CommonJS bundle Ink's devtools
// hook is left out, Yoga's module starts loading its WebAssembly and exports
// the promise as `yogaReady` (its bytes decoded by node, see yogaIndex), and a module of the app named yoga-ready.ts
// (which says Yoga is ready at once, as it is in an ES module) passes that
// promise on: the app awaits it before Ink's first render.
const TOP_LEVEL_AWAITS = [
  // ink/build/reconciler.js
  ["if (isDev()) {\n    try {\n        await import('./devtools.js');", "if (false) {\n    try {"],
  ["const packageJson = isDev()\n    ? await loadPackageJson()\n    :", "const packageJson ="],
];
// Yoga's WebAssembly is base64 text in its loader, which decodes it in
// JavaScript (~25 ms at a cold start); here node's Buffer decodes it and the
// loader gets the bytes (its wasmBinary option), and the loader's copy of the
// text is left out of the bundle.
const YOGA_WASM = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const yogaIndex = (base64) => `import loadYoga from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from "./wrapAssembly.js";
let Yoga;
export const yogaReady = loadYoga({ wasmBinary: Buffer.from(${JSON.stringify(base64)}, "base64") }).then((m) => { Yoga = wrapAssembly(m); });
export { Yoga as default };
export * from "./generated/YGEnums.js";
`;
async function yogaWasm(indexPath) {
  const loader = await readFile(join(dirname(indexPath), "..", "binaries", "yoga-wasm-base64-esm.js"), "utf8");
  const m = YOGA_WASM.exec(loader);
  if (m === null) throw new Error("yoga-layout's wasm loader has changed: see @winerr/bundle's inkCommonJs");
  return m[1];
}
const inkCommonJs = {
  name: "ink-commonjs",
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      let text = await readFile(args.path, "utf8");
      for (const [from, to] of TOP_LEVEL_AWAITS) {
        if (!text.includes(from)) throw new Error(`ink's reconciler.js has changed (no ${JSON.stringify(from.slice(0, 40))}): see @winerr/bundle's inkCommonJs`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: "js" };
    });
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("const Yoga = wrapAssembly(await loadYoga());")) throw new Error("yoga-layout's index.js has changed: see @winerr/bundle's inkCommonJs");
      return { contents: yogaIndex(await yogaWasm(args.path)), loader: "js", resolveDir: dirname(args.path) };
    });
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!YOGA_WASM.test(text)) throw new Error("yoga-layout's wasm loader has changed: see @winerr/bundle's inkCommonJs");
      return { contents: text.replace(YOGA_WASM, 'H="data:application/octet-stream;base64,"'), loader: "js" };
    });
    b.onLoad({ filter: /[\\/]yoga-ready\.ts$/ }, async (args) => {
      // yoga-layout as Ink sees it (a dependency of Ink, not of the app).
      const ink = await b.resolve("ink", { resolveDir: dirname(args.path), kind: "import-statement" });
      if (ink.errors.length > 0) throw new Error(`yoga-ready.ts: ink not found from ${args.path}`);
      return { contents: 'export { yogaReady } from "yoga-layout";', loader: "ts", resolveDir: dirname(ink.path) };
    });
  },
};

// commander and some of Ink's dependencies are CommonJS: an ESM bundle
// needs a real `require`.
const requireShim = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";
// A CommonJS bundle has no import.meta: the sources' import.meta.url
// (files beside the bundle) becomes this file's URL.
const metaUrlShim = "var __winerr_meta_url=require('url').pathToFileURL(__filename).href;";

/**
 * Bundles entry points into ESM for node 20 (`splitting`: with `outdir`,
 * dynamic imports become chunks beside it), or with `format: "cjs"` into
 * CommonJS, which node starts faster (no ESM loader: about 7 ms of a cold
 * start here; the folder then needs a package.json saying so, see
 * writeCommonJsMarker). `executable` adds the shebang;
 * `ink` adds JSX and the settings an Ink app wants (production React, no
 * devtools, and no `fetch`, so Yoga's wasm loader decodes its inline bytes
 * instead of loading node's HTTP client at every start).
 */
export async function bundle({ entryPoints, outfile, outdir, executable = false, ink = false, define = {}, splitting = false, format = "esm", outExtension }) {
  const cjs = format === "cjs";
  const result = await build({
    metafile: true,
    entryPoints,
    ...(outfile ? { outfile } : { outdir }),
    // Code only a dynamic import() needs goes to a chunk of its own, loaded when it is imported.
    ...(splitting ? { splitting: true, chunkNames: "chunks/[name]-[hash]" } : {}),
    bundle: true,
    format,
    ...(outExtension ? { outExtension } : {}),
    platform: "node",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    banner: { js: (executable ? "#!/usr/bin/env node\n" : "") + (cjs ? metaUrlShim : requireShim) },
    ...(ink ? { jsx: "automatic", plugins: cjs ? [noDevtools, inkCommonJs] : [noDevtools] } : {}),
    define: { ...(ink ? { "process.env.NODE_ENV": '"production"', fetch: "undefined" } : {}), ...(cjs ? { "import.meta.url": "__winerr_meta_url" } : {}), ...define },
  });
  return packagesIn(result.metafile);
}

/**
 * A program's bundle for another program to run in its own process
 * (`winerr tui` runs the TUI's, `winerr export` the export's): DIR/NAME.js
 * from `entry`, which exports runProgram(argv, programName), and
 * DIR/NAME.packages.json, the package folders it holds, for the licenses of
 * the folder it is copied into (copyProgram). The folders are written
 * relative to DIR, so the file is the same in every clone and a build cache
 * shared between clones (turbo's) restores one that is true in each.
 */
export async function bundleProgram({ name, entry, dir, ink = false, format = "esm" }) {
  const used = await bundle({ entryPoints: { [name]: entry }, outdir: dir, ink, format });
  const target = join(dir, `${name}.packages.json`);
  await writeFile(target + ".tmp", JSON.stringify(used.map((p) => relative(dir, p).split(sep).join("/"))) + "\n");
  await rename(target + ".tmp", target);
  return used;
}

/**
 * Copies FROM/NAME.js, as bundleProgram wrote it, into TO (as TO/AS, NAME.js
 * when not given), with its code cache (withCodeCache's NAME.js.cache, as
 * AS.cache) when it has one; returns the package folders it holds (for writeLicenses).
 */
export async function copyProgram(from, name, to, as = `${name}.js`) {
  const packages = JSON.parse(await readFile(join(from, `${name}.packages.json`), "utf8")).map((p) => resolve(from, p));
  await copyFile(join(from, `${name}.js`), join(to, as));
  await rm(join(to, `${as}.cache`), { force: true });
  if (existsSync(join(from, `${name}.js.cache`))) await copyFile(join(from, `${name}.js.cache`), join(to, `${as}.cache`));
  return packages;
}

/**
 * DIR/package.json saying its .js files are CommonJS (the workspace package
 * around it says "module"), so node loads a CommonJS bundle there as one.
 */
export async function writeCommonJsMarker(dir) {
  const target = join(dir, "package.json");
  await writeFile(target + ".tmp", JSON.stringify({ type: "commonjs" }) + "\n");
  await rename(target + ".tmp", target);
}

/**
 * Turns the CommonJS bundle FILE into a small loader that holds the bundle
 * as a string and compiles it with V8's code cache from FILE.cache, written
 * here by running the bundle with `warm` as its arguments (or with each of
 * several argument lists, one after the other in one process; with `via`,
 * by running that program, which loads FILE through its loader, with `warm`)
 * (node 20 has no module.enableCompileCache; v8-compile-cache writes its
 * cache to the temp folder at run time and breaks import() in what it
 * loads). A node whose V8 rejects the cache, or a copy without FILE.cache,
 * compiles the bundle as before: the cache only saves time. The string
 * costs the loader a scan of it, not a parse. `warm` empty: the bundle is
 * only loaded (a library bundle such as winerr-show.js: its top level is
 * what costs). `call`: the name of an export that each run calls with its
 * arguments, awaited (a program bundle, which runs nothing when loaded:
 * winerr-tui.js draws its screen off screen).
 */
export async function withCodeCache(file, warm, { via, call } = {}) {
  const text = await readFile(file, "utf8");
  const shebang = text.startsWith("#!") ? text.slice(0, text.indexOf("\n") + 1) : "";
  // __winerr_import: import() from the loader (code that vm compiled cannot
  // import once its code came from the cache; src/sibling.ts uses it).
  const source = `(function (exports, require, module, __filename, __dirname, __winerr_import) {${text.slice(shebang.length)}\n})`;
  const loader = `${shebang}"use strict";
// The bundle, compiled with V8's code cache from winerr.js.cache when this node accepts it (@winerr/bundle withCodeCache).
const source = ${JSON.stringify(source)};
{
  const fs = require("fs");
  const vm = require("vm");
  let cachedData;
  try {
    cachedData = fs.readFileSync(__filename + ".cache");
  } catch {}
  const script = new vm.Script(source, { filename: __filename, cachedData });
  script.runInThisContext()(exports, require, module, __filename, __dirname, (url) => import(url));
}
`.replace("winerr.js.cache", file.split(sep).pop() + ".cache");
  const sourceFile = file + ".source.tmp";
  await writeFile(sourceFile, source);
  await writeFile(file + ".tmp", loader, { mode: 0o755 });
  await rename(file + ".tmp", file);
  try {
    // One command line, or several, run one after the other in one process.
    const runs = warm.length > 0 && Array.isArray(warm[0]) ? warm : [warm];
    const r = spawnSync(process.execPath, [fileURLToPath(new URL("./code-cache.cjs", import.meta.url))], {
      env: { ...process.env, WINERR_CODE_CACHE_FILE: file, WINERR_CODE_CACHE_SOURCE: sourceFile, WINERR_CODE_CACHE_RUNS: JSON.stringify(runs), WINERR_CODE_CACHE_VIA: via ?? "", WINERR_CODE_CACHE_CALL: call ?? "" },
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`code cache for ${file}: the warm-up run exited ${r.status}: ${r.stderr}`);
  } finally {
    await rm(sourceFile, { force: true });
  }
}

/** The package folders (under node_modules) whose files went into a bundle. */
function packagesIn(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const path = resolve(input);
    const at = path.lastIndexOf(`${sep}node_modules${sep}`);
    if (at < 0) continue;
    const rest = path.slice(at + 14).split(sep);
    const name = rest[0].startsWith("@") ? `${rest[0]}${sep}${rest[1]}` : rest[0];
    dirs.add(path.slice(0, at + 14) + name);
  }
  return [...dirs];
}

/**
 * Writes DIR/THIRD-PARTY-LICENSES.txt: name, version, license and the
 * license text of every package the bundles hold (their own license
 * comments are stripped by minifying). `packages` are what bundle() returned.
 */
export async function writeLicenses(dir, packages) {
  const seen = new Map();
  for (const folder of packages) {
    const pkg = JSON.parse(await readFile(join(folder, "package.json"), "utf8"));
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    const files = (await readdir(folder)).filter((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)).sort();
    const texts = await Promise.all(files.map((f) => readFile(join(folder, f), "utf8")));
    const license = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "see text");
    seen.set(key, `${key} (${license})\n\n${texts.join("\n").trim() || "(the package ships no license file; its package.json says " + license + ")"}\n`);
  }
  const body = [...seen.keys()].sort().map((k) => seen.get(k)).join("\n" + "-".repeat(72) + "\n\n");
  const target = join(dir, "THIRD-PARTY-LICENSES.txt");
  await writeFile(target + ".tmp", `Third-party code in the bundles of this folder (${seen.size} packages).\n\n${body}`);
  await rename(target + ".tmp", target);
}

/**
 * Validates core's committed catalog with its zod schema (once, at build
 * time, so the apps can trust it at run time) and writes its packed form to
 * DIR/catalog.json atomically.
 */
export async function writePackedCatalog(dir) {
  const source = require.resolve("@winerr/core/data/catalog.json");
  const { parseCatalogFile } = await import("@winerr/core/catalog-file");
  const { packCatalog, loadCatalog, serializeSearchIndex } = await import("@winerr/core");
  const file = parseCatalogFile(JSON.parse(await readFile(source, "utf8")));
  const target = join(dir, "catalog.json");
  await writeFile(target + ".tmp", packCatalog(file));
  await rename(target + ".tmp", target);
  // The search index beside it (core's search-index.ts), so that a search
  // reads its words' postings instead of indexing the catalog first.
  const index = join(dir, "search-index.json");
  await writeFile(index + ".tmp", serializeSearchIndex(loadCatalog(file)));
  await rename(index + ".tmp", index);
}

/**
 * Validates core's guidance data files with their zod schemas and writes
 * DIR/catalog-groups.json: each row's reviewed group for the packed
 * DIR/catalog.json (core's group-assignment.ts), computed here so no command
 * matches group rules at start-up. Run after writePackedCatalog(DIR).
 */
export async function writeGroupAssignment(dir) {
  const { GroupsFile, ToolsFile } = await import("@winerr/core/guidance-schema");
  const { GUIDANCE_FILES, TOOLS_FILE } = await import("@winerr/core/groups");
  for (const [name, data] of Object.entries(GUIDANCE_FILES)) {
    const r = GroupsFile.safeParse(data);
    if (!r.success) throw new Error(`core data/guidance/${name}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const t = ToolsFile.safeParse(TOOLS_FILE);
  if (!t.success) throw new Error(`core data/guidance/tools.json: ${t.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const { groupOf, packGroupAssignment, PackedCatalog } = await import("@winerr/core");
  const bytes = await readFile(join(dir, "catalog.json"));
  const catalog = new PackedCatalog(bytes);
  const target = join(dir, "catalog-groups.json");
  await writeFile(target + ".tmp", packGroupAssignment(catalog, bytes.length, (i) => groupOf(catalog, i)?.id ?? null));
  await rename(target + ".tmp", target);
}

// Build-time helpers shared by the apps: one set of esbuild settings for a
// bundle that runs with plain `node`, one way to put the validated, packed
// catalog beside it, and program bundles one app's build copies beside its own.
import { build } from "esbuild";
import { copyFile, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";

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

// commander and some of Ink's dependencies are CommonJS: an ESM bundle
// needs a real `require`.
const requireShim = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/**
 * Bundles entry points into ESM for node 20 (`splitting`: with `outdir`,
 * dynamic imports become chunks beside it). `executable` adds the shebang;
 * `ink` adds JSX and the settings an Ink app wants (production React, no
 * devtools, and no `fetch`, so Yoga's wasm loader decodes its inline bytes
 * instead of loading node's HTTP client at every start).
 */
export async function bundle({ entryPoints, outfile, outdir, executable = false, ink = false, define = {}, splitting = false }) {
  const result = await build({
    metafile: true,
    entryPoints,
    ...(outfile ? { outfile } : { outdir }),
    // Code only a dynamic import() needs goes to a chunk of its own, loaded when it is imported.
    ...(splitting ? { splitting: true, chunkNames: "chunks/[name]-[hash]" } : {}),
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
  return packagesIn(result.metafile);
}

/**
 * A program's bundle for another program to run in its own process
 * (`winerr tui` runs the TUI's, `winerr export` the export's): DIR/NAME.js
 * from `entry`, which exports runProgram(argv, programName), and
 * DIR/NAME.packages.json, the package folders it holds, for the licenses of
 * the folder it is copied into (copyProgram).
 */
export async function bundleProgram({ name, entry, dir, ink = false }) {
  const used = await bundle({ entryPoints: { [name]: entry }, outdir: dir, ink });
  await writeFile(join(dir, `${name}.packages.json`), JSON.stringify(used) + "\n");
  return used;
}

/** Copies FROM/NAME.js, as bundleProgram wrote it, into TO; returns the package folders it holds (for writeLicenses). */
export async function copyProgram(from, name, to) {
  const packages = JSON.parse(await readFile(join(from, `${name}.packages.json`), "utf8"));
  await copyFile(join(from, `${name}.js`), join(to, `${name}.js`));
  return packages;
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

#!/usr/bin/env node
// Writes a self-contained WinErr module folder (default: out/WinErr at the
// repository root): manifest (its ModuleVersion set to the release version
// of the root package.json), module, format file, the about_WinErr help
// topic, LICENSE and NOTICE, the bundled CLI and its catalog under cli/, and
// names.txt for Tab completion. Built in a temporary folder beside the
// target, then renamed into place. tooling/release publishes this folder as
// the WinErr nupkg.
//   node package.mjs [--out DIR] [--cli-dist DIR] [--catalog FILE]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..", "..");

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = process.argv[at + 1];
  if (!value || value.startsWith("--")) fail(`${name} needs a value`);
  return resolve(value);
}
function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
}

const out = option("--out", join(repo, "out", "WinErr"));
const cliDist = option("--cli-dist", join(repo, "apps", "cli", "dist"));
const catalogFile = option("--catalog", join(repo, "packages", "core", "data", "catalog.json"));
const moduleSrc = join(here, "WinErr");

const cliJs = join(cliDist, "winerr.js");
if (!existsSync(cliJs)) fail(`${cliJs} is missing: build the CLI first (pnpm run build)`);
const distCatalog = join(cliDist, "catalog.json");
if (!existsSync(distCatalog)) fail(`${distCatalog} is missing: the CLI build should put the catalog beside winerr.js`);

// names.txt: the first element of every entry tuple, deduplicated, sorted.
const names = new Set();
if (!existsSync(catalogFile)) fail(`${catalogFile} is missing: it is the source of names.txt`);
const source = catalogFile;
const catalog = JSON.parse(readFileSync(source, "utf8"));
if (!Array.isArray(catalog.entries)) fail(`${source} has no entries array`);
for (const entry of catalog.entries) {
  const name = Array.isArray(entry) ? entry[0] : entry && entry.name;
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(`${source}: an entry without a valid name`);
  names.add(name);
}
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const parent = dirname(out);
mkdirSync(parent, { recursive: true });
const temp = join(parent, `.${Date.now()}-${process.pid}.tmp`);
try {
  mkdirSync(join(temp, "cli"), { recursive: true });
  for (const file of ["WinErr.psm1", "WinErr.format.ps1xml"]) cpSync(join(moduleSrc, file), join(temp, file));
  cpSync(join(moduleSrc, "en-US"), join(temp, "en-US"), { recursive: true });
  for (const file of ["LICENSE", "NOTICE"]) cpSync(join(repo, file), join(temp, file));
  // The release version is set once, in the root package.json.
  const { version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const manifest = readFileSync(join(moduleSrc, "WinErr.psd1"), "utf8");
  const stamped = manifest.replace(/^(\s*ModuleVersion\s*=\s*)'[^']*'/m, `$1'${version}'`);
  if (!/^\d+\.\d+\.\d+$/.test(version) || stamped === manifest && !manifest.includes(`'${version}'`)) fail(`cannot set ModuleVersion ${version} in WinErr.psd1`);
  writeFileSync(join(temp, "WinErr.psd1"), stamped);
  // The whole CLI build (it may have chunks), without source maps, types or
  // V8 code caches (valid only for the Node.js that built them; winerr.js runs the same without).
  for (const file of readdirSync(cliDist)) {
    if (file.endsWith(".map") || file.endsWith(".d.ts") || file.endsWith(".cache")) continue;
    const from = join(cliDist, file);
    cpSync(from, join(temp, "cli", file), { recursive: statSync(from).isDirectory() });
  }
  // Keep the module type of the build's bundles (its dist/package.json), so node reads winerr.js as it does there.
  const distPackage = join(cliDist, "package.json");
  const type = existsSync(distPackage) ? JSON.parse(readFileSync(distPackage, "utf8")).type : JSON.parse(readFileSync(join(repo, "apps", "cli", "package.json"), "utf8")).type;
  writeFileSync(join(temp, "cli", "package.json"), JSON.stringify({ name: "winerr-bundled", private: true, type: type || "commonjs" }, null, 2) + "\n");
  writeFileSync(join(temp, "names.txt"), sorted.join("\n") + "\n");
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
} catch (error) {
  rmSync(temp, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}
process.stdout.write(`package: wrote ${out} (${sorted.length} names, CLI from ${cliDist})\n`);

#!/usr/bin/env node
// Packs the release files from the built workspace into DIR (default dist/):
//   winerr-<version>.tgz          the winerr npm package (bins winerr, winerr-tui, winerr-export)
//   winerr-catalog-<version>.tgz  the catalog as data (JSON, NDJSON, CSV, JSON Schema, TypeScript types)
//   WinErr.<version>.nupkg        the PowerShell module (needs pwsh; skipped without it unless --require-nupkg)
// Each package is laid out in a staging folder with a package.json written
// here (no workspace dependencies, nothing but what ships), then packed by
// `npm pack` / PSResourceGet's Publish-PSResource. Same commit, same bytes:
// see README.md beside this file.
//   node pack.mjs [--out DIR] [--require-nupkg]
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";
import { normalizeNupkg } from "./nupkg.mjs";
import { findTool, missingReason } from "@winerr/host/tools";
import { REPO, releaseInfo } from "./common.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--out");
const out = resolve(at >= 0 ? (args[at + 1] ?? fail("--out needs a folder")) : join(here, "dist"));
const requireNupkg = args.includes("--require-nupkg");

function fail(message) {
  process.stderr.write(`pack: ${message}\n`);
  process.exit(1);
}

const info = releaseInfo();
const { version } = info;
const cliDist = join(REPO, "apps", "cli", "dist");
for (const f of ["winerr.js", "winerr-tui.js", "winerr-export.mjs", "winerr-show.js", "package.json", "catalog.json", "catalog-groups.json", "THIRD-PARTY-LICENSES.txt"]) {
  if (!existsSync(join(cliDist, f))) fail(`apps/cli/dist/${f} is missing: build first (pnpm run build)`);
}

const work = mkdtempSync(join(tmpdir(), "winerr-pack-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const staged = join(work, "out");
mkdirSync(staged);

/** Files 0644, folders and bins 0755, whatever the umask: the tarballs carry modes. */
function fixModes(dir, executable = () => false) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      chmodSync(path, 0o755);
      fixModes(path, executable);
    } else chmodSync(path, executable(path) ? 0o755 : 0o644);
  }
}

function writeJson(path, value) {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
}

function npmPack(dir) {
  const json = execFileSync("npm", ["pack", "--json", "--pack-destination", staged], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, npm_config_ignore_scripts: "true", npm_config_update_notifier: "false", npm_config_fund: "false" },
  });
  const [result] = JSON.parse(json);
  return result.filename;
}

const common = {
  version,
  license: "MIT",
  author: "the WinErr authors",
  homepage: info.homepage,
  repository: info.repository,
  bugs: info.bugs,
};

// winerr: the bundles and the packed catalog, started through bin/*.cjs.
{
  const dir = join(work, "winerr");
  mkdirSync(join(dir, "dist"), { recursive: true });
  mkdirSync(join(dir, "bin"));
  // All of the CLI's build (bundles, packed catalog and what its build puts
  // beside it), as the PowerShell packager copies it; not maps or types,
  // nor V8 code caches (*.cache:
  // valid only for the Node.js that built them, and not the same bytes from
  // one build to the next; winerr.js runs the same without one).
  for (const f of readdirSync(cliDist).sort()) {
    if (f.endsWith(".map") || f.endsWith(".d.ts") || f.endsWith(".cache")) continue;
    cpSync(join(cliDist, f), join(dir, "dist", f), { recursive: true });
  }
  const template = readFileSync(join(here, "node-check.cjs"), "utf8");
  const [major, minor] = info.minNode;
  // winerr.js (CommonJS) runs when required; the TUI's bundle (CommonJS)
  // and the export's (an ES module) are programs that winerr.js also runs
  // (`winerr tui`), called with their own name.
  const bins = { winerr: "winerr.js", "winerr-tui": "winerr-tui.js", "winerr-export": "winerr-export.mjs" };
  for (const [bin, entry] of Object.entries(bins)) {
    const text = template
      .replace("__ENTRY__", entry)
      .replaceAll("__BIN__", bin)
      .replace("__MAJOR__", String(major))
      .replace("__MINOR__", String(minor));
    writeFileSync(join(dir, "bin", `${bin}.cjs`), text);
  }
  for (const f of ["LICENSE", "NOTICE", "CHANGELOG.md"]) cpSync(join(REPO, f), join(dir, f));
  cpSync(join(here, "winerr.README.md"), join(dir, "README.md"));
  writeJson(join(dir, "package.json"), {
    name: "winerr",
    ...common,
    description: "Decode Windows error codes (Win32, HRESULT, NTSTATUS, bug check) offline, on any OS: a CLI made for scripts and PowerShell, a terminal UI and a data export.",
    keywords: ["windows", "error-code", "hresult", "ntstatus", "win32", "getlasterror", "bugcheck", "winerror", "decode", "cli", "tui", "offline"],
    type: "module",
    bin: Object.fromEntries(Object.keys(bins).map((b) => [b, `bin/${b}.cjs`])),
    files: ["bin/", "dist/", "NOTICE", "CHANGELOG.md"],
    engines: { node: info.engines },
  });
  fixModes(dir, (p) => p.startsWith(join(dir, "bin") + sep));
  npmPack(dir);
}

// winerr-catalog: the exporter's four files, types generated from the schema.
{
  const dir = join(work, "winerr-catalog");
  mkdirSync(dir);
  execFileSync(process.execPath, [join(REPO, "apps", "export", "dist", "main.js"), "--out", dir, "--format", "all"], { stdio: ["ignore", "inherit", "inherit"] });
  const doc = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8"));
  const schema = JSON.parse(readFileSync(join(dir, "catalog.schema.json"), "utf8"));
  // json-schema-to-typescript names the root type after its title.
  const types = await compile({ ...schema, title: "WinErrCatalog" }, "WinErrCatalog", {
    bannerComment: `/* Types of winerr-catalog ${version}: generated by tooling/release/pack.mjs with json-schema-to-typescript\n   from catalog.schema.json (itself generated from WinErr's zod schema). Do not edit. */`,
    additionalProperties: false,
    format: true,
    style: { singleQuote: false, printWidth: 100 },
  });
  // catalog.json is the module either way: ESM's default import and
  // CommonJS's require() are the document itself, typed once for each.
  writeFileSync(join(dir, "index.d.mts"), `${types}\n/** catalog.json: \`import catalog from "winerr-catalog" with { type: "json" }\`. */\ndeclare const catalog: WinErrCatalog;\nexport default catalog;\n`);
  writeFileSync(
    join(dir, "index.d.cts"),
    `${types.replace(/\*\/\n/, "*/\ndeclare namespace catalog {\n")}}\n/** catalog.json: \`const catalog = require("winerr-catalog")\`. */\ndeclare const catalog: catalog.WinErrCatalog;\nexport = catalog;\n`,
  );
  cpSync(join(REPO, "LICENSE"), join(dir, "LICENSE"));
  cpSync(join(REPO, "NOTICE"), join(dir, "NOTICE"));
  writeFileSync(join(dir, "README.md"), catalogReadme(doc));
  const data = { import: { types: "./index.d.mts", default: "./catalog.json" }, require: { types: "./index.d.cts", default: "./catalog.json" } };
  writeJson(join(dir, "package.json"), {
    name: "winerr-catalog",
    ...common,
    description: `The WinErr catalog of Windows error codes as data: ${doc.counts.entries} entries (Win32, HRESULT, NTSTATUS, bug check) read from ${doc.sources.map((s) => `${s.name} ${s.version}`).join(" and ")}; JSON, NDJSON, CSV, a JSON Schema and TypeScript types.`,
    keywords: ["windows", "error-code", "hresult", "ntstatus", "win32", "bugcheck", "winerror", "catalog", "dataset", "json-schema"],
    // Which catalog this is: what the files hold, beside the package version.
    winerrCatalog: { schemaVersion: doc.schemaVersion, buildDate: doc.buildDate, sources: doc.sources, entries: doc.counts.entries, withMessage: doc.counts.withMessage },
    types: "./index.d.cts",
    main: "./catalog.json",
    exports: {
      ".": data,
      "./catalog.json": data,
      "./catalog.ndjson": "./catalog.ndjson",
      "./catalog.csv": "./catalog.csv",
      "./catalog.schema.json": "./catalog.schema.json",
      "./package.json": "./package.json",
    },
    files: ["catalog.json", "catalog.ndjson", "catalog.csv", "catalog.schema.json", "index.d.mts", "index.d.cts", "NOTICE"],
  });
  fixModes(dir);
  npmPack(dir);
}

// WinErr.<version>.nupkg: the module folder, published by PSResourceGet into
// a folder repository, then made reproducible (nupkg.mjs).
// pwsh as the tests find it (.tools/pwsh, else PATH; WINERR_HIDE_TOOLS hides it).
const pwshTool = findTool("pwsh");
const pwsh = pwshTool.path;
if (pwsh === undefined) {
  if (requireNupkg) fail(`the nupkg needs pwsh: ${missingReason(pwshTool)}`);
  process.stderr.write(`pack: WinErr nupkg NOT made: ${missingReason(pwshTool)}\n`);
} else {
  const module = join(work, "module", "WinErr");
  execFileSync(process.execPath, [join(REPO, "apps", "cli", "powershell", "package.mjs"), "--out", module], { stdio: ["ignore", "ignore", "inherit"] });
  fixModes(join(work, "module"));
  const repo = join(work, "psrepo");
  mkdirSync(repo);
  // PSResourceGet keeps its repository list under HOME. The folders must
  // exist: .NET resolves a missing one to "" and the files land in the cwd.
  const home = join(work, "home");
  mkdirSync(join(home, ".local", "share"), { recursive: true });
  mkdirSync(join(home, ".config"), { recursive: true });
  const quote = (s) => `'${s.replace(/'/g, "''")}'`;
  const script = `
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Register-PSResourceRepository -Name WinErrPack -Uri ${quote(repo)} -Trusted
Publish-PSResource -Path ${quote(module)} -Repository WinErrPack
`;
  const r = spawnSync(pwsh, ["-NoProfile", "-NonInteractive", "-Command", script], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_DATA_HOME: join(home, ".local", "share"), POWERSHELL_TELEMETRY_OPTOUT: "1", POWERSHELL_UPDATECHECK: "Off", DOTNET_CLI_TELEMETRY_OPTOUT: "1", NO_COLOR: "1" },
  });
  if (r.status !== 0) fail(`Publish-PSResource failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`);
  const name = `WinErr.${version}.nupkg`;
  if (!existsSync(join(repo, name))) fail(`Publish-PSResource wrote ${readdirSync(repo).join(", ") || "nothing"}, not ${name}`);
  writeFileSync(join(staged, name), normalizeNupkg(readFileSync(join(repo, name)), info.sourceDateEpoch));
}

// Swap the finished files into place: DIR holds this run's files only.
mkdirSync(dirname(out), { recursive: true });
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
fixModes(staged);
renameSync(staged, out);
rmSync(old, { recursive: true, force: true });
for (const f of readdirSync(out).sort()) process.stdout.write(`pack: ${relative(REPO, join(out, f))} (${statSync(join(out, f)).size} bytes)\n`);

function catalogReadme(doc) {
  const kinds = Object.entries(doc.counts.byKind).map(([k, n]) => `${k} ${n}`).join(", ");
  return `# winerr-catalog ${version}

The ${info.homepage ? `[WinErr](${info.homepage})` : "WinErr"} catalog of Windows error codes as data files,
for scripts, log pipelines, SIEM lookups and programs in any language.
Every entry was read from public headers by WinErr's importer, with the
header and line it came from; nothing is typed by hand.

This version holds the catalog of WinErr ${version} (written by tooling/release/pack.mjs from \`winerr-export --format all\`):

| | |
| --- | --- |
| entries | ${doc.counts.entries} (${kinds}) |
| with their official message | ${doc.counts.withMessage} |
| headers | ${doc.counts.headers} |
| catalog build date | ${doc.buildDate} (the newest source read) |
| export format | ${doc.schemaVersion} (\`schemaVersion\`, semver) |
${doc.sources.map((s) => `| source \`${s.id}\` | ${s.name} ${s.version} |`).join("\n")}

The same facts are in \`package.json\` (\`winerrCatalog\`) and in catalog.json
itself (\`buildDate\`, \`sources\`, \`counts\`).

## Files

| file | what |
| --- | --- |
| \`catalog.json\` | the whole catalog: header fields, then \`entries\`, one per line |
| \`catalog.ndjson\` | one entry per line, the same objects |
| \`catalog.csv\` | RFC 4180, a header row, one entry per row |
| \`catalog.schema.json\` | JSON Schema 2020-12 of catalog.json; \`#/$defs/entry\` is one entry |
| \`index.d.mts\`, \`index.d.cts\` | TypeScript types generated from that schema (for import and for require) |

## Use

\`\`\`js
// Node.js, ESM (CommonJS: require("winerr-catalog"))
import catalog from "winerr-catalog" with { type: "json" };
const byValue = new Map(catalog.entries.map((e) => [e.hex, e]));
console.log(byValue.get("0x80070005")?.name);

// Paths, for streaming the NDJSON or handing the CSV to another tool:
const ndjson = new URL(import.meta.resolve("winerr-catalog/catalog.ndjson"));
\`\`\`

\`\`\`ts
import type { WinErrCatalog } from "winerr-catalog";
\`\`\`

The file layout, every field and examples for jq, PowerShell and Python
are in the exporter's documentation (apps/export/README.md in the WinErr repository${info.homepage ? `: ${info.homepage}/tree/main/apps/export#readme` : ""}).

## License

The package is MIT licensed (LICENSE). The data are facts read from the
Windows SDK headers and the mingw-w64 headers; NOTICE names the sources.
`;
}

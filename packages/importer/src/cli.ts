#!/usr/bin/env node
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serializeCatalog } from "./catalog.js";
import { writeAtomic } from "./atomic.js";
import { runImport } from "./importer.js";
import { renderReport } from "./report.js";
import { MINGW, SDK } from "./sources.js";

/** An error the user can fix: one line on stderr and an exit code. */
class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) { super(message); }
}

const HELP = `Usage: winerr-import [--sdk DIR] [--mingw DIR] [--out FILE] [--report FILE]

Reads Windows SDK and mingw-w64 headers and writes WinErr's catalog.
  --sdk DIR      SDK include tree (default: ${SDK.defaultRoot})
  --mingw DIR    mingw-w64 include tree (default: ${MINGW.defaultRoot})
  --out FILE     catalog JSON to write (default: packages/core/data/catalog.json)
  --report FILE  import report to write (default: packages/importer/REPORT.md)
  --help         show this help
Get the sources with packages/importer/scripts/fetch-sources.sh.
Exit codes: 0 written, 2 usage or missing sources, 3 internal error.`;

interface Options { sdk: string; mingw: string; out: string; report: string }

function parseArgs(argv: string[], repoRoot: string): Options | "help" {
  const opts: Options = {
    sdk: SDK.defaultRoot,
    mingw: MINGW.defaultRoot,
    out: resolve(repoRoot, "packages/core/data/catalog.json"),
    report: resolve(repoRoot, "packages/importer/REPORT.md"),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") return "help";
    if (a === "--debug") continue;
    const key = ({ "--sdk": "sdk", "--mingw": "mingw", "--out": "out", "--report": "report" } as const)[a as "--sdk"];
    if (key === undefined) throw new UsageError(`unknown argument '${a}' (see --help)`);
    const v = argv[++i];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
    opts[key] = resolve(v);
  }
  return opts;
}

function main(): void {
  // dist/cli.js lives in packages/importer/dist: the repo root is three levels up.
  const repoRoot = resolve(import.meta.dirname, "../../..");
  const opts = parseArgs(process.argv.slice(2), repoRoot);
  if (opts === "help") { process.stdout.write(`${HELP}\n`); return; }
  for (const [flag, dir] of [["--sdk", opts.sdk], ["--mingw", opts.mingw]] as const) {
    if (!existsSync(dir)) throw new UsageError(`${flag} ${dir} does not exist; run packages/importer/scripts/fetch-sources.sh to get it`);
  }
  const result = runImport({ root: opts.sdk, source: SDK.source }, { root: opts.mingw, source: MINGW.source });
  writeAtomic(opts.out, serializeCatalog(result.catalog));
  writeAtomic(opts.report, renderReport(result));
  const n = result.catalog.entries.length;
  const withMsg = result.catalog.entries.filter((e) => e[3] !== null).length;
  process.stderr.write(`wrote ${n} entries (${withMsg} with message) to ${opts.out}\n`);
}

try {
  main();
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`winerr-import: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(`winerr-import: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.argv.includes("--debug") && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 3;
  }
}

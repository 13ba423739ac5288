#!/usr/bin/env node
import { existsSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { errorLine, ExitError, exitCodeOf } from "@winerr/host/errors";
import { parseFlags } from "@winerr/host/flags";
import { writeFileAtomic } from "@winerr/host/output";
import { serializeCatalog } from "./catalog.js";
import { DotnetRuntimeError, DOTNET_RUNTIME_PACKAGE, readDotnetRuntime } from "./dotnet.js";
import { applyDotnet, applyMui, runImport } from "./importer.js";
import { MUI_FILE, muiSummary } from "./mui.js";
import { renderReport } from "./report.js";
import { DOTNET, MINGW, SDK, WINE } from "./sources.js";

const HELP = `Usage: winerr-import [--sdk DIR] [--mingw DIR] [--wine DIR] [--dotnet-runtime DIR | --no-dotnet-runtime] [--out FILE] [--report FILE] [--mui DIR [--fill-missing-from-mui]]

Reads Windows SDK, mingw-w64 and Wine headers (in that order of authority)
and writes WinErr's catalog.
  --sdk DIR      SDK include tree (default: ${SDK.defaultRoot})
  --mingw DIR    mingw-w64 include tree (default: ${MINGW.defaultRoot})
  --wine DIR     Wine include tree (default: ${WINE.defaultRoot})
  --dotnet-runtime DIR
                 a ${DOTNET_RUNTIME_PACKAGE}/<version> folder: HRESULT entries
                 without a header text take the .NET runtime's text from its
                 mscorrc.dll (default: the newest restored under ${DOTNET.nugetRoot})
  --no-dotnet-runtime
                 do not read the .NET runtime
  --out FILE     catalog JSON to write (default: packages/core/data/catalog.json)
  --report FILE  import report to write (default: packages/importer/REPORT.md)
  --mui DIR      also read the message tables of DIR's *.mui (and PE *.dll, *.exe)
                 files (en-US, or a file's only language) and report where their
                 texts differ from the SDK's; the SDK text stays the message
  --fill-missing-from-mui
                 with --mui: entries without a message take the MUI text, with
                 a source row naming the file and its FileVersion
  --help         show this help
Get the sources with packages/importer/scripts/fetch-sources.sh.
Exit codes: 0 written, 2 usage or missing sources, 3 internal error, 4 I/O error
(a file cannot be read or written).`;

interface Options { sdk: string; mingw: string; wine: string; dotnet: string | null | "none"; out: string; report: string; mui: string | null; fill: boolean }

/** The importer's flags (parsed by @winerr/host/flags; HELP describes them). */
const FLAGS = {
  sdk: { flag: "--sdk <dir>" },
  mingw: { flag: "--mingw <dir>" },
  wine: { flag: "--wine <dir>" },
  dotnetRuntime: { flag: "--dotnet-runtime <dir>" },
  noDotnetRuntime: { flag: "--no-dotnet-runtime" }, // sets dotnetRuntime to false
  out: { flag: "--out <file>" },
  report: { flag: "--report <file>" },
  mui: { flag: "--mui <dir>" },
  fillMissingFromMui: { flag: "--fill-missing-from-mui" },
  debug: { flag: "--debug" },
  help: { flag: "-h, --help" },
};

function parseArgs(argv: string[], repoRoot: string): Options | "help" {
  const v = parseFlags(FLAGS, argv, { words: false, hint: "(see --help)" }).values;
  if (v["help"] === true) return "help";
  const path = (key: string, fallback: string): string => (typeof v[key] === "string" ? resolve(v[key]) : fallback);
  const opts: Options = {
    sdk: path("sdk", SDK.defaultRoot),
    mingw: path("mingw", MINGW.defaultRoot),
    wine: path("wine", WINE.defaultRoot),
    out: path("out", resolve(repoRoot, "packages/core/data/catalog.json")),
    report: path("report", resolve(repoRoot, "packages/importer/REPORT.md")),
    mui: typeof v["mui"] === "string" ? resolve(v["mui"]) : null,
    fill: v["fillMissingFromMui"] === true,
    // --dotnet-runtime DIR, --no-dotnet-runtime ("none"), or neither (null: the newest restored).
    dotnet: v["dotnetRuntime"] === false ? "none" : typeof v["dotnetRuntime"] === "string" ? resolve(v["dotnetRuntime"]) : null,
  };
  if (opts.fill && opts.mui === null) throw new ExitError("--fill-missing-from-mui needs --mui DIR");
  return opts;
}

function main(): void {
  // dist/cli.js lives in packages/importer/dist: the repo root is three levels up.
  const repoRoot = resolve(import.meta.dirname, "../../..");
  const opts = parseArgs(process.argv.slice(2), repoRoot);
  if (opts === "help") { process.stdout.write(`${HELP}\n`); return; }
  for (const [flag, dir] of [["--sdk", opts.sdk], ["--mingw", opts.mingw], ["--wine", opts.wine]] as const) {
    if (!existsSync(dir)) throw new ExitError(`${flag} ${dir} does not exist; run packages/importer/scripts/fetch-sources.sh to get it`);
  }
  if (opts.mui !== null && !(existsSync(opts.mui) && statSync(opts.mui).isDirectory())) throw new ExitError(`--mui ${opts.mui} is not a folder`);
  if (opts.mui !== null && !readdirSync(opts.mui).some((f) => MUI_FILE.test(f))) throw new ExitError(`--mui ${opts.mui} holds no *.mui, *.dll or *.exe file`);
  const dotnetDir = opts.dotnet === "none" ? null : (opts.dotnet ?? DOTNET.defaultRoot());
  if (opts.dotnet === null && dotnetDir === null) throw new ExitError(`no ${DOTNET_RUNTIME_PACKAGE} under ${DOTNET.nugetRoot}; run packages/importer/scripts/fetch-sources.sh to get it, or pass --no-dotnet-runtime`);
  let runtime = null;
  try {
    runtime = dotnetDir === null ? null : readDotnetRuntime(dotnetDir);
  } catch (e) {
    if (e instanceof DotnetRuntimeError) throw new ExitError(`--dotnet-runtime: ${e.message}`);
    throw e;
  }
  let result = runImport({ root: opts.sdk, source: SDK.source }, { root: opts.mingw, source: MINGW.source }, [{ root: opts.wine, source: WINE.source }]);
  if (runtime !== null) result = applyDotnet(result, runtime);
  if (opts.mui !== null) result = applyMui(result, opts.mui, opts.fill);
  writeFileAtomic(opts.out, serializeCatalog(result.catalog));
  writeFileAtomic(opts.report, renderReport(result));
  const n = result.catalog.entries.length;
  const withMsg = result.catalog.entries.filter((e) => e[3] !== null).length;
  process.stderr.write(`wrote ${n} entries (${withMsg} with message) to ${opts.out}\n`);
  if (result.dotnet !== undefined) process.stderr.write(`.NET runtime ${result.dotnet.source.version}: ${result.dotnet.filled.length} entries given its text\n`);
  if (result.mui !== undefined) process.stdout.write(muiSummary(result.mui));
}

try {
  main();
} catch (e) {
  process.stderr.write(errorLine("winerr-import", e, process.argv.includes("--debug")));
  process.exitCode = exitCodeOf(e);
}

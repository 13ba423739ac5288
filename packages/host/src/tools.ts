// The optional tools some tests use, found one way for every suite. No vitest
// here, so plain Node scripts (apps/cli/powershell/run-pester.mjs) share it.
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const TOOL_NAMES = ["wine", "pwsh", "pester", "tmux", "jq", "python3", "mscorrc"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** The switch that makes tools count as missing: `all`, or names separated by commas. */
export const HIDE_TOOLS_VAR = "WINERR_HIDE_TOOLS";

export interface ToolInfo {
  /** What the tool is and what the tests get from it. */
  readonly what: string;
  /** How to get it. */
  readonly get: string;
}

export const TOOLS: Readonly<Record<ToolName, ToolInfo>> = {
  wine: {
    what: "Wine's 64-bit PE DLLs (real message tables)",
    get: "apt-get install libwine, or set WINE_PE_DIR to a folder holding kernelbase.dll",
  },
  pwsh: { what: "PowerShell 7 (pwsh)", get: "bash scripts/install-powershell.sh (puts it into .tools/pwsh), or pwsh on PATH" },
  pester: { what: "Pester, PowerShell's test framework, with pwsh", get: "bash scripts/install-powershell.sh (puts both into .tools/)" },
  tmux: { what: "tmux (a real terminal for the TUI's end-to-end test)", get: "apt-get install tmux" },
  jq: { what: "jq (a real consumer of the export's JSON)", get: "apt-get install jq" },
  python3: { what: "Python 3 (the export README's Python example)", get: "apt-get install python3" },
  mscorrc: {
    what: "mscorrc.dll of the .NET runtime pack (a real RT_STRING table)",
    get: "bash packages/importer/scripts/fetch-runtime-pack.sh (dotnet restore of microsoft.netcore.app.runtime.win-x64), or set WINERR_MSCORRC to the file",
  },
};

/** The NuGet package whose runtimes/win-x64/native/mscorrc.dll the `mscorrc` tool is. */
export const DOTNET_RUNTIME_PACK = "microsoft.netcore.app.runtime.win-x64";

/** Where Debian and Ubuntu's libwine put the 64-bit PE DLLs. */
export const WINE_PE_DIRS = [
  "/usr/lib/x86_64-linux-gnu/wine/x86_64-windows",
  "/usr/lib/wine/x86_64-windows",
  "/usr/lib/aarch64-linux-gnu/wine/x86_64-windows",
] as const;

export type Env = Readonly<Record<string, string | undefined>>;

export interface Tool {
  readonly name: ToolName;
  readonly info: ToolInfo;
  /** The tool's file (for wine: the PE folder), or undefined when missing or hidden. */
  readonly path: string | undefined;
  /** Hidden by WINERR_HIDE_TOOLS (the path is then undefined even if the tool is there). */
  readonly hidden: boolean;
}

export class ToolSwitchError extends Error {
  override name = "ToolSwitchError";
}

/** The tools WINERR_HIDE_TOOLS hides; an unknown name is an error, so a typo cannot hide nothing. */
export function hiddenTools(env: Env = process.env): Set<ToolName> {
  const raw = (env[HIDE_TOOLS_VAR] ?? "").trim();
  if (raw === "") return new Set();
  const hidden = new Set<ToolName>();
  for (const word of raw.split(",").map((w) => w.trim().toLowerCase())) {
    if (word === "") continue;
    if (word === "all") TOOL_NAMES.forEach((t) => hidden.add(t));
    else if ((TOOL_NAMES as readonly string[]).includes(word)) hidden.add(word as ToolName);
    else throw new ToolSwitchError(`${HIDE_TOOLS_VAR}: unknown tool "${word}" (known: all, ${TOOL_NAMES.join(", ")})`);
  }
  // Pester runs on pwsh: no pwsh, no Pester.
  if (hidden.has("pwsh")) hidden.add("pester");
  return hidden;
}

/** Under CI=true a missing tool is a failure, not a skip. */
export const toolsRequired = (env: Env = process.env): boolean => env["CI"] === "true";

/** The repository root: the nearest folder above this package holding pnpm-workspace.yaml. */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` on PATH (with PATHEXT on Windows), or undefined. */
export function onPath(name: string, env: Env = process.env): string | undefined {
  const exts = process.platform === "win32" ? (env["PATHEXT"] ?? ".EXE;.CMD").split(";") : [""];
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    for (const ext of exts) {
      const file = join(dir, name + ext);
      if (existsSync(file) && isExecutable(file)) return file;
    }
  }
  return undefined;
}

export interface FindOptions {
  env?: Env;
  /** The repository root, for .tools/ (default: found from this package). */
  root?: string;
  /** Wine PE folders to try after WINE_PE_DIR (default: WINE_PE_DIRS). */
  wineDirs?: readonly string[];
  /** NuGet's package folder (default: $NUGET_PACKAGES, else ~/.nuget/packages). */
  nugetRoot?: string;
}

/** Numeric order of version folder names (10.0.9 < 10.0.12). */
const byVersion = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/** mscorrc.dll of the newest restored runtime pack under a NuGet folder, or undefined. */
function runtimePackFile(nugetRoot: string): string | undefined {
  const root = join(nugetRoot, DOTNET_RUNTIME_PACK);
  if (!existsSync(root)) return undefined;
  const files = readdirSync(root).sort(byVersion).map((v) => join(root, v, "runtimes", "win-x64", "native", "mscorrc.dll"));
  return files.reverse().find((f) => existsSync(f));
}

function probe(name: ToolName, env: Env, root: string, wineDirs: readonly string[], nugetRoot: string): string | undefined {
  const exe = process.platform === "win32" ? "pwsh.exe" : "pwsh";
  const pwsh = () => [join(root, ".tools", "pwsh", exe)].find((f) => existsSync(f)) ?? onPath("pwsh", env);
  switch (name) {
    case "wine":
      return [env["WINE_PE_DIR"] ?? "", ...wineDirs].find((d) => d !== "" && existsSync(join(d, "kernelbase.dll")));
    case "pwsh":
      return pwsh();
    case "pester": {
      const psd1 = join(root, ".tools", "Pester", "Pester.psd1");
      return existsSync(psd1) && pwsh() !== undefined ? psd1 : undefined;
    }
    case "tmux":
    case "jq":
    case "python3":
      return onPath(name, env);
    case "mscorrc": {
      const given = env["WINERR_MSCORRC"] ?? "";
      return given !== "" ? (existsSync(given) ? given : undefined) : runtimePackFile(nugetRoot);
    }
  }
}

/** Looks for one tool. Cheap (file lookups, no process started), so fine at collection time. */
export function findTool(name: ToolName, options: FindOptions = {}): Tool {
  const env = options.env ?? process.env;
  const hidden = hiddenTools(env).has(name);
  const nugetRoot = options.nugetRoot ?? env["NUGET_PACKAGES"] ?? join(homedir(), ".nuget", "packages");
  const path = hidden ? undefined : probe(name, env, options.root ?? repoRoot(), options.wineDirs ?? WINE_PE_DIRS, nugetRoot);
  return { name, info: TOOLS[name], path, hidden };
}

/** One line saying why a tool is missing and how to get it. */
export function missingReason(tool: Tool): string {
  const why = tool.hidden ? `hidden by ${HIDE_TOOLS_VAR}` : "not found";
  return `${tool.name} is missing (${why}): ${tool.info.what}; get it with: ${tool.info.get}`;
}
